/**
 * Finds the framework rules that answer a question. BM25 over the rules (title and terms weigh
 * more than the answer text), typo tolerance by edit distance into the rules' vocabulary, and a
 * confidence that says how much of a question the best rule covers.
 *
 * A long message is matched part by part: each clause, each pair of neighbouring clauses and the
 * whole message are scored, and the best-covered part counts, so context around a question ("I
 * have been arguing for 6 weeks...") no longer drowns it. Two clauses that match two different
 * rules well are two questions. Deterministic and explainable: `matched` lists the shared words.
 */
import { RULES, type Rule } from './rules';
import { PHRASINGS } from './phrasings';
import { TRAINING_PHRASINGS } from './training-phrasings';
import { ClassProbabilities, RuleClassifier } from './rule-classifier';
import { clauses } from './text';
import { Vocabulary, NO_ENGLISH_WORDS, type EnglishWords } from './vocabulary';
import { LeaningCheck, LineIndex, weighLine, weighedQuestion, type Leaning, type WeighedLine, type WeighedQuestion } from './leaning';
import { FRAMEWORK_CONTRASTS, NOT_COVERED_TOPICS, type NotCoveredTopic } from './not-covered';
import { Bm25Index, sortByScore, tieRanks } from './bm25';

/** Field weights: a word in the title or terms says more about the topic than one in the answer. */
const WEIGHTS = { title: 3, terms: 3, asked: 2, phrasings: 1, anchors: 1, answer: 1 };

/** The knobs, calibrated on our own question rounds (see README "Answering questions"). */
export interface Tuning {
  /** BM25 length normalisation: how much a long rule is penalised. */
  b: number;
  /** A question word no rule uses counts this share of the rarest word's weight against coverage. */
  unknownWeight: number;
  /** IDF mass a part must share with its rule before its coverage is fully trusted. */
  fullEvidence: number;
  /** Confidence kept by a part that only gives context (no clause of it asks anything). */
  contextFactor: number;
  /** Words in a sliding window: the best-matching stretch of a long clause. */
  window: number;
}

export const DEFAULT_TUNING: Tuning = { b: 0.5, unknownWeight: 0.5, fullEvidence: 4, contextFactor: 0.7, window: 5 };

export interface Match {
  rule: Rule;
  score: number;
  /** Share of the part's information (IDF-weighted) that this rule covers, 0..1. */
  coverage: number;
  matched: string[];
}

/** A match naming a rule no part's words reached (a not-covered topic, a classifier's pick): nothing matched. */
export function bareMatch(rule: Rule): Match {
  return { rule, score: 0, coverage: 0, matched: [] };
}

export interface Part {
  /** The part's words after normalisation and typo correction. */
  terms: string[];
  /** Which clauses the part spans (first, last), to tell separate questions apart. */
  span: [number, number];
  /** Some clause of the part asks something (rather than only giving context). */
  asks: boolean;
  /** The rules sharing a word with the part, best first, and each one's score. */
  readonly rules: readonly Rule[];
  readonly scores: Float64Array;
  /** The best match; most parts are never looked at further. */
  readonly best: Match | undefined;
  /** The match with `rules[i]`, worked out when first asked for. */
  matchAt(i: number): Match;
  /** The match with this rule, if the part's words reach it. */
  matchFor(rule: Rule): Match | undefined;
  /** Every match, best first (built when first read). */
  readonly matches: Match[];
  /** Every word the part's framework rules (those with a section) matched: those of its words some framework rule uses. */
  readonly inScopeWords: ReadonlySet<string>;
  /** Calibrated 0..1: coverage of the best rule, times evidence, reduced on a near tie. */
  confidence: number;
}

export interface Retrieval {
  /** The whole question's words after normalisation and typo correction. */
  queryTerms: string[];
  /** Confidence of the best-covered part (a near tie may have put a part with more evidence first). */
  confidence: number;
  /** Every part scored, best first. */
  parts: Part[];
  /** Whether the whole message, and its best part, lean towards the framework or away from it. */
  leaning: { whole: Leaning; part: Leaning };
  /** The classifier's second opinion on the whole message: its rule, and each rule's probability. */
  classified: Classified;
}

export interface Classified {
  best: Rule;
  /** The classifier's probability for `best`. */
  bestProbability: number;
  /** Each rule's probability, by rule id. */
  probabilities: ClassProbabilities;
}

