/**
 * Which phrase folds could match a text at all, without running them: each fold's pattern is
 * read once for the first two characters any match of it can start with, and a text is checked
 * against the pairs of characters that start its words (every fold is whole-word, so a match
 * starts where a word does). A fold whose openings the text lacks cannot match and is skipped;
 * one whose opening cannot be told (a wildcard, a construct not understood here) is always run.
 * So skipping never changes the result, only saves running a hundred regular expressions per
 * question.
 */

/** The guard every fold starts with: no letter or digit just before the match. */
export const WORD_START = '(?<![a-z0-9])';

/** Stands for "any character" in an opening. */
const ANY = '\u0000';
/** The opening of a pattern that can match the empty string, or starts with a wildcard: always run. */
const ALWAYS = '';
const K = 3;

type Atom = { chars: string[] } | { group: Piece[][] } | { zeroWidth: true };
interface Piece {
  atom: Atom;
  min: number;
  max: number;
}

/** Parses a regular expression's source into alternatives of pieces; null where it is not understood. */
class Parser {
  private at = 0;
  constructor(private readonly src: string) {}

  parse(): Piece[][] | null {
    const result = this.alternatives();
    return result && this.at === this.src.length ? result : null;
  }

  private alternatives(): Piece[][] | null {
    const alternatives: Piece[][] = [];
    for (;;) {
      const sequence: Piece[] = [];
      while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
        const piece = this.piece();
        if (!piece) return null;
        sequence.push(piece);
      }
      alternatives.push(sequence);
      if (this.src[this.at] !== '|') return alternatives;
      this.at += 1;
    }
  }

  private piece(): Piece | null {
    const atom = this.atom();
    if (!atom) return null;
    let min = 1;
    let max = 1;
    const q = this.src[this.at];
    if (q === '?' || q === '*' || q === '+') {
      this.at += 1;
      [min, max] = q === '?' ? [0, 1] : q === '*' ? [0, Infinity] : [1, Infinity];
    } else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) return null;
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    }
    if (this.src[this.at] === '?' && q !== undefined && '?*+{'.includes(q)) this.at += 1; // lazy
    return { atom, min, max };
  }

  private atom(): Atom | null {
    const c = this.src[this.at++];
    if (c === '(') {
      const look = /^\?(?:<?[=!])/.exec(this.src.slice(this.at));
      if (look) this.at += look[0].length;
      else if (this.src.startsWith('?:', this.at)) this.at += 2;
      else if (this.src[this.at] === '?') return null; // named groups and the like
      const group = this.alternatives();
      if (!group || this.src[this.at++] !== ')') return null;
      return look ? { zeroWidth: true } : { group };
    }
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return { zeroWidth: true };
    if (c === '.') return { chars: [ANY] };
    if (c === undefined || '|)?*+{'.includes(c)) return null;
    return { chars: [c] };
  }

  private escape(): Atom | null {
    const c = this.src[this.at++];
    if (c === undefined) return null;
    if (c === 'b' || c === 'B') return { zeroWidth: true };
    if (c === 'd') return { chars: [...'0123456789'] };
    if (/[a-zA-Z0-9]/.test(c)) return { chars: [ANY] }; // \w, \s, back references...: anything
    return { chars: [c] };
  }

  private charClass(): Atom | null {
    const end = this.src.indexOf(']', this.at);
    if (end < 0) return null;
    const body = this.src.slice(this.at, end);
    this.at = end + 1;
    if (body.startsWith('^') || body.includes('\\')) return { chars: [ANY] };
    const chars: string[] = [];
    for (let i = 0; i < body.length; i++) {
      if (body[i + 1] === '-' && i + 2 < body.length) {
        for (let code = body.charCodeAt(i); code <= body.charCodeAt(i + 2); code++) chars.push(String.fromCharCode(code));
        i += 2;
      } else chars.push(body[i]);
    }
    return { chars };
  }
}

