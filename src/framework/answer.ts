/**
 * Turns a question into the bot's answer: the best rule's text with its section, a second rule
 * when the message asks two things, the asker's own people and dates, and follow-up suggestions.
 * Below the confidence threshold, or when the best match is a topic the framework leaves to
 * others (pay, leave entitlement, passwords...), the bot says so politely and offers up to three
 * "did you mean" topics instead of guessing.
 */
import { RuleIndex, type Match, type Part, type Retrieval } from './retrieval';
import { RULES, ruleById, sectionName, type Rule } from './rules';
import { leadFor } from './answer-lead';
import { alsoAnswered, outOfScopeOf } from './also-answered';
import { DEFAULT_ANSWER_TUNING, type AnswerTuning } from './answer-tuning';
import { decline, declinePointer, titles } from './decline';
import { missingParticularOf, questionsOf } from './asked-figure';
import { FRAMEWORK_PEOPLE } from './framework-people';
import { workedFigure } from './worked-figures';
import {
  classifierClearsOutOfScope,
  classifierDoubts,
  classifierIsCertain,
  classifiersPick,
  classifiersTopic,
  classifierVouches,
} from './second-opinion';
import {
  notCoveredAsked,
  escalationAsked,
  namesWhatTheRuleNames,
  nextStepAsked,
  sectionCue,
  withAskersRoleWhenAsked,
  withoutCheckedRole,
} from './message-cues';
import { personalLines, type PersonalContext } from './personal';
import { NO_ENGLISH_WORDS, type EnglishWords } from './vocabulary';
import { NOT_COVERED_TOPICS, mayBeAbout } from './not-covered';

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
function leansAway(question: string, retrieval: Retrieval, rules: RuleIndex, tuning: AnswerTuning): Match | undefined {
  const { whole, part } = retrieval.leaning;
  const meanAway =
    whole.notCovered > whole.framework + tuning.wholeLeaning && whole.nearestFramework <= whole.nearestNotCovered + tuning.nearestKeeps;
  const away = meanAway || whole.nearestNotCovered > whole.nearestFramework + tuning.nearestLeaning;
  if (!away || part.notCovered <= part.framework - tuning.partLeaning || !whole.topicId) return undefined;
  const topic = NOT_COVERED_TOPICS.find((t) => t.id === whole.topicId);
  return topic && !mayBeAbout(topic, question) ? undefined : rules.notCoveredMatch(whole.topicId);
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
    ) ??
    retrieval.parts.find((p) => p.asks && p.confidence >= OWN_WORD_SHARE * retrieval.confidence && notCleared(ownWordOutOfScope(p, t)));
  // A part with an own-word out-of-scope match has that match as its out-of-scope match too.
  return rival && notCleared(outOfScopeOf(rival, t));
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
  const leaning = leansAway(question, retrieval, rules, t);
  // A not-covered topic asked in so many words (another agency's staff, a CRC's own practice) is
  // declined even when a section cue reads the message: the cue reads the words it shares with a
  // rule ("the CRC ... told", "PSS"), the topic what is asked of them.
  const askedTopic = notCoveredAsked(question);
  const outOfScope =
    (askedTopic ? rules.notCoveredMatch(askedTopic) : undefined) ??
    (cue
      ? undefined
      : (rival ??
        (inTerritory
          ? undefined
          : ((leaning && !classifierIsCertain(retrieval, t) ? leaning : undefined) ?? classifiersTopic(retrieval, rules, t)))));
  if (!best || !lexical || outOfScope) return { declined: decline(question, retrieval, outOfScope) };
  if (!inTerritory && !cue && classifierDoubts(retrieval, best.rule, t)) {
    // Doubting the section is not doubting the framework: a rule the classifier is sure of is
    // answered, as a weak match ("This looks like ..."), when the message is no nearer off-framework questions.
    const { whole } = retrieval.leaning;
    const vouched = whole.framework >= whole.notCovered ? classifierVouches(question, retrieval, main, t) : undefined;
    return vouched ? { best: vouched, lexical, weak: true } : { declined: decline(question, retrieval, undefined) };
  }
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
  return rules.search(withoutCheckedRole(withAskersRoleWhenAsked(question.trim().slice(0, 500))));
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
