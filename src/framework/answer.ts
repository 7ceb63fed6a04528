/**
 * Turns a question into the bot's answer: the best rule's text with its section, a second rule
 * when the message asks two things, the asker's own people and dates, and follow-up suggestions.
 * Below the confidence threshold, or when the best match is a topic the framework leaves to
 * others (pay, leave entitlement, passwords...), the bot says so politely and offers up to three
 * "did you mean" topics instead of guessing.
 */
import { RuleIndex, type Match, type Part, type Retrieval } from './retrieval';
import { RULES, ruleById, sectionName, type Rule } from './rules';
import { leadFor, rolesIn } from './answer-lead';
import { DEFAULT_ANSWER_TUNING, type AnswerTuning } from './answer-tuning';
import { decline, declinePointer, titles } from './decline';
import { missingParticularOf, questionsOf } from './asked-figure';
import { FRAMEWORK_PEOPLE } from './framework-people';
import { workedFigure } from './worked-figures';
import {
  classifierClearsOutOfScope,
  classifierDoubts,
  classifierIsCertain,
  classifiersNeighbour,
  classifiersPick,
  classifiersTopic,
  classifierVouches,
} from './second-opinion';
import { aboutOtherAgencysStaff, escalationAsked, namesWhatTheRuleNames, nextStepAsked, sectionCue, withAskersRoleWhenAsked } from './message-cues';
import { personalLines, type PersonalContext } from './personal';
import { NO_ENGLISH_WORDS, type EnglishWords } from './vocabulary';

/** Where questions about other agencies' staff in the YOT are pointed. */
const OTHER_AGENCYS_STAFF_TOPIC = 'not-covered-other-agency-staff';
/** An out-of-scope part this close to the best part's confidence decides the message. */
const RIVAL_SHARE = 0.9;
/** ...or, when it matched on a word of its own that no framework rule uses, this close. */
const OWN_WORD_SHARE = 0.8;
/** How a product choice is told apart from the framework in what the bot says. */
export const PRODUCT_NOTE_LABEL = 'Product note (not from the framework):';

export interface Answer {
  answer: string;
  /** Framework section of the main answer, e.g. "9.1"; null when the framework does not answer. */
  section: string | null;
  /** Every section cited, main first (two when the message asked two things). */
  sections: string[];
  confidence: number;
  /** Titles of rules to ask about next (buttons in Teams). */
  suggestions: string[];
  /** The main rule answered from, or null when declined. */
  ruleId: string | null;
  /** Every rule answered from, main first. */
  ruleIds: string[];
  /** The rules' own text (or the decline), without the personal lines. */
  general: string;
  /** Personal lines added for the asker (also inside `answer`). */
  personal: string[];
}

let defaultIndex: RuleIndex | null = null;
let englishWords: EnglishWords = NO_ENGLISH_WORDS;
function index(): RuleIndex {
  defaultIndex ??= new RuleIndex(RULES, {}, englishWords);
  return defaultIndex;
}

/** Real English words the typo correction leaves alone; the caller reads them (no I/O here). */
export function useEnglishWords(provider: EnglishWords): void {
  englishWords = provider;
  defaultIndex = null;
}

/**
 * The out-of-scope topic a part is really about: one that scores best, or close to the best rule
 * on a word of its own ("pension contribution rate" is about pensions, not the overhead rate).
 */
