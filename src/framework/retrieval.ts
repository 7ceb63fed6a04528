/**
 * Finds the framework rule that answers a question: BM25 over the rules (title and terms weigh
 * more than the answer text), typo tolerance by edit distance into the rules' vocabulary, and a
 * confidence that says how much of the question the best rule actually covers. Deterministic and
 * explainable: `matched` lists the question words the rule shares.
 */
import fs from 'node:fs';
import damerauLevenshtein from 'damerau-levenshtein';
import wordListPath from 'word-list';
import { RULES, type Rule } from './rules';
import { stemWord, words, type Word } from './text';

/** ~275k English words: a word in it is not a typo, however close it is to a rule's word. */
let english: Set<string> | null = null;
function isEnglishWord(word: string): boolean {
  english ??= new Set(fs.readFileSync(wordListPath, 'utf8').split('\n'));
  return english.has(word);
}

/** Field weights: a word in the title or terms says more about the topic than one in the answer. */
const WEIGHTS = { title: 3, terms: 3, asked: 2, answer: 1 };
const K1 = 1.2;
const B = 0.75;

interface IndexedRule {
  rule: Rule;
  termFrequency: Map<string, number>;
  length: number;
}

export interface Match {
  rule: Rule;
  score: number;
  /** Share of the question's information (IDF-weighted) that this rule covers, 0..1. */
  coverage: number;
  matched: string[];
}

export interface Retrieval {
  /** Best first; rules that share no word with the question are left out. */
  matches: Match[];
  /** The question's words after normalisation and typo correction. */
  queryTerms: string[];
  /** Calibrated 0..1: coverage of the best rule, reduced when a runner-up is nearly as good. */
  confidence: number;
}

export class RuleIndex {
  private readonly docs: IndexedRule[];
  private readonly documentFrequency = new Map<string, number>();
  private readonly averageLength: number;
  /** Words as the rules write them, for typo correction. */
  private readonly rawVocabulary: string[];

  constructor(rules: Rule[] = RULES) {
    const raw = new Set<string>();
    this.docs = rules.map((rule) => {
      const termFrequency = new Map<string, number>();
      let length = 0;
      const add = (text: string, weight: number) => {
        for (const w of words(text)) {
          termFrequency.set(w.term, (termFrequency.get(w.term) ?? 0) + weight);
          length += weight;
          raw.add(w.raw);
        }
      };
      add(rule.title, WEIGHTS.title);
      add(rule.terms.join(' . '), WEIGHTS.terms);
      add(rule.asked.join(' . '), WEIGHTS.asked);
      add(rule.answer, WEIGHTS.answer);
      return { rule, termFrequency, length };
    });
    for (const doc of this.docs) {
      for (const t of doc.termFrequency.keys()) this.documentFrequency.set(t, (this.documentFrequency.get(t) ?? 0) + 1);
    }
    this.averageLength = this.docs.reduce((sum, d) => sum + d.length, 0) / this.docs.length;
    this.rawVocabulary = [...raw].sort();
  }

  private idf(term: string): number {
    const n = this.docs.length;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * Maps a misspelt word to the nearest word the rules use. Real English words are left alone
   * ("chain" is not a typo of "chair"), as are short words and numbers.
   */
  private correct(word: Word): string {
    const { raw, term } = word;
    if (this.documentFrequency.has(term) || raw.length < 4 || /\d/.test(raw) || isEnglishWord(raw)) return term;
    // Edits counted with transpositions as one ("lenght"); two only for long words, so that
    // a short unknown word (a place name, say) is not bent into a rule word.
    const allowed = raw.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = allowed + 1;
    for (const candidate of this.rawVocabulary) {
      if (Math.abs(candidate.length - raw.length) > allowed) continue;
      const d = damerauLevenshtein(raw, candidate).steps;
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best !== null && bestDistance <= allowed ? stemWord(best) : term;
  }

  search(question: string): Retrieval {
    const queryTerms = [...new Set(words(question).map((w) => this.correct(w)))];
    // Words no rule uses carry full weight in the denominator: they are what the rules do not cover.
    const maxIdf = this.idf('\u0000');
    const weightOf = (t: string) => (this.documentFrequency.has(t) ? this.idf(t) : maxIdf);
    const totalWeight = queryTerms.reduce((sum, t) => sum + weightOf(t), 0);

    const matches: Match[] = [];
    for (const doc of this.docs) {
      let score = 0;
      let covered = 0;
      const matched: string[] = [];
      for (const t of queryTerms) {
        const tf = doc.termFrequency.get(t);
        if (!tf) continue;
        const idf = this.idf(t);
        score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / this.averageLength));
        covered += weightOf(t);
        matched.push(t);
      }
      if (score > 0) matches.push({ rule: doc.rule, score, coverage: totalWeight ? covered / totalWeight : 0, matched });
    }
    matches.sort((a, b) => b.score - a.score || a.rule.id.localeCompare(b.rule.id));

    let confidence = 0;
    // Numbers alone ("2+2") say nothing about a topic: a match needs at least one word.
    if (matches.length && matches[0].matched.some((t) => /[a-z]/.test(t))) {
      const [best, second] = matches;
      // A clear winner keeps its coverage; a near-tie (another rule scores almost as well) loses some.
      const margin = second ? Math.min(1, (best.score - second.score) / best.score / 0.15) : 1;
      confidence = best.coverage * (0.8 + 0.2 * margin);
    }
    return { matches, queryTerms, confidence: Math.round(confidence * 1000) / 1000 };
  }
}
