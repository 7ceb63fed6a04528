/**
 * Patterns over a message's wording (the section cues' `all`, `any`, `not` of regular expressions)
 * that skip the expressions a message cannot match. Each pattern knows, from its expressions' own
 * syntax, literal words one of which any match must contain ("crc", "induction", " accountab");
 * a message containing none of them is refused by a look-up (which literals a message contains is
 * found in one pass over it) instead of running every expression over it. Which messages match is
 * exactly what the expressions say: the words are worked out from them (with regexpp, the parser
 * ESLint uses), never written by hand.
 */
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

/**
 * Every literal some pattern needs, by id, and the ids of those of three letters or more by their
 * first three: one pass over a message finds which it contains, instead of a substring search per
 * literal per pattern (there are some three hundred).
 */
const LITERALS: string[] = [];
const literalIds = new Map<string, number>();
const byOpening = new Map<number, number[]>();
const SHORT_LITERALS: number[] = [];

const opening = (s: string, at: number) => (s.charCodeAt(at) << 16) ^ (s.charCodeAt(at + 1) << 8) ^ s.charCodeAt(at + 2);

function literalId(literal: string): number {
  let id = literalIds.get(literal);
  if (id !== undefined) return id;
  literalIds.set(literal, (id = LITERALS.push(literal) - 1));
  if (literal.length < 3) SHORT_LITERALS.push(id);
  else {
    const key = opening(literal, 0);
    const ids = byOpening.get(key);
    if (ids) ids.push(id);
    else byOpening.set(key, [id]);
  }
  return id;
}

/** A message as patterns read it: as written, and folded for the literal-word check. */
export class CueText {
  /** Lower case, with the two letters some case-insensitive expressions equate with ASCII ones made ASCII. */
  readonly folded: string;
  /** Per literal id, whether the folded message contains it (found on first asking). */
  private found: Uint8Array | undefined;
  constructor(readonly text: string) {
    this.folded = text
      .toLowerCase()
      .replace(/\u017f/g, 's')
      .replace(/\u0131/g, 'i');
  }

  /** The folded message contains one of these literals. */
  containsOneOf(ids: readonly number[]): boolean {
    // Patterns made after the first question (none are, today) would have ids past the scan's end.
    if (!this.found || this.found.length < LITERALS.length) this.found = this.scan();
    for (const id of ids) if (this.found[id]) return true;
    return false;
  }

  private scan(): Uint8Array {
    const found = new Uint8Array(LITERALS.length);
    const s = this.folded;
    for (let at = 0; at + 3 <= s.length; at++) {
      const ids = byOpening.get(opening(s, at));
      if (ids) for (const id of ids) if (!found[id] && s.startsWith(LITERALS[id], at)) found[id] = 1;
    }
    for (const id of SHORT_LITERALS) if (s.includes(LITERALS[id])) found[id] = 1;
    return found;
  }
}

export interface CuePattern {
  test(message: CueText): boolean;
  /** Lower-case literals, one of which every matching message contains (null when none is known). */
  readonly needs: readonly string[] | null;
}

type Part = RegExp | CuePattern;

/** The literals' ids, for `mayMatch` (null when nothing is needed). */
function idsOf(needs: readonly string[] | null): readonly number[] | null {
  return needs && needs.map(literalId);
}

function mayMatch(ids: readonly number[] | null, message: CueText): boolean {
  return ids === null || message.containsOneOf(ids);
}

/** The expression, run only when the message contains one of its literal words. */
export function matches(expression: RegExp): CuePattern {
  // A global or sticky expression keeps state between calls: shared across messages, it would miss.
  if (expression.global || expression.sticky) throw new Error(`a cue pattern cannot be global or sticky: ${expression}`);
  const needs = literalsOf(expression);
  const ids = idsOf(needs);
  return { needs, test: (message) => mayMatch(ids, message) && expression.test(message.text) };
}

const asPattern = (part: Part): CuePattern => (part instanceof RegExp ? matches(part) : part);

/** Every part matches, tried in order (as `&&`). */
export function all(...parts: Part[]): CuePattern {
  const patterns = parts.map(asPattern);
  const needs = patterns.reduce<readonly string[] | null>((best, p) => moreTelling(p.needs, best), null);
  const ids = idsOf(needs);
  return { needs, test: (message) => mayMatch(ids, message) && patterns.every((p) => p.test(message)) };
}

/** Some part matches, tried in order (as `||`). */
export function any(...parts: Part[]): CuePattern {
  const patterns = parts.map(asPattern);
  const needs = patterns.some((p) => p.needs === null) ? null : [...new Set(patterns.flatMap((p) => p.needs!))];
  const ids = idsOf(needs);
  return { needs, test: (message) => mayMatch(ids, message) && patterns.some((p) => p.test(message)) };
}

/** The part does not match. */
export function not(part: Part): CuePattern {
  const pattern = asPattern(part);
  return { needs: null, test: (message) => !pattern.test(message) };
}

/**
 * Of two sets of literals (one of which a match needs), the one that refuses more messages: the
 * longer shortest literal, then the fewer literals. Literals under three letters refuse too little.
 */
function moreTelling(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  const shortest = (s: readonly string[] | null) => (s === null ? 0 : Math.min(...s.map((l) => l.length)));
  if (shortest(a) < 3) return shortest(b) < 3 ? null : b;
  if (shortest(b) < 3) return a;
  return shortest(a) !== shortest(b) ? (shortest(a) > shortest(b) ? a : b) : a!.length <= b!.length ? a : b;
}

/** Literals one of which every match of the expression contains, lower-cased; null when there are none to rely on. */
export function literalsOf(expression: RegExp): string[] | null {
  const found = ofAlternatives(parseRegExpLiteral(expression).pattern.alternatives);
  return found && [...found];
}

/** Of alternatives, a match needs what one of them needs: each must need something. */
function ofAlternatives(alternatives: AST.Alternative[]): string[] | null {
  const each = alternatives.map(ofSequence);
  return each.some((s) => s === null) ? null : [...new Set(each.flat() as string[])];
}

/**
 * Of a sequence, a match needs what any one element needs: the most telling of its runs of plain
 * characters (assertions, taking no characters, do not break a run) and of what its groups need.
 */
function ofSequence(alternative: AST.Alternative): string[] | null {
  let best: readonly string[] | null = null;
  let run = '';
  const endRun = () => {
    if (run) best = moreTelling([run], best);
    run = '';
  };
  for (const element of alternative.elements) {
    if (element.type === 'Character' && element.value < 0x80) {
      run += String.fromCharCode(element.value).toLowerCase();
      continue;
    }
    if (element.type === 'Assertion') continue;
    endRun();
    if (element.type === 'Group' || element.type === 'CapturingGroup') best = moreTelling(ofAlternatives(element.alternatives), best);
    else if (element.type === 'Quantifier' && element.min >= 1) best = moreTelling(ofElement(element.element), best);
  }
  endRun();
  return best && [...best];
}

function ofElement(element: AST.QuantifiableElement): string[] | null {
  if (element.type === 'Group' || element.type === 'CapturingGroup') return ofAlternatives(element.alternatives);
  if (element.type === 'Character' && element.value < 0x80) return [String.fromCharCode(element.value).toLowerCase()];
  return null;
}
