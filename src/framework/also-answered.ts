/**
 * The rules answered besides the main one (a second question's, the same section's next rule, the
 * roles a "who attends it?" asks for), and the out-of-scope topic a part is really about, which
 * rules a part out as a second question. Pure.
 */
import type { Match, Part, Retrieval } from './retrieval';
import type { Rule } from './rules';
import { rolesIn, wordsOfClause } from './answer-clauses';
import type { AnswerTuning } from './answer-tuning';
import { classifiersNeighbour } from './second-opinion';
import { questionsOf } from './asked-figure';
import { NAMES_WALES } from './section-cues';

/**
 * The out-of-scope topic a part is really about: one that scores best, or close to the best rule
 * on a word of its own ("pension contribution rate" is about pensions, not the overhead rate).
 */
export function outOfScopeOf(part: Part, tuning: AnswerTuning): Match | undefined {
  const best = part.best;
  if (!best) return undefined;
  if (best.rule.section === null) return best;
  const inScopeWords = part.inScopeWords;
  for (let i = 1; i < part.rules.length; i++) {
    if (part.rules[i].section !== null) continue;
    const m = part.matchAt(i);
    // A word no framework rule knows ("pension", "password") settles it; a word only the best rule
    // lacks needs the out-of-scope topic to score nearly as well.
    const ratio = m.matched.some((t) => !inScopeWords.has(t))
      ? tuning.outOfScopeRatio
      : m.matched.some((t) => !best.matched.includes(t))
        ? 0.8
        : Infinity;
    if (m.score >= ratio * best.score) return m;
  }
  return undefined;
}

/**
 * A second question in the message: a separate clause that another rule answers well. With
 * `inside`, only a question clause within a main part that straddles the message's two questions
 * ("do we still interview if only one applies? and what if nobody applies?"), answered by another
 * rule of the same section (one of another section would be a separate part of its own).
 */
function secondPart(retrieval: Retrieval, main: Part, tuning: AnswerTuning, inside = false): Match | undefined {
  const mainRule = main.best?.rule;
  if (!mainRule) return undefined;
  for (const part of retrieval.parts) {
    const within = part.asks && part.span[0] === part.span[1] && main.span[0] <= part.span[0] && part.span[1] <= main.span[1];
    const overlaps = part.span[0] <= main.span[1] && main.span[0] <= part.span[1];
    const best = part.best;
    if ((inside ? !within : overlaps) || !best || part.confidence < tuning.secondPart || outOfScopeOf(part, tuning)) continue;
    if (best.rule.id === mainRule.id || best.rule.section === null) continue;
    if (inside && best.rule.section !== mainRule.section) continue;
    // The main rule already shares every word this clause matched: nothing to add.
    const mainMatched = part.matchFor(mainRule)?.matched ?? [];
    if (best.matched.every((t) => mainMatched.includes(t))) continue;
    return best;
  }
  return undefined;
}

/** Who attends something ("who has to be at it?", "who sits on it?"). */
const WHO_ATTENDS = /\bwho\b[^?]{0,25}\b(?:be at|attend\w*|come to|be there|be present|sit on|be in the room)\b/i;
/** Who sees that something is done ("who has to make sure it happens?"), asked of what the message is about. */
const WHO_ENSURES =
  /\bwho\b[^?]{0,25}\b(?:make sure|makes sure|ensures?|is responsible|in charge|organi[sz]es?|arranges?|sets? (?:it|this|that) up)\b[^?]{0,10}\b(?:it|this|that|one)\b/i;

/**
 * "Who has to be at it?" answered by a rule that names no role (the secondment's length): the
 * part's next rule of the same section that does name one (the return meeting's three). "Who has
 * to make sure it happens?" may be another section's (8 says what an induction covers, 5.3 who
 * gives it).
 */
