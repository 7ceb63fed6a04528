/**
 * BM25 over the rules, kept by word: each word's rarity (IDF) and its score in every rule using it
 * are worked out once, when the index is built, since neither depends on the question. Scoring a
 * part of a question then touches only the rules that share a word with it, adding the same
 * numbers in the same order as scoring every rule word by word did.
 */
const K1 = 1.2;

export interface Bm25Doc {
  /** Weighted count of each word in the rule (title and terms count more). */
  termFrequency: Map<string, number>;
  length: number;
}

/** Per rule (by index): the summed BM25 score and the summed weight of the words shared, read only for the rules in `touched` (the others hold an earlier part's). */
export interface Bm25Scores {
  scores: Float64Array;
  covered: Float64Array;
  /** The rules sharing a word with the part, in no particular order: `touched[i]` for i < `count`. */
  touched: Int32Array;
  count: number;
}

export class Bm25Index {
  private readonly documentFrequency = new Map<string, number>();
  private readonly postings = new Map<string, { docs: Int32Array; scores: Float64Array }>();
  /** Working space of `score`, reused: its result is read before the next call. */
  private readonly scores: Float64Array;
  private readonly covered: Float64Array;
  /** Working space of `score`: the rules touched, and a mark on each (cleared as the next part starts). */
  private readonly touched: Int32Array;
  private readonly isTouched: Uint8Array;

  constructor(
    private readonly docs: readonly Bm25Doc[],
    /** Length normalisation: how much a long rule is penalised. */
    b: number,
  ) {
    for (const doc of docs)
      for (const t of doc.termFrequency.keys()) this.documentFrequency.set(t, (this.documentFrequency.get(t) ?? 0) + 1);
    this.scores = new Float64Array(docs.length);
    this.covered = new Float64Array(docs.length);
    this.touched = new Int32Array(docs.length);
    this.isTouched = new Uint8Array(docs.length);
    const averageLength = docs.reduce((sum, d) => sum + d.length, 0) / docs.length;
    const lists = new Map<string, { docs: number[]; scores: number[] }>();
    docs.forEach((doc, i) => {
      for (const [term, tf] of doc.termFrequency) {
        let list = lists.get(term);
        if (!list) lists.set(term, (list = { docs: [], scores: [] }));
        list.docs.push(i);
        list.scores.push((this.idf(term) * tf * (K1 + 1)) / (tf + K1 * (1 - b + (b * doc.length) / averageLength)));
      }
    });
    for (const [term, list] of lists) this.postings.set(term, { docs: Int32Array.from(list.docs), scores: Float64Array.from(list.scores) });
  }

  /** A word's rarity; a word no rule uses is the rarest. */
  idf(term: string): number {
    const n = this.docs.length;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Some rule uses the word. */
  has(term: string): boolean {
    return this.documentFrequency.has(term);
  }

  /** The part's words (each with its weight for coverage) scored against every rule sharing one, word by word in the part's order (valid until the next call). */
  score(terms: readonly string[], weights: readonly number[]): Bm25Scores {
    const { scores, covered, touched, isTouched } = this;
    let count = 0;
    for (let i = 0; i < terms.length; i++) {
      const posting = this.postings.get(terms[i]);
      if (!posting) continue;
      const weight = weights[i];
      for (let k = 0; k < posting.docs.length; k++) {
        const d = posting.docs[k];
        if (!isTouched[d]) {
          isTouched[d] = 1;
          touched[count++] = d;
          scores[d] = 0;
          covered[d] = 0;
        }
        scores[d] += posting.scores[k];
        covered[d] += weight;
      }
    }
    for (let i = 0; i < count; i++) isTouched[touched[i]] = 0;
    return { scores, covered, touched, count };
  }

  /**
   * The words of `terms` rule `d` uses, in their order. Asked only of the few rules an answer
   * looks at: a part shares words with dozens of rules, and listing them all made most of an
   * answer's garbage.
   */
  matchedBy(terms: readonly string[], d: number): string[] {
    const words: string[] = [];
    for (const term of terms) {
      const docs = this.postings.get(term)?.docs;
      if (docs && includesSorted(docs, d)) words.push(term);
    }
    return words;
  }
}

/** `sorted` (ascending) holds `value`: a binary search. */
function includesSorted(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === value) return true;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Each id's place in `localeCompare` order, equal ids (compared equal) sharing one. */
export function tieRanks(ids: string[]): Int32Array {
  const order = ids.map((_, i) => i).sort((a, b) => ids[a].localeCompare(ids[b]));
  const ranks = new Int32Array(ids.length);
  order.forEach((d, i) => (ranks[d] = i > 0 && ids[order[i - 1]].localeCompare(ids[d]) === 0 ? ranks[order[i - 1]] : i));
  return ranks;
}

/**
 * Rules best first, a tie on score by rank; stable. An insertion sort: a part matches a few dozen
 * rules, and this is the hottest sort of an answer.
 */
export function sortByScore(docs: number[], scores: Float64Array, rank: Int32Array): void {
  for (let i = 1; i < docs.length; i++) {
    const d = docs[i];
    let at = i;
    while (at > 0 && (scores[docs[at - 1]] < scores[d] || (scores[docs[at - 1]] === scores[d] && rank[docs[at - 1]] > rank[d]))) {
      docs[at] = docs[at - 1];
      at -= 1;
    }
    docs[at] = d;
  }
}
