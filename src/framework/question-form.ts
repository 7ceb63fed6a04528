/**
 * The kind of answer a message asks for, judged on its last question: a yes/no check (by its
 * opening, a tag as people type it, or a statement with a "?" that makes a claim), "who", "when",
 * or anything else. Pure.
 */
import { sentencesOf, tokens } from './text';

export type QuestionForm = 'yes-no' | 'who' | 'when' | 'other';

const YES_NO_OPENING =
  /^\s*(?:so\s+|and\s+|but\s+|ok\s+|also\s+)?(?:is|are|am|can|could|do|does|did|should|must|will|would|may|might|has|have|shall|isn't|aren't|doesn't|don't|can't|need)\b/i;
const CHECKING =
  /\b(?:is that (?:right|correct|true|so)|have i got that right|am i right|right|correct|true|yes|yeah|yep|no|ok|isn't (?:it|that|there)|aren't (?:they|we|there)|don't (?:they|we|i)|doesn't (?:it|she|he)|can't (?:they|we|i|she|he)|haven't (?:they|we|i)|yes or no)\s*[?!.]*\s*$/i;
/**
 * A tag that turns a statement into a check, typed as phones and busy people type it: "isnt it",
 * "arent they", "wasnt it" (no apostrophe, no "?"), or "... more than once a year does it?" (no
 * comma before the tag, so the opening of a clause does not show it).
 */
export const TAG =
  /\b(?:(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have)n'?t|cant|wont|(?:is|are|was|does|do|did|can|will|should|has|have)(?=\s+\w+\s*\?))\s+(?:it|that|there|they|we|i|you|she|he)\s*[?!.]*\s*$/i;
/** A check by its tag: a negative one anywhere ("isnt it"), a plain one ("does it?") only where nothing asks who, what or which ("Which PI is it?"). */
function tagged(sentence: string): boolean {
  const tag = TAG.exec(sentence);
  return !!tag && (/n'?t\b|cant|wont/i.test(tag[0]) || !/\b(?:who|what|when|where|which|how|why|whose)\b/i.test(sentence));
}
/** A "wh" word, as typed too ("whats", "whos"): what a statement with a "?" or a fragment must not ask. */
const ASKS_WH = /\b(?:who|whos|what|whats|when|whens|where|wheres|which|how|hows|why|whose|whom)\b/i;
/**
 * A statement with a question mark ("lammy review in the framework list is the 2019 one?"): a
 * check, when it asks nothing with who/what/which and makes a claim (a verb, four words or more of
 * its own), not a topic typed with a "?" ("PI for supervising young offenders?").
 */
function statedAsQuestion(sentence: string): boolean {
  return (
    /\?\s*$/.test(sentence) &&
    !ASKS_WH.test(sentence) &&
    // ...nor opens with one typed fast ("Whcih", "Wheer", "wat").
    !/^\W*(?:(?:hi|so|and|ok),?\s+)?(?:wh\w*|wat|wot|hw)\b/i.test(sentence) &&
    // "X or Y?" asks which, not whether ("sick pay - nps rules or council rules?").
    !/\bor\b/i.test(sentence) &&
    // "Can you give me the phone number ...?" asks to be told.
    !REQUEST.test(sentence) &&
    // "as portfolio lead is the tracker something I look at ...?": the role is the asker's, and the
    // claim's doer is not read from it.
    !/^\s*as\b/i.test(sentence) &&
    CLAIMS.test(sentence) &&
    tokens(sentence).length >= 4
  );
}
/**
 * A verb that makes a claim of a statement ("... is the 2019 one?", "... covers PSOs too?"), after
 * a subject of two words or more ("Wheer is the nearest station?" is a "where" typed fast).
 */
const CLAIMS =
  /^\W*(?:\S+\s+){2,}?(?:is|are|was|were|has|have|had|does|do|did|can|could|must|should|will|would|may|needs|covers|comes|goes|pays|gets|apply|applies)\b/i;
/** "Can you tell me where I stand?" asks to be told, not yes or no (unless it asks "if" or "whether"). */
const REQUEST =
  /^\s*(?:so\s+|and\s+|but\s+)?(?:can|could|would|will) you (?:please )?(?:tell|explain|let me know|give|list|outline|summari[sz]e|set out|describe|walk me through|remind)\b(?![^?]*\b(?:if|whether)\b)/i;
export const WHO = /\bwho(?:'s|se|m)?\b|\bwhich (?:role|person|manager|body|organisation)\b/i;
const CHECKS_WHO = /^\s*(?:so\s+|and\s+)?(?:is|was)\s+it\b|\bthe (?:one|person|people|ones) who\b/i;
const WHEN = /\bwhen\b|\bhow (?:long(?!-term)|often|soon|quickly|many (?:days|weeks|months|years))\b|\bby what date\b|\bdeadline\b/i;
/** "Does the framework say that when ...": a "when" that starts what is checked, not a question of when. */
const WHEN_CLAUSE = /\b(?:that|says?) when\b/gi;

function lastQuestion(question: string): string {
  const asks = sentencesOf(question);
  const i = asks.map((s) => s.includes('?')).lastIndexOf(true);
  const last = asks[i < 0 ? asks.length - 1 : i] ?? '';
  // "The YJB doesn't cover Wales, does it? Just England?": a fragment asks with the question before it (not "Why?").
  const fragment = tokens(last).length < 3 && !ASKS_WH.test(last);
  return i > 0 && asks[i - 1].includes('?') && fragment ? `${asks[i - 1]} ${last}` : last;
}

/**
 * "It's the SPOC who ..., right?", "Is it the YOT manager who ...?": a "who" question that also
 * puts a name to check, so it gets a verdict on that name as well as the sentence naming who.
 */
export function checksWho(question: string): boolean {
  const last = lastQuestion(question);
  // "Who do I give the evidence to so the recharge is right?": "right" is said of the recharge, not asked of a name.
  const checking = CHECKING.test(last) && !/\b(?:is|are|be|was|were)\s+(?:right|correct|true)\s*[?!.]*\s*$/i.test(last);
  return checking || tagged(last) || CHECKS_WHO.test(last);
}

/** The kind of answer a message asks for, judged on its last question (each of its clauses). */
export function questionForm(question: string): QuestionForm {
  const last = lastQuestion(question);
  if (WHO.test(last)) return 'who';
  // "Does the framework say that when ...?" checks what happens then; it does not ask when.
  if (WHEN.test(last.replace(WHEN_CLAUSE, ''))) return 'when';
  const parts = last.split(/\s*(?:,|\s-\s|\u2013|\u2014)\s*/);
  if (parts.some((p) => YES_NO_OPENING.test(p) && !REQUEST.test(p)) || CHECKING.test(last) || tagged(last) || statedAsQuestion(last))
    return 'yes-no';
  return 'other';
}