function outOfScopeOf(part: Part, tuning: AnswerTuning): Match | undefined {
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

/** An out-of-scope topic matched on a word no framework rule uses at all ("union", "overtime"). */
function ownWordOutOfScope(part: Part, tuning: AnswerTuning): Match | undefined {
  const match = outOfScopeOf(part, tuning);
  if (!match) return undefined;
  const inScopeWords = part.inScopeWords;
  return match.matched.some((t) => !inScopeWords.has(t)) ? match : undefined;
}

/**
 * The message as a whole is nearer questions the framework does not answer, and its best part is
 * not clearly nearer the framework's: the not-covered topic, to decline with its pointer.
 */
function leansAway(retrieval: Retrieval, rules: RuleIndex, tuning: AnswerTuning): Match | undefined {
  const { whole, part } = retrieval.leaning;
  const meanAway =
    whole.notCovered > whole.framework + tuning.wholeLeaning && whole.nearestFramework <= whole.nearestNotCovered + tuning.nearestKeeps;
  const away = meanAway || whole.nearestNotCovered > whole.nearestFramework + tuning.nearestLeaning;
  if (!away || part.notCovered <= part.framework - tuning.partLeaning || !whole.topicId) return undefined;
  return rules.notCoveredMatch(whole.topicId);
}

/**
 * A part about something the framework leaves to others, matched nearly as well as the best part,
 * means the message is really about that ("lunch breaks... which do I follow?"): its out-of-scope
 * match, unless the classifier clears it. Only a part with a question in it counts: the story
 * around a question ("I've got the train to a secure unit 90 miles away") is no question of its own.
 */
function rivalOutOfScope(retrieval: Retrieval, t: AnswerTuning, cleared: (match: Match | undefined) => boolean): Match | undefined {
  const notCleared = (match: Match | undefined) => (match && !cleared(match) ? match : undefined);
  const rival =
    retrieval.parts.find(
      (p) => p.asks && p.confidence >= Math.max(t.threshold, RIVAL_SHARE * retrieval.confidence) && notCleared(outOfScopeOf(p, t)),
    ) ?? retrieval.parts.find((p) => p.asks && p.confidence >= OWN_WORD_SHARE * retrieval.confidence && notCleared(ownWordOutOfScope(p, t)));
  // A part with an own-word out-of-scope match has that match as its out-of-scope match too.
  return rival && notCleared(outOfScopeOf(rival, t));
}

/** A second question in the message: a separate clause that another rule answers well. */
function secondPart(retrieval: Retrieval, main: Part, tuning: AnswerTuning): Match | undefined {
  const mainRule = main.best?.rule;
  if (!mainRule) return undefined;
  for (const part of retrieval.parts) {
    const overlaps = part.span[0] <= main.span[1] && main.span[0] <= part.span[1];
    const best = part.best;
    if (overlaps || !best || part.confidence < tuning.secondPart || outOfScopeOf(part, tuning)) continue;
    if (best.rule.id === mainRule.id || best.rule.section === null) continue;
    // The main rule already shares every word this clause matched: nothing to add.
    const mainMatched = part.matchFor(mainRule)?.matched ?? [];
    if (best.matched.every((t) => mainMatched.includes(t))) continue;
    return best;
  }
  return undefined;
}

/**
 * A weak match still answered: nearer framework questions than not-covered ones by `weakLeaning`
 * from `weakThreshold` up; and, the clearer the lean, the weaker the match may be (down to
 * `weakFloor` when it leans by `strongLeaning`).
 */
function weakButInTerritory(retrieval: Retrieval, t: AnswerTuning): boolean {
  const lean = retrieval.leaning.whole.framework - retrieval.leaning.whole.notCovered;
  if (retrieval.confidence >= t.weakThreshold) return lean >= t.weakLeaning;
  return retrieval.confidence >= t.weakFloor && lean >= t.strongLeaning;
}

/** The next-best framework rule of the part, preferring another section: named when the match is weak. */
function runnerUpOf(part: Part, best: Rule): Rule | undefined {
  const others = part.rules.filter((r) => r.section !== null && r.id !== best.id);
  return others.find((r) => r.section !== best.section) ?? others[0];
}

/** Who attends something ("who has to be at it?", "who sits on it?"). */
const WHO_ATTENDS = /\bwho\b[^?]{0,25}\b(?:be at|attend\w*|come to|be there|be present|sit on|be in the room)\b/i;

/**
 * "Who has to be at it?" answered by a rule that names no role (the secondment's length): the
 * part's next rule of the same section that does name one (the return meeting's three).
 */
function whoNeighbour(question: string, main: Part, best: Match, t: AnswerTuning): Rule | undefined {
  if (!WHO_ATTENDS.test(question) || rolesIn(best.rule.answer).length) return undefined;
  const i = main.rules.findIndex((rule) => rule.id !== best.rule.id && rule.section === best.rule.section && rolesIn(rule.answer).length > 0);
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
 * The rules answered besides the main one: a second question's, or else the next rule of the same
 * section by score (only when the main rule is the lexical pick, whose scores those are); and the
 * classifier's rule of the same section when it all but rules the main one out.
 */
function alsoAnswered(question: string, retrieval: Retrieval, main: Part, best: Match, lexicalPick: boolean, t: AnswerTuning): Rule[] {
  const second =
    secondPart(retrieval, main, t)?.rule ?? (lexicalPick ? sameSectionNeighbour(main, best, t) : undefined) ?? whoNeighbour(question, main, best, t);
  const also = [second, classifiersNeighbour(retrieval, best.rule, t)].filter((r): r is Rule => !!r && r.id !== best.rule.id);
  return [...new Set(also)];
}

function ruleText(rule: Rule): string {
  return rule.productNote ? `${rule.answer}\n${PRODUCT_NOTE_LABEL} ${rule.productNote}` : rule.answer;
}

/**
 * The rule to answer from: a section cue's, else the lexical pick, or the classifier's when it
 * overrules it. Declined when a part is about something the framework leaves to others, when the
 * message leans towards off-framework questions, or when the match is weak outside the framework's
 * clear territory; none of these declines a message a section cue reads.
 */
function mainRule(
  question: string,
  retrieval: Retrieval,
  rules: RuleIndex,
  t: AnswerTuning,
): { best: Match; lexical: Match; weak: boolean } | { declined: Answer } {
  const main = retrieval.parts[0];
  // A section cue decides, whatever the classifier says; a disagreement's next step is 9.1's, unless the classifier rules that out.
  const cue = sectionCue(question, retrieval);
  const escalation = escalationAsked(retrieval, question);
  const picked = cue ?? escalation ?? main?.best;
  // An out-of-scope rule the classifier clears (certain of a framework rule, all but ruling it out) gives way.
  const cleared = (match: Match | undefined) => !!match && classifierClearsOutOfScope(retrieval, match.rule, t);
  const lexical = (cleared(picked) && classifierVouches(question, retrieval, main, t)) || picked;
  // "Who should this go to now?" after a disagreement asks where it goes, whatever the classifier makes of the story.
  const explicitNextStep = !!escalation && lexical === escalation && nextStepAsked(question);
  const best = cue ?? (explicitNextStep ? lexical : lexical && (classifiersPick(retrieval, main, lexical, t) ?? lexical));
  const rival = rivalOutOfScope(retrieval, t, cleared);
  // A person, body or scheme the framework names ("Mark Burden", "Victim Contact Service") puts the
  // message in its territory, whatever else its words lean towards.
  const namesWhatItNames = FRAMEWORK_PEOPLE.test(question) || (!!best && namesWhatTheRuleNames(question, best.rule));
  // So does a disagreement whose next step is asked: where it goes is 9.1's, whatever it is about.
  const inTerritory = namesWhatItNames || !!escalation;
  const leaning = leansAway(retrieval, rules, t);
  const otherAgency = aboutOtherAgencysStaff(question) ? rules.notCoveredMatch(OTHER_AGENCYS_STAFF_TOPIC) : undefined;
  const outOfScope = cue
    ? undefined
    : (otherAgency ??
      rival ??
      (inTerritory
        ? undefined
        : ((leaning && !classifierIsCertain(retrieval, t) ? leaning : undefined) ?? classifiersTopic(retrieval, rules, t))));
  if (!best || !lexical || outOfScope) return { declined: decline(question, retrieval, outOfScope) };
  if (!inTerritory && !cue && classifierDoubts(retrieval, best.rule, t)) return { declined: decline(question, retrieval, undefined) };
  const weak = retrieval.confidence < t.threshold;
  if (weak && !weakButInTerritory(retrieval, t) && !inTerritory && !cue) {
    const vouched = classifierVouches(question, retrieval, main, t);
    return vouched ? { best: vouched, lexical, weak } : { declined: decline(question, retrieval, undefined) };
  }
  return { best, lexical, weak };
}

/** The message's first question, on its own, is matched confidently to this rule. */
function firstQuestionIsTheRules(first: string, rule: Rule, rules: RuleIndex, t: AnswerTuning): boolean {
  const alone = rules.search(first);
  return alone.confidence >= t.threshold && alone.parts[0]?.best?.rule.id === rule.id;
}

export function answerQuestion(
  question: string,
  ctx: PersonalContext | null = null,
  rules: RuleIndex = index(),
  tuning: Partial<AnswerTuning> = {},
): Answer {
  const t = { ...DEFAULT_ANSWER_TUNING, ...tuning };
  const answer = answerMessage(question, ctx, rules, t);
  const pointer = declinePointer(answer);
  return (pointer && firstAnsweredSecondNot(question, pointer, ctx, rules, t)) || answer;
}

/**
 * The general answer (asked with no context) with the asker's own lines added: what asking with
 * `ctx` gives, since the context changes only those lines. So one general answer serves everyone.
 */
export function withPersonal(general: Answer, ctx: PersonalContext | null): Answer {
  const personal = [...new Set(general.ruleIds.flatMap((id) => personalLines(ruleById(id)?.topic, ctx)))];
  return personal.length ? { ...general, answer: [general.answer, '', ...personal].join('\n'), personal } : general;
}

/**
 * "Who signs my claims off, and is there a time limit for them?": declined as a whole, pointing to
 * where such questions belong, because of its second question, when its first, asked alone, is
 * confidently the framework's and leans its way. The first is answered, and the second pointed to
 * where it belongs.
 */
function firstAnsweredSecondNot(
  question: string,
  pointer: string,
  ctx: PersonalContext | null,
  rules: RuleIndex,
  t: AnswerTuning,
): Answer | null {
  const asked = questionsOf(question);
  if (!asked) return null;
  const alone = searchFor(asked.first, rules);
  // A first question nearer off-framework questions ("am I entitled to excess fares ...") is not clearly the framework's.
  if (alone.leaning.whole.framework < alone.leaning.whole.notCovered) return null;
  const first = answerMessage(asked.first, ctx, rules, t, alone);
  if (first.section === null || first.confidence < t.threshold) return null;
  // The second, asked alone, is declined for the same reason as the whole message.
  if (declinePointer(answerMessage(asked.rest, null, rules, t)) !== pointer) return null;
  const general = `${first.general}\n\nOn your other question: ${pointer}`;
  return { ...first, general, answer: general + first.answer.slice(first.general.length) };
}

function searchFor(question: string, rules: RuleIndex): Retrieval {
  return rules.search(withAskersRoleWhenAsked(question.trim().slice(0, 500)));
}

function answerMessage(
  question: string,
  ctx: PersonalContext | null,
  rules: RuleIndex,
  t: AnswerTuning,
  retrieval: Retrieval = searchFor(question, rules),
): Answer {
  const chosen = mainRule(question, retrieval, rules, t);
  if ('declined' in chosen) return chosen.declined;
  const { best, lexical, weak } = chosen;
  const main = retrieval.parts[0];
  const answered = [best.rule, ...alsoAnswered(question, retrieval, main, best, best === lexical, t)];
  // Answering "how much?" with a rule that states no figure would imply one it does not give.
  const missing = missingParticularOf(
    question,
    answered.map((r) => r.answer),
    // Without a word list no lowercase word can be told to be a place's name ("leeds"), not a word ("small").
    englishWords === NO_ENGLISH_WORDS ? undefined : (word) => englishWords().has(word),
  );
  // Asked after a first question, it is said unless that first question is not this rule's.
  if (missing && !(missing.firstQuestion && firstQuestionIsTheRules(missing.firstQuestion, best.rule, rules, t))) {
    return decline(question, retrieval, undefined, { rule: best.rule, missing: missing.missing });
  }
  const runnerUp = weak ? runnerUpOf(main, best.rule) : undefined;
  const general = [
    ...(weak ? [`This looks like ${sectionName(best.rule.section!)}, "${best.rule.title}".`] : []),
    ...[leadFor(question, best.rule.answer)].filter((l): l is string => !!l),
    ...[...new Set(answered.map((r) => workedFigure(question, r.id)))].filter((l): l is string => !!l),
    ruleText(best.rule),
    ...answered.slice(1).map((r) => `Also, from ${sectionName(r.section!)}: ${ruleText(r)}`),
    ...(runnerUp ? [`If you meant "${runnerUp.title}" instead, see ${sectionName(runnerUp.section!)}.`] : []),
    ...(missing ? [`On your other question: the framework does not give ${missing.missing}.`] : []),
  ].join('\n\n');
  const personal = [...new Set(answered.flatMap((r) => personalLines(r.topic, ctx)))];
  const related = answered.flatMap((r) => r.related).filter((id) => !answered.some((r) => r.id === id));
  return {
    answer: [general, ...(personal.length ? ['', ...personal] : [])].join('\n'),
    general,
    section: best.rule.section,
    sections: [...new Set(answered.map((r) => r.section!))],
    confidence: retrieval.confidence,
    suggestions: titles(related),
    ruleId: best.rule.id,
    ruleIds: answered.map((r) => r.id),
    personal,
  };
}
