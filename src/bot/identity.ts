/**
 * Who is talking to the bot. Teams sends the user's Entra object id (aadObjectId) on every
 * activity, and a person in the records with that id is found in the facts cache, with no storage
 * round trip. Anyone else needs a roster call (getConversationMember) for their email. That call
 * is bounded (ROSTER_TIMEOUT_MS) and its outcome remembered per aadObjectId, found, not found and
 * failed alike, so a slow or dead connector costs a person one short wait, not one per message.
 * A person found by email is linked to their aadObjectId in the background, so later turns need
 * no roster call.
 */
import { teamsGetTeamInfo, type TurnContext } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import { log } from '../log';
import { normaliseEmail, type Person } from '../framework/records';
import { todayInLondon, type CivilDate } from '../framework/dates';
import type { Store } from '../store/store';
import { factsOf } from '../services/snapshot-facts';
import type { Unidentified } from '../services/ask';
import { ROSTER_TIMEOUT_MS } from './connector-limits';
import { serviceUrlTrusted } from './service-url';

export interface Identity {
  person: Person | null;
  aadObjectId: string | null;
  displayName: string;
  /** Why `person` is null (absent or null when it is not). */
  unidentified?: Unidentified | null;
}

/** What the roster said: an email (or none on record), or nothing in time. */
type RosterAnswer = { email: string | null } | 'unavailable';

/** The part of the turn's connector client (botframework-connector) used here. */
interface RosterClient {
  conversations: {
    getConversationMember(conversationId: string, memberId: string, options: { abortSignal: AbortSignal }): Promise<{ email?: string; userPrincipalName?: string }>;
  };
}

/** How long each outcome is remembered: a failure briefly, so a recovered connector is asked again soon. */
const REMEMBER_MS = { found: 60 * 60_000, notFound: 10 * 60_000, unavailable: 30_000 };
const rosterAnswers = new LRUCache<string, Promise<RosterAnswer>>({ max: 10_000, ttl: REMEMBER_MS.found });

async function askRoster(context: TurnContext): Promise<RosterAnswer> {
  const { activity } = context;
  const client = context.turnState.get<RosterClient | undefined>(context.adapter.ConnectorClientKey);
  if (!client || !activity.from?.id) return 'unavailable';
  // In a team the roster is the team's; elsewhere, the conversation's.
  const conversationId = teamsGetTeamInfo(activity)?.id ?? activity.conversation?.id;
  try {
    const member = await client.conversations.getConversationMember(conversationId, activity.from.id, { abortSignal: AbortSignal.timeout(ROSTER_TIMEOUT_MS) });
    const email = member.email ?? member.userPrincipalName;
    return { email: email ? normaliseEmail(email) : null };
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) return { email: null };
    log.info({ err: (err as Error).message }, 'roster lookup failed');
    return 'unavailable';
  }
}

/** The roster's answer for this sender, asked at most once per REMEMBER_MS and never twice at once. */
export function emailFromRoster(context: TurnContext): Promise<RosterAnswer> {
  // Only the channel's own endpoint is asked (the turn passed the serviceUrl gate, service-url.ts).
  if (context.activity.channelId !== 'msteams' || !serviceUrlTrusted(context)) return Promise.resolve({ email: null });
  const key = context.activity.from?.aadObjectId?.toLowerCase() ?? `id:${context.activity.from?.id}`;
  const remembered = rosterAnswers.get(key);
  if (remembered) return remembered;
  const answer = askRoster(context);
  // Kept while it is asked, so messages arriving meanwhile wait for the same answer.
  rosterAnswers.set(key, answer, { ttl: ROSTER_TIMEOUT_MS * 2 });
  void answer.then((a) => {
    const ttl = a === 'unavailable' ? REMEMBER_MS.unavailable : a.email ? REMEMBER_MS.found : REMEMBER_MS.notFound;
    if (rosterAnswers.peek(key) === answer) rosterAnswers.set(key, answer, { ttl });
  });
  return answer;
}

/** Links a person found by email to their aadObjectId, off the answer's path. */
function linkInBackground(store: Store, email: string, aadObjectId: string): void {
  void (async () => {
    const stored = await store.people.get(email);
    if (stored && !stored.record.aadObjectId) await store.people.update(stored, { ...stored.record, aadObjectId }, 'bot:identity');
  })().catch((err) => log.warn({ err: (err as Error).message }, 'could not link aadObjectId'));
}

export async function identify(store: Store, context: TurnContext, asOf: CivilDate = todayInLondon()): Promise<Identity> {
  const from = context.activity.from ?? { id: '', name: '' };
  const aadObjectId = from.aadObjectId ? from.aadObjectId.toLowerCase() : null;
  const who = (person: Person | null, unidentified: Unidentified | null): Identity => ({ person, aadObjectId, displayName: person?.name ?? from.name ?? 'there', unidentified });
  // Storage failing is not "unknown": it fails the turn, which says so (or, for a question, the general answer does).
  const facts = await factsOf(store).get(asOf);
  const known = aadObjectId ? facts.personByAadObjectId(aadObjectId) : null;
  if (known) return who(known, null);
  const roster = await emailFromRoster(context);
  if (roster === 'unavailable') return who(null, 'teams-unavailable');
  const person = roster.email ? facts.personByEmail(roster.email) : null;
  if (!person) return who(null, 'not-in-records');
  if (aadObjectId && !person.aadObjectId) linkInBackground(store, person.email, aadObjectId);
  return who(aadObjectId && !person.aadObjectId ? { ...person, aadObjectId } : person, null);
}
