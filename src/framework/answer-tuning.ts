/**
 * When the bot answers, declines, or answers twice: product choices, calibrated on our own
 * question rounds (never the public examples or a hold-out round). Pure data.
 */
import type { SecondOpinionTuning } from './second-opinion';

/** When to answer, decline, or answer twice; calibrated on our own question rounds, not the public examples. */
export interface AnswerTuning extends SecondOpinionTuning {
  /** Below this confidence the bot declines rather than guesses. */
  threshold: number;
  /** An out-of-scope topic scoring this close to the best rule, on words of its own, is what is asked. */
  outOfScopeRatio: number;
  /** A second question must be matched at least this well to be answered too. */
  secondPart: number;
  /** A message is declined when its nearest questions are off-framework ones by more than this (cosine, mean of the nearest few)... */
  wholeLeaning: number;
  /** ...or its single nearest question is an off-framework one by more than this... */
  nearestLeaning: number;
  /** ...unless its best part leans towards the framework by more than this... */
  partLeaning: number;
  /** ...or (for the mean test alone) its single nearest question is a framework one by more than this. */
  nearestKeeps: number;
  /**
   * Between this and `threshold` the message is in the framework's territory but matched weakly:
   * it is answered from the best section, naming the runner-up, when it leans towards framework
   * questions by at least `weakLeaning` (else declined).
   */
  weakThreshold: number;
  weakLeaning: number;
  /** Below `weakThreshold`, down to this, only a message leaning to the framework by `strongLeaning` is answered. */
  weakFloor: number;
  strongLeaning: number;
  /** The best part's second rule is answered too when of the same section and scoring at least this share of the best. */
  sameSectionShare: number;
  /** "Who attends it?" answered by a rule naming no role also gets the same section's next rule that names one, when it scores this share of the best. */
  whoNeighbourShare: number;
}

export const DEFAULT_ANSWER_TUNING: AnswerTuning = {
  threshold: 0.5,
  outOfScopeRatio: 0.5,
  secondPart: 0.6,
  wholeLeaning: 0.05,
  nearestLeaning: 0.1,
  partLeaning: 0.25,
  nearestKeeps: 0.05,
  weakThreshold: 0.4,
  weakLeaning: 0.1,
  weakFloor: 0.3,
  strongLeaning: 0.3,
  sameSectionShare: 0.7,
  whoNeighbourShare: 0.3,
  classifierOverrules: 0.0003,
  classifierCertain: 0.99,
  classifierVouches: 0.9,
  classifierSendsAway: 0.99999,
  classifierClears: 0.999,
  classifierNegligible: 1e-10,
  classifierDoubts: 0.05,
  doubtLeaning: 0.05,
};
