/**
 * The chat answer for one asker: the framework's general answer at once, with the asker's own
 * people and dates added when the rule has any and we know who is asking. Those come from the
 * facts cache (snapshot-facts.ts), so an answer reads no storage while the records are unchanged.
 * When the personal part has to be left out, a short note says why.
 */
import { LRUCache } from 'lru-cache';
import { answerQuestion, withPersonal, type Answer } from '../framework/answer';
import { ruleById } from '../framework/rules';
import { todayInLondon, type CivilDate } from '../framework/dates';
import { normaliseEmail, type Person } from '../framework/records';
import { log } from '../log';
import type { Store } from '../store/store';
import { configureAnswering } from './english-words';
import { factsOf, type SnapshotFacts } from './snapshot-facts';
import { deepFreeze } from '../framework/freeze';

/** Why the asker is not known: not in the records, or Teams or storage could not say in time. */
export type Unidentified = 'not-in-records' | 'teams-unavailable' | 'records-unavailable';

export interface Asker {
  email?: string;
  aadObjectId?: string;
  /** Set when whoever asked already knows the asker cannot be identified. */
  unidentified?: Unidentified;
}

/** The asker's record, read from storage (the CLI checks `--as` with it). */
export async function findPerson(store: Store, asker: Asker): Promise<Person | null> {
  if (asker.aadObjectId) {
    const byId = await store.personByAadObjectId(asker.aadObjectId);
    if (byId) return byId;
  }
  if (asker.email) return (await store.people.get(normaliseEmail(asker.email)))?.record ?? null;
  return null;
}

export interface AskedAnswer extends Answer {
  /** Why the personal part is missing from an answer that would have one; null otherwise. */
  note: string | null;
}

const GENERAL_ONLY = 'so this is the general answer, without your own people and dates.';
export const UNIDENTIFIED_NOTES: Record<Unidentified, string> = {
  'not-in-records': `You are not in the framework records, ${GENERAL_ONLY} Your divisional SPOC can add you.`,
  'teams-unavailable': `Teams did not tell me who you are in time, ${GENERAL_ONLY} Ask again in a minute for those.`,
  'records-unavailable': `I could not read the framework records just now, ${GENERAL_ONLY} Ask again in a minute for those.`,
};

/**
 * Answers are pure: the same question gets the same general answer, and the same asker the same
 * personal answer while the records are unchanged (one facts object). The general answer is worked
 * out once per question, whoever asks, and the asker's own lines added to it. Repeats, from buttons
 * above all, are answered from these; answers are shared, so frozen.
 */
const ANSWERS_KEPT = 500;
const generalAnswers = new LRUCache<string, Answer>({ max: ANSWERS_KEPT });
const askedGenerally = new LRUCache<string, AskedAnswer>({ max: ANSWERS_KEPT });
const personalAnswers = new WeakMap<SnapshotFacts, LRUCache<string, AskedAnswer>>();
/** answerQuestion reads no further than this either, so longer texts share a key. */
const questionKey = (question: string) => question.trim().slice(0, 500);

/** The question's general answer, worked out once whoever asks (the asker's own lines are added to it). */
function generalAnswer(question: string): Answer {
  const key = questionKey(question);
  let answer = generalAnswers.get(key);
  if (!answer) generalAnswers.set(key, (answer = deepFreeze(answerQuestion(question))));
  return answer;
}

/** The general answer, with a note when the rule would have had personal facts for this asker. */
function generalOnly(question: string, why: Unidentified | null): AskedAnswer {
  const key = `${why ?? ''}\n${questionKey(question)}`;
  let answer = askedGenerally.get(key);
  if (!answer) {
    const general = generalAnswer(question);
    const hasPersonalFacts = general.ruleIds.some((id) => ruleById(id)?.topic);
    askedGenerally.set(key, (answer = deepFreeze({ ...general, note: hasPersonalFacts && why ? UNIDENTIFIED_NOTES[why] : null })));
  }
  return answer;
}

function personalAnswer(facts: SnapshotFacts, email: string, question: string): AskedAnswer | null {
  let kept = personalAnswers.get(facts);
  if (!kept) personalAnswers.set(facts, (kept = new LRUCache({ max: ANSWERS_KEPT })));
  const key = `${email}\n${questionKey(question)}`;
  let answer = kept.get(key);
  if (!answer) {
    const ctx = facts.context(email);
    if (!ctx) return null;
    kept.set(key, (answer = deepFreeze({ ...withPersonal(generalAnswer(question), ctx), note: null })));
  }
  return answer;
}

/**
 * `store` may be null when nobody in particular is asking: the rules answer on their own. For a
 * known asker the question is answered once, with their context (the facts cache holds it; the
 * bot has already loaded it to identify them), whatever the rule: only rules with personal facts
 * use it.
 */
export async function ask(
  store: Store | null,
  question: string,
  asker: Asker = {},
  asOf: CivilDate = todayInLondon(),
): Promise<AskedAnswer> {
  configureAnswering();
  if (asker.unidentified) return generalOnly(question, asker.unidentified);
  if (!store || !(asker.email || asker.aadObjectId)) return generalOnly(question, null);
  let facts;
  try {
    facts = await factsOf(store).get(asOf);
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'records unavailable; general answer only');
    return generalOnly(question, 'records-unavailable');
  }
  const person =
    (asker.aadObjectId ? facts.personByAadObjectId(asker.aadObjectId) : null) ??
    (asker.email ? facts.personByEmail(normaliseEmail(asker.email)) : null);
  return (person && personalAnswer(facts, person.email, question)) ?? generalOnly(question, 'not-in-records');
}

/**
 * Reads the word list and builds the answer index now, so the first question a person asks does
 * not pay for it (about 0.6-0.9 s on a small machine). Called once as the app starts.
 */
export function prepareAnswering(): void {
  configureAnswering();
  answerQuestion('who handles a dispute?');
}

/** The SPEC's JSON shape for `yosbot ask --json`. */
export function answerJson(answer: Answer): { answer: string; section: string | null; confidence: number; suggestions: string[] } {
  return { answer: answer.answer, section: answer.section, confidence: answer.confidence, suggestions: answer.suggestions };
}

export function answerText(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.section) lines.push('', `Framework section${answer.sections.length > 1 ? 's' : ''} ${answer.sections.join(' and ')}`);
  // A decline already ends with "Did you mean one of these?": the list follows, not a second question.
  if (answer.suggestions.length)
    lines.push('', answer.section ? `Related: ${answer.suggestions.join(' | ')}` : answer.suggestions.map((s) => `- ${s}`).join('\n'));
  return lines.join('\n');
}
