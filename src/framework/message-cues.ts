/**
 * What a message's wording says about what it asks, beyond its topic words: whether the asker's own
 * role is the topic, whether a disagreement is asking where it goes next, and whether it names a
 * person, body or scheme a rule names. Pure.
 */
import type { Match, Retrieval } from './retrieval';
import type { Rule } from './rules';
import { PROPER_NAME } from './framework-people';
import { CueText } from './cue-patterns';
import { SECTION_CUES } from './section-cues';
import { askingSentences, tokens } from './text';
import { ROLE_NAME } from './answer-clauses';

/** "I'm the portfolio lead", "As Head of LDU": who is asking, which matching treats as context... */
const SELF_ROLE = new RegExp(
  String.raw`\b(?:as|i'm|i am|im)\s+(?:the |a |an |their |our )?(?:new |nps |divisional )?(?=(?:${ROLE_NAME}|(?:seconded )?pso(?: secondee)?)\b)`,
  'gi',
);
/** ...unless the question is about the asker's own part ("what's my role", "am I responsible"). */
const OWN_PART =
  /\b(?:my (?:role|job|part|duties|obligations|tasks|responsibilit\w*)|what (?:do|should|must) i\b|am i\b|do i (?:need|have)\b|i personally|on the hook|responsible for|(?:put|place|expect\w*|require\w*|fall\w*)\b[^?.]{0,25}\b(?:on|of|to) me\b)/i;
/**
 * The role a "who" check puts to the test ("... is the portfolio lead's job, true?", "is it the SPOC
 * who ...?"): a name to check against the rule, not what the question is about, so matching leaves it
 * out and the duty's own words find the rule (the answer's lead then says Yes or No to the name).
 */
const CHECKED_ROLE = new RegExp(
  String.raw`\b((?:is it|was it|is|it'?s|it is|that'?s|that is) )(?:the |our |my )?(?:nps |divisional )?${ROLE_NAME}('s (?=(?:job|responsibility|role|remit|duty|call)\b)| (?=who\b))`,
  'gi',
);
export function withoutCheckedRole(question: string): string {
  return question.replace(CHECKED_ROLE, '$1someone$2');
}

/** Keeps the asker's role as a topic when they ask about their own part, by dropping "I'm"/"As" before it. */
export function withAskersRoleWhenAsked(question: string): string {
  return OWN_PART.test(question) ? question.replace(SELF_ROLE, 'the ') : question;
}

/**
 * Another agency's staff in the YOT ("the police officer seconded to our YOT", "a nurse based at the YOS"):
 * their cover, reviews, leave or pay are their employer's and the local partnership's, not this
 * framework's, which is about the NPS's secondees. Who the Act says a YOT must include stays 2.1's.
 */
const OTHER_AGENCYS_STAFF =
  /\b(?:police officers?|social workers?|(?:camhs |health )?nurses?|health workers?|education (?:workers?|officers?))\s+(?:who (?:is|are) |that (?:is|are) )?(?:seconded|based|working|placed) (?:to|in|at|with) (?:our|the|a|their|this) (?:yot|yos)\b/i;
const ABOUT_MEMBERSHIP =
  /\b(?:law|legal\w*|statutory|act|must (?:have|include)|required to (?:have|include)|members?(?:hip)?|section 39)\b/i;
function aboutOtherAgencysStaff(question: string): boolean {
  return OTHER_AGENCYS_STAFF.test(question) && !ABOUT_MEMBERSHIP.test(question);
}

/**
 * A CRC's own internal practice ("how does the CRC decide which of its own teams takes the case?",
 * "how does the CRC charge us for ...?"): the CRC's business, not this framework's, which covers
 * only the NPS's side (5.2).
 */
const CRCS_OWN_PRACTICE =
  /\bcrcs?\b[^?]{0,80}\b(?:internal\w*|its own|their own|in-house)\b|\b(?:internal\w*|in-house|(?:its|their) own (?:teams?|officers?|offices?|tiers?|process\w*|systems?))\b[^?]{0,60}\bcrcs?\b|\bhow (?:does|do|will|would) (?:the |a |our )?crcs? (?:charge|bill|invoice|recharge|price|cost|weight|tier)\w*\b|\bcrcs?\b[^?]{0,40}\b(?:decide|choose|pick|allocate|assign)\w*\b[^?]{0,30}\bwhich (?:of (?:their|its) )?(?:officers?|staff|practitioners?|offices?|teams?)\b/i;

/** The CRC's staff and their terms (TUPE, pay, pensions) are HR's and the reform's, with pointers of their own. */
const ABOUT_STAFF_TERMS = /\b(?:tupe|staff|pay|pensions?|terms and conditions|contracts?|jobs?|redundan\w*)\b/i;

/** Pensions and TUPE: the framework never mentions them (pay and terms are HR's). */
const TERMS_NEVER_MENTIONED = /\b(?:pensions?|lgps|tupe\w*)\b/i;

