/**
 * What a message's wording says about what it asks, beyond its topic words: whether the asker's own
 * role is the topic, whether a disagreement is asking where it goes next, and whether it names a
 * person, body or scheme a rule names. Pure.
 */
import type { Match, Retrieval } from './retrieval';
import type { Rule } from './rules';
import { tokens } from './text';

/** "I'm the portfolio lead", "As Head of LDU": who is asking, which matching treats as context... */
const SELF_ROLE =
  /\b(?:as|i'm|i am|im)\s+(?:the |a |an |their |our )?(?:new |nps |divisional )?(?=(?:head of (?:ldu|local delivery unit)|link manager|yo[st] manager|yos senior manager|spoc|portfolio lead)\b)/gi;
/** ...unless the question is about the asker's own part ("what's my role", "am I responsible"). */
const OWN_PART =
  /\b(?:my (?:role|job|part|duties|responsibilit\w*)|what (?:do|should|must) i\b|am i\b|do i (?:need|have)\b|i personally|on the hook|responsible for)/i;
/** Keeps the asker's role as a topic when they ask about their own part, by dropping "I'm"/"As" before it. */
export function withAskersRoleWhenAsked(question: string): string {
  return OWN_PART.test(question) ? question.replace(SELF_ROLE, 'the ') : question;
}

/** The stems a disagreement ("going round in circles") and a request for the next step fold to. */
const [DISPUTE, ESCALATE] = tokens('dispute escalate');
/**
 * A disagreement told with "what's the next step?" asks where it goes next: the framework's
 * dispute rule (9.1), whatever the disagreement is about (Saturday court, who pays for a temp).
 */
export function escalationAsked(retrieval: Retrieval): Match | undefined {
  if (!retrieval.queryTerms.includes(DISPUTE) || !retrieval.queryTerms.includes(ESCALATE)) return undefined;
  return retrieval.parts.flatMap((p) => p.matches).find((m) => m.rule.topic === 'dispute');
}

/** Two capitalised words in a row ("Mark Burden", "Contact Service"): how the framework names people, bodies and schemes. */
const PROPER_NAME = /\b[A-Z][a-z]+ (?:de )?[A-Z][a-z]+\b/g;
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

/**
 * Who tells the CRC about a transition case, or when and how its provider is decided: 5.2's own
 * facts (the NPS applies the case allocation system before the transition and informs the CRC).
 * Stories about a transition case match the seconded PO's duties in 5.3 on nearly every word, and
 * the classifier agrees with them, so this cue decides (a product choice measured on studied rounds:
 * +8, none lost).
 */
const ASKS_CRC_ALLOCATION =
  /\b(?:inform|tell|let|notif\w*)\b[^.?]{0,30}\bcrc\b|\bcrc\b[^.?]{0,40}\b(?:told|informed|notified|know)\b|\b(?:at what point|when)\b[^.?]{0,60}\ballocat\w*|\ballocat\w*[^.?]{0,60}\b(?:at what point|when|before|prior)\b|\bcase allocation system\b|\bwhich provider\b|\bnps or (?:the )?crc\b|\bcrc or (?:the )?nps\b/i;
const ABOUT_TRANSITION = /\b(?:transition\w*|transfer\w*|crc|provider|adult services|adult probation)\b/i;
const CRC_INTERFACE = 'crc-interface';
export function crcAllocationAsked(question: string, retrieval: Retrieval): Match | undefined {
  if (!ASKS_CRC_ALLOCATION.test(question) || !ABOUT_TRANSITION.test(question)) return undefined;
  return retrieval.parts.flatMap((p) => p.matches).find((m) => m.rule.id === CRC_INTERFACE);
}
