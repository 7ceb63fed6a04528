/**
 * The rule classifier's part in choosing a rule (rule-classifier.ts is the classifier itself): a
 * second opinion beside BM25, which follows shared words and can be led by a story's incidental
 * ones. It overrules the lexical pick, adds a rule of the same section, keeps a message in the
 * framework, answers a weak match, declines with a not-covered topic, or doubts an answer, each
 * only when all but sure. Thresholds are product choices in `DEFAULT_ANSWER_TUNING`. Pure.
 */
import { bareMatch, type Match, type Part, type Retrieval, type RuleIndex } from './retrieval';
import type { Rule } from './rules';

export interface SecondOpinionTuning {
  /**
   * The classifier's rule answers instead of the lexical pick when it is of another section and the
   * classifier gives the lexical pick less than this share of its own rule's probability.
   */
  classifierOverrules: number;
  /** A message leaning towards off-framework questions is still answered when the classifier gives a framework rule at least this probability. */
  classifierCertain: number;
  /** A weak match, else declined, is answered from the classifier's framework rule when it gives that rule at least this probability. */
  classifierVouches: number;
  /** A message is declined with a not-covered topic's pointer when the classifier gives that topic at least this probability. */
  classifierSendsAway: number;
  /**
   * An out-of-scope rival is also cleared when the classifier gives a framework rule at least
   * `classifierClears` and the rival less than `classifierNegligible` (a story that merely mentions
   * a temp's cost or a stay-over, its question plainly a framework one).
   */
  classifierClears: number;
  classifierNegligible: number;
  /**
   * An answer is declined when the classifier gives its whole section less than this probability and
   * the message leans to the framework's questions by less than `doubtLeaning`.
   */
  classifierDoubts: number;
  doubtLeaning: number;
}

/**
 * The classifier's rule, when it is of another section than the lexical pick and all but rules
 * the lexical pick out: BM25 follows shared words, and a story's incidental words ("secondee",
 * "council network") can outweigh the few that say what is asked.
 */
export function classifiersPick(retrieval: Retrieval, main: Part, lexical: Match, t: SecondOpinionTuning): Match | undefined {
  const { best } = retrieval.classified;
  if (best.section === null || lexical.rule.section === null || best.section === lexical.rule.section) return undefined;
  if (!classifierRulesOut(retrieval, lexical.rule, t)) return undefined;
  return matchOf(best, main);
}

/**
 * An out-of-scope rule the classifier all but rules out, as sure of a framework rule as it must be
 * of a not-covered topic to send a message away (`classifierSendsAway`): "what has NPS committed to
 * in terms of who attends our board?" shares the local board's words with "who chairs a local YOS
 * management board" (not in the framework), but is asked the way 2.3's questions are. The framework
 * rule is answered, and that out-of-scope rule is no rival. (At 0.99 or 0.999, mileage rates and
 * how-to questions were answered too, unless the out-of-scope rule itself is all but impossible:
 * `classifierNegligible`, which at 1e-6 let three off-framework questions through and at 1e-10 none.)
 */
export function classifierClearsOutOfScope(retrieval: Retrieval, outOfScope: Rule, t: SecondOpinionTuning): boolean {
  const { best, bestProbability } = retrieval.classified;
  return (
    outOfScope.section === null &&
    best.section !== null &&
    ((bestProbability >= t.classifierSendsAway && classifierRulesOut(retrieval, outOfScope, t)) ||
      (bestProbability >= t.classifierClears && (retrieval.classified.probabilities.get(outOfScope.id) ?? 0) < t.classifierNegligible))
  );
}

/** The part's match for this rule, or a bare match naming it (a rule the part's words did not reach). */
function matchOf(rule: Rule, part: Part | undefined): Match {
  return part?.matchFor(rule) ?? bareMatch(rule);
}

/** The classifier gives this rule less than `classifierOverrules` of its own rule's probability. */
function classifierRulesOut(retrieval: Retrieval, rule: Rule, t: SecondOpinionTuning): boolean {
  const { bestProbability, probabilities } = retrieval.classified;
  return (probabilities.get(rule.id) ?? 0) < t.classifierOverrules * bestProbability;
}

/**
 * The classifier is all but certain of one framework rule for the whole message: then the message
 * merely resembling off-framework questions does not decide (a part that matched an off-framework
 * topic still does: "paid overtime for Saturday court" is about pay, whatever the classifier says).
 */
export function classifierIsCertain(retrieval: Retrieval, t: SecondOpinionTuning): boolean {
  const { best, bestProbability } = retrieval.classified;
  return best.section !== null && bestProbability >= t.classifierCertain;
}

/**
 * The classifier's rule when it is another rule of the answer's own section and the classifier all
 * but rules the answer's rule out: the question is in the right section but may hinge on the
 * classifier's rule's facts, so both are given.
 */
export function classifiersNeighbour(retrieval: Retrieval, answered: Rule, t: SecondOpinionTuning): Rule | undefined {
  const { best } = retrieval.classified;
  if (best.id === answered.id || best.section !== answered.section) return undefined;
  return classifierRulesOut(retrieval, answered, t) ? best : undefined;
}

/** A how-to question ("how do I set up a Teams channel?"): the framework says who does what, never how to work a system. */
const HOW_TO = /\bhow (?:do|can|should) (?:i|we)\b|\bhow to\b/i;

/**
 * The classifier's framework rule for a weak match it is sure of: "Please state the position held
 * by the author of the framework" shares few words with any rule's text, but is asked the way the
 * document-ownership questions are. Answered as a weak match ("This looks like ..."), never for a
 * how-to question.
 */
export function classifierVouches(
  question: string,
  retrieval: Retrieval,
  main: Part | undefined,
  t: SecondOpinionTuning,
): Match | undefined {
  const { best, bestProbability } = retrieval.classified;
  if (best.section === null || HOW_TO.test(question) || bestProbability < t.classifierVouches) return undefined;
  return matchOf(best, main);
}

/**
 * The not-covered topic the classifier is all but certain of (0.99999 by default): "under GDPR may
 * I share nDelius records with the YOT's social workers?" shares words with the seconded PO's
 * duties, but is asked the way data-protection questions are.
 */
export function classifiersTopic(retrieval: Retrieval, rules: RuleIndex, t: SecondOpinionTuning): Match | undefined {
  const { best, bestProbability } = retrieval.classified;
  if (best.section !== null || bestProbability < t.classifierSendsAway) return undefined;
  return rules.notCoveredMatch(best.id);
}

/**
 * The classifier all but rules out the answer's section (under 5% for all its rules together) and
 * the message is no nearer the framework's questions than the off-framework ones: "can I work from
 * home a couple of days a week, and do I need the YOT manager's permission?" shares words with leave
 * approval, but is asked like nothing the framework answers.
 */
export function classifierDoubts(retrieval: Retrieval, answered: Rule, t: SecondOpinionTuning): boolean {
  const lean = retrieval.leaning.whole.framework - retrieval.leaning.whole.notCovered;
  return (
    answered.section !== null &&
    lean < t.doubtLeaning &&
    retrieval.classified.probabilities.ofSection(answered.section) < t.classifierDoubts
  );
}