interface IndexedRule {
  rule: Rule;
  termFrequency: Map<string, number>;
  /** Words of the title, terms and example questions: what the rule is about, not just mentions. */
  topical: Set<string>;
  /** Words of the title: what the rule is named for. */
  titled: Set<string>;
  length: number;
  /** Each way of asking (title, asked, phrasings) as its set of words, weighed: matched line by line. */
  lines: WeighedLine[];
}

/** Evidence counts a word the rule only mentions in passing (in its answer or anchors) at this share. */
const PASSING_MENTION = 0.4;
/** ...and a word of the rule's title (what it is named for) at this multiple. */
const TITLE_EVIDENCE = 2;
/** A rule's score grows by this multiple of its nearest way of asking's cosine to the part. */
const NEAREST_LINE_BOOST = 2;
/** Parts within this much of the best part's confidence are a tie, settled by evidence. */
const NEAR_TIE = 0.02;
/** A part shorter than this many words (in a longer message) is trusted in proportion. */
const MIN_PART_WORDS = 3;

/** A part's rules best first (as indices into the index's rules too), with their scores and coverage: what its matches are made of. */
interface RankedRules {
  terms: string[];
  rules: Rule[];
  docs: number[];
  scores: Float64Array;
  coverage: Float64Array;
}

/** The match with a part's `i`th best rule: the words they share are listed only now. */
function matchIn(ranked: RankedRules, i: number, bm25: Bm25Index): Match {
  return { rule: ranked.rules[i], score: ranked.scores[i], coverage: ranked.coverage[i], matched: bm25.matchedBy(ranked.terms, ranked.docs[i]) };
}

class ScoredPart implements Part {
  readonly rules: readonly Rule[];
  readonly scores: Float64Array;
  private readonly made: Match[];
  private listed: Match[] | undefined;
  constructor(
    readonly span: [number, number],
    readonly asks: boolean,
    private readonly ranked: RankedRules,
    private readonly bm25: Bm25Index,
    readonly best: Match | undefined,
    readonly confidence: number,
    readonly inScopeWords: ReadonlySet<string>,
  ) {
    this.rules = ranked.rules;
    this.scores = ranked.scores;
    this.made = best ? [best] : [];
  }

  get terms(): string[] {
    return this.ranked.terms;
  }

  matchAt(i: number): Match {
    return (this.made[i] ??= matchIn(this.ranked, i, this.bm25));
  }

  matchFor(rule: Rule): Match | undefined {
    const i = this.rules.findIndex((r) => r.id === rule.id);
    return i < 0 ? undefined : this.matchAt(i);
  }

  get matches(): Match[] {
    return (this.listed ??= this.rules.map((_, i) => this.matchAt(i)));
  }
}

export class RuleIndex {
  private readonly docs: IndexedRule[];
  private readonly bm25: Bm25Index;
  /** Rules in the order a tie on score is settled (by id, as `localeCompare` orders them); equal ids share a rank. */
  private readonly tieRank: Int32Array;
  private readonly vocabulary: Vocabulary;

  private readonly tuning: Tuning;
  private readonly leaningCheck: LeaningCheck;
  /** Every rule's ways of asking, indexed by word, and the rule (index into docs) of each. */
  private readonly ruleLines: LineIndex;
  private readonly lineDoc: Int32Array;
  /** Words some framework rule (one with a section) uses. */
  private readonly inScopeTerms: Set<string>;
  /** Working space of one part's scoring (a part is scored to the end before the next begins). */
  private readonly scratch: { nearest: Float64Array };
  /** A term's weight in cosines: its rarity (IDF). */
  private readonly weight = (term: string): number => this.bm25.idf(term);
  /** Out-of-scope rules and not-covered topics (as rules with no section), by id: what a decline points to. */
  private readonly notCovered = new Map<string, Rule>();
  /** Trained on every way each rule and not-covered topic is asked. */
  private readonly classifier: RuleClassifier;
  private readonly classes: Rule[];
  /** Each class's index, by rule id, and its section. */
  private readonly classIndex: Map<string, number>;
  private readonly classSections: (string | null)[];

