/**
 * The chat answer for one asker: finds who is asking (email or Teams aadObjectId), loads the open
 * snapshot only when the asker is a known person, and lets the framework answer.
 */
import { answerQuestion, type Answer } from '../framework/answer';
import { ruleById } from '../framework/rules';
import { todayInLondon, type CivilDate } from '../framework/dates';
import { personalContext } from '../framework/personal';
import { normaliseEmail, type Person } from '../framework/records';
import type { Store } from '../store/store';
import { configureAnswering } from './english-words';

export interface Asker {
  email?: string;
  aadObjectId?: string;
}

export async function findPerson(store: Store, asker: Asker): Promise<Person | null> {
  if (asker.aadObjectId) {
    const byId = await store.personByAadObjectId(asker.aadObjectId);
    if (byId) return byId;
  }
  if (asker.email) return (await store.people.get(normaliseEmail(asker.email)))?.record ?? null;
  return null;
}

/** `store` may be null when nobody in particular is asking: the rules answer on their own. */
export async function ask(store: Store | null, question: string, asker: Asker = {}, asOf: CivilDate = todayInLondon()): Promise<Answer> {
  configureAnswering();
  const general = answerQuestion(question);
  // Storage is read only when a rule answered has personal facts to add and we know who is asking.
  const personal = general.ruleIds.some((id) => ruleById(id)?.topic);
  if (!store || !personal || !(asker.email || asker.aadObjectId)) return general;
  const person = await findPerson(store, asker);
  if (!person) return general;
  return answerQuestion(question, personalContext(await store.snapshot(asOf), person.email, asOf));
}

/** The SPEC's JSON shape for `yosbot ask --json`. */
export function answerJson(answer: Answer): { answer: string; section: string | null; confidence: number; suggestions: string[] } {
  return { answer: answer.answer, section: answer.section, confidence: answer.confidence, suggestions: answer.suggestions };
}

export function answerText(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.section) lines.push('', `Framework section${answer.sections.length > 1 ? 's' : ''} ${answer.sections.join(' and ')}`);
  // A decline already ends with "Did you mean one of these?": the list follows, not a second question.
  if (answer.suggestions.length) lines.push('', answer.section ? `Related: ${answer.suggestions.join(' | ')}` : answer.suggestions.map((s) => `- ${s}`).join('\n'));
  return lines.join('\n');
}