/** An ask with no topic of its own ("Can you tell me where I stand?"): it asks about the story before it. */
const ASKS_ABOUT_THE_STORY =
  /^\W*(?:(?:so|and|but)\s+)?(?:(?:can|could) you (?:tell me|explain|let me know) )?(?:where (?:do )?(?:i|we) stand|what(?:'s| is) (?:my|our) position|what are (?:my|our) (?:rights|options))\W*$/i;

/** The not-covered topic a message is about in so many words, whatever its other words match. */
export function notCoveredAsked(question: string): string | undefined {
  // Asked about, not told as context ("I'm worried about my pension. Who is my employer?").
  const asking = askingSentences(question);
  if (TERMS_NEVER_MENTIONED.test(ASKS_ABOUT_THE_STORY.test(asking) ? question : asking)) return 'not-covered-pay-terms-conditions';
  if (aboutOtherAgencysStaff(question)) return 'not-covered-other-agency-staff';
  if (CRCS_OWN_PRACTICE.test(question) && !ABOUT_STAFF_TERMS.test(question)) return 'not-covered-crc-internal-practice';
  return undefined;
}

/** Asking for the next step in so many words ("what's the proper next step?", "what now?", "who should this go to now?"). */
const NEXT_STEP =
  /\bnext steps?\b|\bwhat now\b|\bwhat(?:'s| is) (?:supposed|meant) to happen (?:now|next)\b|\bwhere (?:do|does|should|can) (?:we|i|it|this) go\b|\bwhere to (?:go|take (?:it|this)) (?:next|now|from here)\b|\bwho (?:should|do|does|can|would) (?:this|it|we|i) (?:go|take (?:this|it)|escalate (?:this|it)|send (?:this|it)) to\b|\b(?:do|does|should) (?:we|i) (?:still )?(?:need|have) to (?:tell|inform|let) (?:anyone|anybody|someone)\b|\bis that the end of it\b|\bwho (?:do|should|can|would) (?:i|we) (?:raise|take) (?:it|this|that) (?:with|to)\b|\btake (?:it|this|that) (?:above|over) (?:her|his|their|them|him)(?: head)?\b|\btake (?:it|this|that) (?:higher|further|up the (?:chain|line))\b|\bgo (?:above|over) (?:her|his|their) head\b|\b(?:proper|right|correct) (?:order|route|sequence)\b|\bskip (?:the )?(?:local|first) (?:stage|step|bit|level)\b/i;
export function nextStepAsked(question: string): boolean {
  return NEXT_STEP.test(question);
}
/** The stems a disagreement ("going round in circles") and a request for the next step fold to. */
const [DISPUTE, ESCALATE] = tokens('dispute escalate');
/**
 * A disagreement told with "what's the next step?" asks where it goes next: the framework's
 * dispute rule (9.1), whatever the disagreement is about (Saturday court, who pays for a temp).
 */
export function escalationAsked(retrieval: Retrieval, question: string): Match | undefined {
  if (!retrieval.queryTerms.includes(DISPUTE)) return undefined;
  if (!retrieval.queryTerms.includes(ESCALATE) && !nextStepAsked(question)) return undefined;
  return firstMatch(retrieval, (rule) => rule.topic === 'dispute');
}

/** The first match, over the message's parts in order, of a rule that passes `wanted`. */
function firstMatch(retrieval: Retrieval, wanted: (rule: Rule) => boolean): Match | undefined {
  for (const part of retrieval.parts) {
    const i = part.rules.findIndex(wanted);
    if (i >= 0) return part.matchAt(i);
  }
  return undefined;
}

/** A section of an Act the rule cites ("section 91(3)", "section 38"), not one of the framework's own ("section 5.5"). */
const ACT_SECTION = /\bsection (\d{2,}[A-Z]*)(?:\(\d+\))?(?!\.\d)/g;
/** Each rule's proper names, lower-cased, and the Act sections it cites, worked out once per rule. */
const namesOfRule = new Map<string, { names: string[]; sections: RegExp | null }>();
export function namesWhatTheRuleNames(question: string, rule: Rule): boolean {
  let named = namesOfRule.get(rule.id);
  if (!named) {
    const names = [...rule.answer.matchAll(PROPER_NAME)]
      .map((m) => m[0])
      .filter((name) => !/^(?:The|This|Youth|Probation|Governance|Head|Senior|Executive)\b/.test(name))
      .map((name) => name.toLowerCase());
    const cited = [...new Set([...rule.answer.matchAll(ACT_SECTION)].map((m) => m[1]))];
    // Asked as "section 91(3)", "s91" or "s.91".
    const sections = cited.length ? new RegExp(`\\b(?:section|s\\.?) ?(?:${cited.join('|')})(?![0-9a-z])`, 'i') : null;
    namesOfRule.set(rule.id, (named = { names, sections }));
  }
  const asked = question.toLowerCase();
  return named.names.some((name) => asked.includes(name)) || !!named.sections?.test(question);
}

/** The rule a section cue names, among those the message matched at all. */
export function sectionCue(question: string, retrieval: Retrieval): Match | undefined {
  const message = new CueText(question);
  const cue = SECTION_CUES.find((c) => c.asks.test(message));
  return cue && firstMatch(retrieval, (rule) => rule.id === cue.ruleId);
}