  constructor(
    rules: Rule[] = RULES,
    tuning: Partial<Tuning> = {},
    englishWords: EnglishWords = NO_ENGLISH_WORDS,
    phrasings: Record<string, string[]> = PHRASINGS,
    notCovered: readonly NotCoveredTopic[] = NOT_COVERED_TOPICS,
    trainingPhrasings: Record<string, string[]> = TRAINING_PHRASINGS,
  ) {
    this.tuning = { ...DEFAULT_TUNING, ...tuning };
    this.docs = rules.map((rule) => {
      const termFrequency = new Map<string, number>();
      const topical = new Set<string>();
      const titled = new Set(termsOf(rule.title));
      let length = 0;
      const add = (text: string, weight: number) => {
        for (const w of clauses(text).flatMap((c) => c.words)) {
          termFrequency.set(w.term, (termFrequency.get(w.term) ?? 0) + weight);
          length += weight;
          if (weight > 1) topical.add(w.term);
        }
      };
      add(rule.title, WEIGHTS.title);
      add(rule.terms.join(' . '), WEIGHTS.terms);
      add(rule.asked.join(' . '), WEIGHTS.asked);
      add((phrasings[rule.id] ?? []).join(' . '), WEIGHTS.phrasings);
      add(rule.anchors.join(' . '), WEIGHTS.anchors);
      add(rule.answer, WEIGHTS.answer);
      return { rule, termFrequency, topical, titled, length, lines: [] as WeighedLine[] };
    });
    this.bm25 = new Bm25Index(this.docs, this.tuning.b);
    this.inScopeTerms = new Set(this.docs.filter((d) => d.rule.section !== null).flatMap((d) => [...d.termFrequency.keys()]));
    this.tieRank = tieRanks(this.docs.map((d) => d.rule.id));
    // Ways of asking are weighed by rarity, so only once every rule has been counted.
    for (const doc of this.docs) {
      doc.lines = [doc.rule.title, ...doc.rule.asked, ...(phrasings[doc.rule.id] ?? [])].map((l) => this.weighed(l, doc.rule.id));
    }
    this.ruleLines = new LineIndex(this.docs.flatMap((d) => d.lines));
    this.scratch = { nearest: new Float64Array(this.docs.length) };
    this.lineDoc = Int32Array.from(this.docs.flatMap((d, i) => d.lines.map(() => i)));
    this.vocabulary = new Vocabulary(rules.flatMap((r) => [r.title, r.answer, ...r.terms, ...r.asked, ...r.anchors]), englishWords);
    this.leaningCheck = this.buildLeaningCheck(notCovered);
    for (const d of this.docs) if (d.rule.section === null) this.notCovered.set(d.rule.id, d.rule);
    for (const t of notCovered) this.notCovered.set(t.id, { id: t.id, section: null, title: t.title, answer: t.pointer, anchors: [], terms: [], asked: [], related: [] });
    // The classifier's classes: every rule, then every not-covered topic (so it can say "not ours").
    const asking = [
      ...this.docs.map((d) => ({ rule: d.rule, lines: [d.rule.title, ...d.rule.asked, ...(phrasings[d.rule.id] ?? []), ...(trainingPhrasings[d.rule.id] ?? [])] })),
      ...notCovered.map((t) => ({ rule: this.notCovered.get(t.id)!, lines: [t.title, ...t.phrasings] })),
    ];
    this.classes = asking.map((a) => a.rule);
    this.classIndex = new Map(this.classes.map((rule, c) => [rule.id, c]));
    this.classSections = this.classes.map((rule) => rule.section);
    this.classifier = new RuleClassifier(
      asking.flatMap((a, label) => a.lines.map((line) => ({ terms: termsOf(line), label }))),
      asking.length,
    );
  }

  /** The out-of-scope rule or not-covered topic with this id (a rule with no section), as a bare match to decline with. */
  notCoveredMatch(id: string): Match | undefined {
    const topic = this.notCovered.get(id);
    return topic && bareMatch(topic);
  }

  /**
   * Framework lines are the rules' ways of asking and the general-rule contrasts; the other side,
   * out-of-scope rules' and not-covered topics'.
   */
  private buildLeaningCheck(notCovered: readonly NotCoveredTopic[]): LeaningCheck {
    const linesOf = (docs: IndexedRule[]) => docs.flatMap((d) => d.lines);
    const topicLines = notCovered.flatMap((topic) => [topic.title, ...topic.phrasings].map((l) => this.weighed(l, topic.id)));
    return new LeaningCheck(
      [...linesOf(this.docs.filter((d) => d.rule.section !== null)), ...FRAMEWORK_CONTRASTS.map((l) => this.weighed(l, 'framework-contrast'))],
      [...linesOf(this.docs.filter((d) => d.rule.section === null)), ...topicLines],
      this.weight,
    );
  }

