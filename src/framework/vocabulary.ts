/**
 * The rules' vocabulary as seen from a question: a misspelt word is replaced by the nearest word
 * the rules use ("secondmnts" -> "secondments", "aproves" -> "approves") before the question is
 * normalised, so the correction goes through the same folding as a correct spelling would. Real
 * English words ("chain" is not a typo of "chair"), short words, numbers and capitalised names
 * mid-sentence ("Leeds") are left alone.
 *
 * The English word list is read by the caller (src/services/english-words.ts) and handed in as a
 * provider: the framework does no I/O. Without one, only the rules' own words count as known.
 */
import damerauLevenshtein from 'damerau-levenshtein';
import { isStopWord } from './text';

/** Gives the set of real English words when first needed (it is large, so read lazily). */
export type EnglishWords = () => ReadonlySet<string>;
export const NO_ENGLISH_WORDS: EnglishWords = () => new Set<string>();

const WORD = /[A-Za-z]+/g;
const CORRECTIONS_KEPT = 10_000;

export class Vocabulary {
  private readonly known: Set<string>;
  private readonly sorted: string[];
  /** Letter counts of each sorted word (26 a line): a cheap lower bound on the edit distance. */
  private readonly letters: Uint8Array;
  /** Each sorted word's length, side by side (reading them off the strings touches memory all over). */
  private readonly lengths: Int32Array;

  private english: ReadonlySet<string> | null = null;
  /** Corrections already looked up (the search is over every rule word). Bounded, so odd input cannot grow it for ever. */
  private readonly corrections = new Map<string, string | null>();

  /** `texts`: everything the rules say, as written; `englishWords`: real words never corrected. */
  constructor(texts: Iterable<string>, private readonly englishWords: EnglishWords = NO_ENGLISH_WORDS) {
    this.known = new Set<string>();
    for (const text of texts) for (const w of text.toLowerCase().match(WORD) ?? []) this.known.add(w);
    this.sorted = [...this.known].sort();
    this.letters = new Uint8Array(this.sorted.length * 26);
    this.sorted.forEach((w, i) => countLetters(w, this.letters, i * 26));
    this.lengths = Int32Array.from(this.sorted, (w) => w.length);
  }

  private isEnglishWord(word: string): boolean {
    this.english ??= this.englishWords();
    return this.english.has(word);
  }

  /** The question with each misspelt word replaced by the rules' word it most likely means. */
  correctText(question: string): string {
    return question.replace(WORD, (word, offset: number) => {
      const lower = word.toLowerCase();
      const name = word[0] !== lower[0] && !/(^|[.?!]\s*)$/.test(question.slice(0, offset));
      if (name || lower.length < 4 || isStopWord(lower) || this.known.has(lower) || this.isEnglishWord(lower)) return word;
      return this.correction(lower) ?? word;
    });
  }

  private correction(word: string): string | null {
    let known = this.corrections.get(word);
    if (known === undefined) {
      known = this.nearest(word);
      if (this.corrections.size >= CORRECTIONS_KEPT) this.corrections.clear();
      this.corrections.set(word, known);
    }
    return known;
  }

  private nearest(word: string): string | null {
    // Edits counted with transpositions as one ("lenght"); two only for long words, so that a
    // short unknown word is not bent into a rule word.
    const allowed = word.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = allowed + 1;
    const letters = countLetters(word, new Uint8Array(26), 0);
    for (let i = 0; i < this.sorted.length; i++) {
      if (Math.abs(this.lengths[i] - word.length) > allowed) continue;
      const candidate = this.sorted[i];
      // Each edit changes the letter counts by at most 2 (a swap by none): a word whose counts
      // differ by more than twice the best distance so far cannot be nearer, so is not measured.
      if (letterDifference(letters, this.letters, i * 26) > 2 * (bestDistance - 1)) continue;
      const d = damerauLevenshtein(word, candidate).steps;
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= allowed ? best : null;
  }
}

/** Counts of a..z in `word` (lower case), written at `at`; other characters are not counted. */
function countLetters(word: string, into: Uint8Array, at: number): Uint8Array {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (c >= 0 && c < 26 && into[at + c] < 255) into[at + c] += 1;
  }
  return into;
}

function letterDifference(counts: Uint8Array, all: Uint8Array, at: number): number {
  let sum = 0;
  for (let c = 0; c < 26; c++) sum += Math.abs(counts[c] - all[at + c]);
  return sum;
}