/** Every opening (up to K characters) of the matches of these alternatives. */
function openings(alternatives: Piece[][]): Set<string> {
  const result = new Set<string>();
  for (const sequence of alternatives) for (const o of sequenceOpenings(sequence)) result.add(o);
  return result;
}

/** A pattern whose openings are not worked out here (its fold is always run). */
class NotUnderstood extends Error {}

function sequenceOpenings(sequence: Piece[]): Set<string> {
  let current = new Set<string>(['']);
  for (const { atom, min, max } of sequence) {
    if ('zeroWidth' in atom) continue;
    const once = 'chars' in atom ? new Set(atom.chars) : openings(atom.group);
    // A repeated atom that can match nothing could leave an opening to be continued by itself.
    if (once.has('') && max > 1) throw new NotUnderstood();
    const next = new Set<string>();
    let reps = current;
    // The first K characters come from at most K repetitions: after K, every opening is full.
    for (let n = 1; n <= Math.min(max, K); n++) {
      reps = append(reps, once);
      if (n >= min || n === K) for (const o of reps) next.add(o);
    }
    if (min === 0) for (const o of current) next.add(o);
    current = next;
  }
  return current;
}

function append(prefixes: Set<string>, atom: Set<string>): Set<string> {
  const result = new Set<string>();
  for (const p of prefixes) {
    if (p.length >= K) result.add(p);
    else for (const a of atom) result.add((p + a).slice(0, K));
  }
  return result;
}

/** The openings of a fold's pattern, as checked: wildcards cut an opening short, and an empty one means always. */
export function patternOpenings(source: string): Set<string> {
  const parsed = new Parser(source).parse();
  if (!parsed) return new Set([ALWAYS]);
  let all: Set<string>;
  try {
    all = openings(parsed);
  } catch (err) {
    if (err instanceof NotUnderstood) return new Set([ALWAYS]);
    throw err;
  }
  const result = new Set<string>();
  for (const o of all) {
    const wild = o.indexOf(ANY);
    result.add(wild < 0 ? o : o.slice(0, wild));
  }
  return result;
}

/** Folds by the openings they can match with, for picking the ones a text could match. */
export class FoldOpenings {
  private readonly always: number[] = [];
  /** Folds by their openings of one, two and three characters, keyed by the characters' codes. */
  private readonly byLength = [new Map<number, number[]>(), new Map<number, number[]>(), new Map<number, number[]>()];

  /** `sources`: each fold's regular expression source, whole-word (starting with WORD_START). */
  constructor(sources: readonly string[]) {
    sources.forEach((source, fold) => {
      // Only a whole-word fold is known to match where a word starts.
      const found = source.startsWith(WORD_START) ? patternOpenings(source) : new Set([ALWAYS]);
      for (const o of found) {
        if (o === ALWAYS) this.always.push(fold);
        else {
          const map = this.byLength[o.length - 1];
          const key = codeOf(o, 0, o.length);
          const list = map.get(key) ?? [];
          if (list[list.length - 1] !== fold) list.push(fold);
          map.set(key, list);
        }
      }
    });
  }

  /** Marks (in `into`, one flag per fold) every fold that could match somewhere in `text`. */
  candidates(text: string, into: Uint8Array): Uint8Array {
    into.fill(0);
    for (const fold of this.always) into[fold] = 1;
    for (let p = 0; p < text.length; p++) {
      if (p > 0 && isLetterOrDigit(text.charCodeAt(p - 1))) continue;
      for (let length = 1; length <= K && p + length <= text.length; length++) mark(this.byLength[length - 1].get(codeOf(text, p, length)), into);
    }
    return into;
  }
}

/** The characters at [at, at + length) as one number (16 bits each: exact for up to three). */
function codeOf(text: string, at: number, length: number): number {
  let code = 0;
  for (let i = at; i < at + length; i++) code = code * 65536 + text.charCodeAt(i);
  return code;
}

function mark(folds: number[] | undefined, into: Uint8Array): void {
  if (folds) for (const fold of folds) into[fold] = 1;
}

/** [a-z0-9], as WORD_START reads it. */
function isLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}