  /** A line's distinct words, normalised as questions are, weighed by rarity. */
  private weighed(line: string, id: string): WeighedLine {
    return weighLine([...new Set(termsOf(line))], this.weight, id);
  }

  /**
   * Scores one part of a question against every rule: BM25 summed word by word in the part's
   * order, from the postings, so only rules sharing a word are touched.
   */
  private scorePart(terms: string[], span: [number, number], asks: boolean, messageLength: number): Part {
    const unknownWeight = this.tuning.unknownWeight * this.bm25.idf('\u0000');
    // Each word's rarity worked out once: for coverage (a word no rule uses counts part) and for cosines.
    const idfs = terms.map((t) => this.bm25.idf(t));
    const weights = terms.map((t, i) => (this.bm25.has(t) ? idfs[i] : unknownWeight));
    const totalWeight = weights.reduce((sum, w) => sum + w, 0);
    const { scores, covered, touched, count } = this.bm25.score(terms, weights);
    const unique = new Set(terms);
    // As weighedQuestion() weighs it (the part's words are distinct, so in the same order).
    const question = unique.size === terms.length ? { terms: unique, norm: Math.sqrt(idfs.reduce((sum, w) => sum + w ** 2, 0)) } : weighedQuestion(terms, this.weight);
    const nearest = this.nearestLines(question);
    const found: number[] = [];
    for (let i = 0; i < count; i++) {
      const d = touched[i];
      if (!(scores[d] > 0)) continue;
      if (NEAREST_LINE_BOOST) scores[d] *= 1 + NEAREST_LINE_BOOST * nearest[d];
      found.push(d);
    }
    sortByScore(found, scores, this.tieRank);
    // Copied out of the index's working space, which the next part reuses.
    const n = found.length;
    const ranked: RankedRules = { terms, rules: new Array<Rule>(n), docs: found, scores: new Float64Array(n), coverage: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      ranked.rules[i] = this.docs[found[i]].rule;
      ranked.scores[i] = scores[found[i]];
      ranked.coverage[i] = totalWeight ? covered[found[i]] / totalWeight : 0;
    }
    const best = n ? matchIn(ranked, 0, this.bm25) : undefined;
    // A one-word clause of a long message ("can't find it") rarely carries the question alone.
    const size = Math.min(1, terms.length / Math.min(MIN_PART_WORDS, messageLength));
    const confidence = this.confidence(ranked, best) * size * (asks ? 1 : this.tuning.contextFactor);
    // The words its framework rules matched: those of its words some framework rule uses (each such rule is among the matches).
    const inScopeWords = new Set(terms.filter((t) => this.inScopeTerms.has(t)));
    return new ScoredPart(span, asks, ranked, this.bm25, best, Math.round(confidence * 1000) / 1000, inScopeWords);
  }

  /** Per rule, the cosine (IDF-weighted) between the part and the rule's most similar way of asking (0 when none shares a word). */
  private nearestLines(question: WeighedQuestion): Float64Array {
    const nearest = this.scratch.nearest.fill(0);
    const { count, lines, cosines } = this.ruleLines.compare(question);
    for (let i = 0; i < count; i++) {
      const d = this.lineDoc[lines[i]];
      if (cosines[i] > nearest[d]) nearest[d] = cosines[i];
    }
    return nearest;
  }

  private confidence(ranked: RankedRules, best: Match | undefined): number {
    // Numbers alone ("2+2") say nothing about a topic: a match needs at least one word.
    if (!best || !best.matched.some((t) => /[a-z]/.test(t))) return 0;
    // Evidence is what the words share, full for the rule's topic words; numbers back a topic up
    // but cannot carry it alone.
    const doc = this.docs[ranked.docs[0]];
    const weight = (t: string) => (doc.titled.has(t) ? TITLE_EVIDENCE : doc.topical.has(t) ? 1 : PASSING_MENTION);
    const evidence = best.matched.filter((t) => /[a-z]/.test(t)).reduce((sum, t) => sum + this.bm25.idf(t) * weight(t), 0);
    // A near tie with a rule of another section loses some confidence; one of the same section does not.
    const rival = ranked.rules.findIndex((rule) => rule.section !== best.rule.section);
    const margin = rival >= 0 ? Math.min(1, (best.score - ranked.scores[rival]) / best.score / 0.15) : 1;
    return best.coverage * Math.min(1, evidence / this.tuning.fullEvidence) * (0.8 + 0.2 * margin);
  }