function whoNeighbour(question: string, main: Part, best: Match, t: AnswerTuning): Rule | undefined {
  const anySection = WHO_ENSURES.test(question);
  if (!(anySection || WHO_ATTENDS.test(question)) || rolesIn(best.rule.answer).length) return undefined;
  const i = main.rules.findIndex(
    (rule) =>
      rule.id !== best.rule.id &&
      rule.section !== null &&
      (anySection || rule.section === best.rule.section) &&
      rolesIn(rule.answer).length > 0,
  );
  return i >= 0 && main.scores[i] >= t.whoNeighbourShare * best.score ? main.rules[i] : undefined;
}

/**
 * The next rule of the best part, when it is of the same section and scores nearly as well: a
 * section's facts are often split over two rules (stage 4 and stage 5, the lead and the tracker),
 * and the question may hinge on the one ranked second.
 */
function sameSectionNeighbour(main: Part, best: Match, t: AnswerTuning): Rule | undefined {
  const i = main.rules.findIndex((rule) => rule.id !== best.rule.id);
  const next = i < 0 ? undefined : main.matchAt(i);
  if (!next || next.rule.section !== best.rule.section) return undefined;
  return next.score >= t.sameSectionShare * best.score ? next.rule : undefined;
}

/**
 * Section 6 is about Wales alone: added beside another section's answer only when the message
 * names Wales ("transition" alone would bring its Y2A rule).
 */
const WALES_SECTION = '6';
function aboutWalesIfWelsh(rule: Rule, main: Rule, question: string): boolean {
  return rule.section !== WALES_SECTION || main.section === WALES_SECTION || NAMES_WALES.test(question);
}

/**
 * The rules answered besides the main one: a second question's, or else the next rule of the same
 * section by score (only when the main rule is the lexical pick, whose scores those are); and the
 * classifier's rule of the same section when it all but rules the main one out.
 */
export function alsoAnswered(
  question: string,
  retrieval: Retrieval,
  main: Part,
  best: Match,
  lexicalPick: boolean,
  t: AnswerTuning,
): Rule[] {
  const straddles = main.span[0] < main.span[1] && questionsOf(question) !== null;
  const second =
    secondPart(retrieval, main, t)?.rule ??
    (lexicalPick ? sameSectionNeighbour(main, best, t) : undefined) ??
    (straddles ? secondPart(retrieval, main, t, true)?.rule : undefined) ??
    whoNeighbour(question, main, best, t);
  const also = [second, classifiersNeighbour(retrieval, best.rule, t), companionOf(question, best.rule, retrieval)].filter(
    (r): r is Rule => !!r && r.id !== best.rule.id && !saysNothingNew(r, best.rule) && aboutWalesIfWelsh(r, best.rule, question),
  );
  return [...new Set(also)];
}

/**
 * Rules that answer a topic only together: a Welsh YOT's transitions are 1.1's pointer to the Welsh
 * Transitions protocol and 6's Y2A guidance routing them into IOM Cymru (or 6's HMPPS in Wales
 * rule), so one answered brings the first other of its group (when the message matched it at all).
 */
const COMPANIONS: { asks: RegExp; ruleIds: string[] }[] = [
  {
    asks: /\b(?:wales|welsh|cymru)\b[^]*\btransition|\btransition[^]*\b(?:wales|welsh|cymru)\b/i,
    ruleIds: ['transitions-guidance', 'wales-policy', 'wales'],
  },
];
function companionOf(question: string, main: Rule, retrieval: Retrieval): Rule | undefined {
  const group = COMPANIONS.find((c) => c.ruleIds.includes(main.id) && c.asks.test(question));
  const other = group?.ruleIds.find((id) => id !== main.id);
  return other ? retrieval.parts.flatMap((p) => p.rules).find((rule) => rule.id === other) : undefined;
}

/** A rule whose words are nearly all in the main rule's text adds only repetition ("Also, from 9.1: ..." saying it again). */
const REPEATS = 0.9;
function saysNothingNew(rule: Rule, main: Rule): boolean {
  const said = wordsOfClause(main.answer);
  const words = [...wordsOfClause(rule.answer)];
  return words.filter((w) => said.has(w)).length >= REPEATS * words.length;
}
