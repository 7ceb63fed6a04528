/**
 * A second opinion on which rule a question is about: multinomial naive Bayes over the words and
 * neighbouring word pairs of every way each rule and not-covered topic is asked (titles, `asked`,
 * phrasings and training phrasings: about 3,600 questions written from the framework text). BM25
 * weighs the words a question shares with one rule's text; this weighs how people ask about each
 * rule as a whole, so a story's incidental words ("council laptop", "court rota") count for less
 * than the words that say what is asked. Trained as the index is built (about 130 ms), with no
 * randomness: the same examples give the same answers.
 */

/** The words of a text and each pair of neighbours: what the classifier counts. */
export function features(terms: readonly string[]): string[] {
  const found = new Set(terms);
  for (let i = 0; i + 1 < terms.length; i++) found.add(`${terms[i]} ${terms[i + 1]}`);
  return [...found];
}

export interface Example {
  /** The example's words, in order, normalised as questions are. */
  terms: string[];
  /** Its class (a rule's index). */
  label: number;
}

/** Additive smoothing: a feature a class never showed counts as this fraction of one sighting. */
const SMOOTHING = 0.1;

export class RuleClassifier {
  /** Per feature, the classes that showed it and log(1 + count / SMOOTHING) for each. */
  private readonly postings = new Map<string, { labels: Int32Array; boosts: Float64Array }>();
  /** Per class, the log-probability of a feature it never showed. */
  private readonly unseen: Float64Array;
  /** Working space of `classify`; its result is read before the next call. */
  private readonly scores: Float64Array;

  constructor(
    examples: readonly Example[],
    private readonly classes: number,
  ) {
    const counts = new Map<string, Map<number, number>>();
    const totals = new Float64Array(classes);
    for (const { terms, label } of examples) {
      for (const feature of features(terms)) {
        let byLabel = counts.get(feature);
        if (!byLabel) counts.set(feature, (byLabel = new Map()));
        byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
        totals[label] += 1;
      }
    }
    // log P(f | c) = log((n + a) / (N_c + a V)) = unseen[c] + log(1 + n / a): only seen pairs are stored.
    this.unseen = Float64Array.from(totals, (total) => Math.log(SMOOTHING / (total + SMOOTHING * counts.size)));
    for (const [feature, byLabel] of counts) {
      const labels = Int32Array.from(byLabel.keys());
      this.postings.set(feature, { labels, boosts: Float64Array.from(labels, (l) => Math.log(1 + byLabel.get(l)! / SMOOTHING)) });
    }
    this.scores = new Float64Array(classes);
  }

  /**
   * The probability of each class given the text's words (uniform prior; features no example
   * showed are left out). Working space: valid until the next call.
   */
  classify(terms: readonly string[]): Float64Array {
    const known = features(terms)
      .map((f) => this.postings.get(f))
      .filter((p) => p !== undefined);
    const scores = this.scores;
    for (let c = 0; c < this.classes; c++) scores[c] = known.length * this.unseen[c];
    for (const { labels, boosts } of known) for (let k = 0; k < labels.length; k++) scores[labels[k]] += boosts[k];
    let max = -Infinity;
    for (const s of scores) max = Math.max(max, s);
    let sum = 0;
    for (let c = 0; c < this.classes; c++) sum += scores[c] = Math.exp(scores[c] - max);
    for (let c = 0; c < this.classes; c++) scores[c] /= sum;
    return scores;
  }
}

/** The classifier's probabilities for one message, read by rule id (one array, not a map per message). */
export class ClassProbabilities {
  constructor(
    private readonly indexOf: ReadonlyMap<string, number>,
    /** Each class's section (null for a not-covered topic), in class order. */
    private readonly sectionOf: readonly (string | null)[],
    private readonly byClass: Float64Array,
  ) {}

  get(ruleId: string): number | undefined {
    const c = this.indexOf.get(ruleId);
    return c === undefined ? undefined : this.byClass[c];
  }

  /** The probability that the message is about this section, whichever of its rules. */
  ofSection(section: string): number {
    let sum = 0;
    for (let c = 0; c < this.byClass.length; c++) if (this.sectionOf[c] === section) sum += this.byClass[c];
    return sum;
  }

  values(): IterableIterator<number> {
    return this.byClass.values();
  }
}