  /**
   * The question's parts: each clause, each pair of neighbouring clauses, every window of a few
   * consecutive words (the best-matching stretch of a long clause), and the whole message.
   */
  private parts(clauseList: { terms: string[]; asks: boolean }[]): Part[] {
    const seen = new Set<string>();
    const parts: Part[] = [];
    const add = (terms: string[], first: number, last: number) => {
      const unique = [...new Set(terms)];
      const key = unique.join(' ');
      if (!unique.length || seen.has(key)) return;
      seen.add(key);
      const asks = clauseList.slice(first, last + 1).some((c) => c.asks);
      parts.push(this.scorePart(unique, [first, last], asks, messageLength));
    };
    const n = clauseList.length;
    const messageLength = new Set(clauseList.flatMap((c) => c.terms)).size;
    for (let i = 0; i < n; i += 1) {
      add(clauseList[i].terms, i, i);
      if (i + 1 < n) add([...clauseList[i].terms, ...clauseList[i + 1].terms], i, i + 1);
    }
    add(clauseList.flatMap((c) => c.terms), 0, n - 1);
    const positions = clauseList.flatMap((c, i) => c.terms.map((term) => ({ term, clause: i })));
    for (let i = 0; i + this.tuning.window <= positions.length; i += 1) {
      const slice = positions.slice(i, i + this.tuning.window);
      add(slice.map((p) => p.term), slice[0].clause, slice[slice.length - 1].clause);
    }
    parts.sort((a, b) => b.confidence - a.confidence || (b.best?.score ?? 0) - (a.best?.score ?? 0));
    if (!parts.length) return parts;
    // Parts nearly as well covered as the best are a tie, settled by the weight of evidence: a
    // whole clause that matches more words beats a window of it that matches a few.
    const tie = parts.filter((p) => p.confidence >= parts[0].confidence - NEAR_TIE);
    const byEvidence = [...tie].sort((a, b) => (b.best?.score ?? 0) - (a.best?.score ?? 0));
    return [...byEvidence, ...parts.slice(tie.length)];
  }

  search(question: string): Retrieval {
    const clauseList = clauses(this.vocabulary.correctText(question)).map((c) => ({ terms: c.words.map((w) => w.term), asks: c.asks }));
    const parts = this.parts(clauseList);
    const best = parts[0];
    const queryTerms = [...new Set(clauseList.flatMap((c) => c.terms))];
    const whole = this.leaningCheck.lean(queryTerms);
    // The best part is often the whole message, in the same words: then it leans the same way.
    const partTerms = best?.terms ?? [];
    const sameWords = partTerms.length === queryTerms.length && partTerms.every((t, i) => t === queryTerms[i]);
    const leaning = { whole, part: sameWords ? { ...whole } : this.leaningCheck.lean(partTerms) };
    const confidence = Math.max(0, ...parts.map((p) => p.confidence));
    return { queryTerms, confidence, parts, leaning, classified: this.classified(clauseList.flatMap((c) => c.terms)) };
  }

  /** The classifier's rule for these words (in order), and each rule's probability. */
  private classified(terms: string[]): Classified {
    const probabilities = this.classifier.classify(terms);
    let top = 0;
    for (let c = 1; c < probabilities.length; c++) if (probabilities[c] > probabilities[top]) top = c;
    return {
      best: this.classes[top],
      bestProbability: probabilities[top],
      probabilities: new ClassProbabilities(this.classIndex, this.classSections, Float64Array.from(probabilities)),
    };
  }
}

/** A text's words in order, clause by clause, normalised as questions are (rules' and training lines are not typo-corrected: that changed no answer measured, and costs start-up). */
function termsOf(line: string): string[] {
  return clauses(line).flatMap((c) => c.words.map((w) => w.term));
}
