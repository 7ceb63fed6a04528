/**
 * How the grounding check reads text into sentences and clauses: the framework's sections into
 * source sentences (a bullet keeps the heading it sits under: "YOT Manager: Approve Leave of
 * secondee"), and what the bot says into clauses, each a statement of its own.
 */
import { plain } from './framework-text';
import { factsOf, type Facts } from './grounding-facts';

export interface SourceSentence {
  section: string;
  text: string;
  facts: Facts;
  /** Sections the sentence itself names ("as covered in this document in section 5.1"). */
  cites: string[];
}

/** A section's sentences: paragraph sentences, and bullets prefixed with the heading they sit under. */
export function sourceSentences(section: string, body: string, known: Set<string> = new Set()): SourceSentence[] {
  const out: string[] = [];
  let heading = '';
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim().replace(/\*\*/g, '');
    if (!line) continue;
    const bullet = /^(?:[-•]|\(\d+\))\s+/.test(line);
    if (!bullet && line.split(/\s+/).length <= 8 && !/[.]$/.test(line)) {
      heading = line.replace(/[:\-\s]+$/, '');
      out.push(line);
      continue;
    }
    const sentences = line.replace(/^[-•]\s+/, '').split(/(?<=[.?!])\s+(?=[A-Z(])/);
    out.push(...(bullet ? sentences.map((x) => `${heading}: ${x}`) : sentences));
  }
  return out.map((text) => ({ section, text, facts: factsOf(text), cites: citedSections(text, known) }));
}

export function splitSentences(text: string): string[] {
  return plain(text)
    .split(/(?<=[.?!)])\s+(?=[A-Z("']|[1-9]\.[1-6]:)|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "; " outside brackets. */
function splitTopLevel(sentence: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sentence.length; i += 1) {
    const c = sentence[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0 && sentence[i + 1] === ' ') {
      parts.push(sentence.slice(start, i));
      start = i + 2;
    }
  }
  parts.push(sentence.slice(start));
  return parts;
}

/** Top-level "( ... )" asides long enough to be statements of their own, and the text without them. */
function asides(sentence: string): { main: string; asides: string[] } {
  const found: string[] = [];
  let main = '';
  let depth = 0;
  let start = -1;
  for (let i = 0; i < sentence.length; i += 1) {
    const c = sentence[i];
    if (c === '(' && depth++ === 0) start = i;
    else if (c === ')' && depth > 0 && --depth === 0) {
      const inner = sentence.slice(start + 1, i);
      if (factsOf(inner).words.size >= 5) found.push(inner);
      else main += sentence.slice(start, i + 1);
      continue;
    }
    if (depth === 0) main += c;
  }
  if (depth > 0) return { main: sentence, asides: [] };
  return { main, asides: found };
}

/** "It applies only to England: HMPPS in Wales is only referred to" is two statements; "Stage 4: where..." is one. */
function splitColon(part: string): string[] {
  const i = part.indexOf(': ');
  if (i < 0 || part.slice(0, i).split('(').length !== part.slice(0, i).split(')').length) return [part];
  const [left, right] = [part.slice(0, i), part.slice(i + 2)];
  return factsOf(left).words.size >= 4 && factsOf(right).words.size >= 3 ? [left, ...splitColon(right)] : [part];
}

/**
 * Clauses: "; " outside brackets, and long bracketed asides on their own; short ones ("Stage 1:")
 * are joined to the next so each has words to align.
 */
export function splitClauses(sentence: string): string[] {
  const whole = sentence.trim().replace(/^\((.*)\)([.]?)$/, '$1$2');
  const parts = splitTopLevel(whole)
    .flatMap(splitColon)
    .flatMap((part) => {
      // An aside is split off only where what is left still says something ("Purpose (we carry out...)" stays whole).
      const { main, asides: inner } = asides(part);
      return inner.length && factsOf(main).words.size >= 4 ? [main, ...inner.flatMap(splitTopLevel)] : [part];
    });
  const out: string[] = [];
  let carry = '';
  for (const p of parts.filter((x) => x.trim())) {
    const clause = carry ? `${carry}; ${p}` : p;
    if (factsOf(clause).words.size < 3 && p !== parts[parts.length - 1]) carry = clause;
    else {
      out.push(clause);
      carry = '';
    }
  }
  return out;
}

/** Sections a sentence cites itself: "section 5.3", "sections 5.5 and 9.1", "Framework 5.4:", "(5.3)". */
export function citedSections(sentence: string, known: Set<string>): string[] {
  const ids = new Set<string>();
  for (const m of plain(sentence).matchAll(/\b(?:framework|sections?) ((?:[1-9](?:\.[1-6])?(?:, | and | or )?)+)/gi)) {
    for (const id of m[1].split(/, | and | or /)) if (known.has(id.trim())) ids.add(id.trim());
  }
  for (const m of plain(sentence).matchAll(/(?:^|[\s(])([1-9]\.[1-6])(?=[:),]| \()|(?:^|[;.]\s|\bof )([1-9]\.[1-6])(?=[\s,.]|$)/g)) {
    const id = m[1] ?? m[2];
    if (known.has(id)) ids.add(id);
  }
  return [...ids];
}
