/**
 * The rules' vocabulary as seen from a question: a misspelt word is replaced by the nearest word
 * the rules use ("secondmnts" -> "secondments", "aproves" -> "approves") before the question is
 * normalised, so the correction goes through the same folding as a correct spelling would. Real
 * English words ("chain" is not a typo of "chair"), short words, numbers and capitalised names
 * mid-sentence ("Leeds") are left alone.
 */
import fs from 'node:fs';
import damerauLevenshtein from 'damerau-levenshtein';
import wordListPath from 'word-list';
import { isStopWord } from './text';

/** ~275k English words, read once from the word-list package on first use. */
let english: Set<string> | null = null;
function isEnglishWord(word: string): boolean {
  english ??= new Set(fs.readFileSync(wordListPath, 'utf8').split('\n'));
  return english.has(word);
}

const WORD = /[A-Za-z]+/g;

export class Vocabulary {
  private readonly known: Set<string>;
  private readonly sorted: string[];

  /** `texts`: everything the rules say, as written. */
  constructor(texts: Iterable<string>) {
    this.known = new Set<string>();
    for (const text of texts) for (const w of text.toLowerCase().match(WORD) ?? []) this.known.add(w);
    this.sorted = [...this.known].sort();
  }

  /** The question with each misspelt word replaced by the rules' word it most likely means. */
  correctText(question: string): string {
    return question.replace(WORD, (word, offset: number) => {
      const lower = word.toLowerCase();
      const name = word[0] !== lower[0] && !/(^|[.?!]\s*)$/.test(question.slice(0, offset));
      if (name || lower.length < 4 || isStopWord(lower) || this.known.has(lower) || isEnglishWord(lower)) return word;
      return this.nearest(lower) ?? word;
    });
  }

  private nearest(word: string): string | null {
    // Edits counted with transpositions as one ("lenght"); two only for long words, so that a
    // short unknown word is not bent into a rule word.
    const allowed = word.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = allowed + 1;
    for (const candidate of this.sorted) {
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      const d = damerauLevenshtein(word, candidate).steps;
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= allowed ? best : null;
  }
}
