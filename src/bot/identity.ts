/**
 * Who is talking to the bot. Teams sends the user's Entra object id (aadObjectId) on every
 * activity; the email needs a roster call (TeamsInfo.getMember). A person first found by email is
 * linked to their aadObjectId, so later turns need no roster call.
 */
import { TeamsInfo, type TurnContext } from 'botbuilder';
import { log } from '../log';
import type { Person } from '../framework/records';
import { normaliseEmail } from '../framework/records';
import type { Store } from '../store/store';

export interface Identity {
  person: Person | null;
  aadObjectId: string | null;
  displayName: string;
}

export async function emailFromRoster(context: TurnContext): Promise<string | null> {
  if (context.activity.channelId !== 'msteams') return null;
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    const email = member.email ?? member.userPrincipalName;
    return email ? normaliseEmail(email) : null;
  } catch (err) {
    log.debug({ err: (err as Error).message }, 'roster lookup failed');
    return null;
  }
}

/** Per store, aadObjectId -> person for a minute: a chat turn should not scan People every time. */
const caches = new WeakMap<Store, Map<string, { person: Person; at: number }>>();
const CACHE_MS = 60_000;

async function personByAad(store: Store, aadObjectId: string): Promise<Person | null> {
  let recent = caches.get(store);
  if (!recent) caches.set(store, (recent = new Map()));
  const hit = recent.get(aadObjectId);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.person;
  const person = await store.personByAadObjectId(aadObjectId);
  if (person) recent.set(aadObjectId, { person, at: Date.now() });
  else recent.delete(aadObjectId);
  if (recent.size > 10_000) recent.clear();
  return person;
}

export async function identify(store: Store, context: TurnContext): Promise<Identity> {
  const from = context.activity.from ?? { id: '', name: '' };
  const aadObjectId = from.aadObjectId ? from.aadObjectId.toLowerCase() : null;
  let person = aadObjectId ? await personByAad(store, aadObjectId) : null;
  if (!person) {
    const email = await emailFromRoster(context);
    const stored = email ? await store.people.get(email) : null;
    if (stored) {
      person = stored.record;
      if (aadObjectId && !stored.record.aadObjectId) {
        const linked = { ...stored.record, aadObjectId };
        await store.people.update(stored, linked, 'bot:identity').catch((err) => log.warn({ err: (err as Error).message }, 'could not link aadObjectId'));
        person = linked;
      }
    }
  }
  return { person, aadObjectId, displayName: person?.name ?? from.name ?? 'there' };
}
