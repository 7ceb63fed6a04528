/**
 * How to reach a person in Teams, opening the way the first time it is needed:
 *
 * 1. a chat the bot already has with them (they wrote to it, or one of the ways below opened it);
 * 2. a team roster the bot can see: create the 1:1 conversation (POST /v3/conversations);
 * 3. Microsoft Graph, when configured and the person has an Entra object id: install the app for
 *    them and use the chat that opens;
 * 4. otherwise unreachable, with the reason and what to do about it.
 *
 * Every lookup is by key (the person's aadObjectId, or the roster's email index). A chat opened
 * here is saved as a conversation reference, so it is opened once; two instances opening the same
 * chat at once get the same one from Teams (and a 409 from Graph), so racing is harmless.
 */
import type { Person } from '../framework/records';
import { log } from '../log';
import type { ConversationRef, ReachedVia } from '../store/conversation-refs';
import type { ReachNote, RosterEntry } from '../store/roster';
import type { Store } from '../store/store';
import type { GraphInstaller } from './graph-installer';
import type { ConnectorSender, SendTarget } from './sender';

export type Reach =
  /** `opened`: the chat was opened just now (from a roster or by installing). */
  | { ok: true; via: ReachedVia; target: SendTarget; ref: ConversationRef; opened: boolean }
  /** `transient`: Teams or Graph failed for now; the next sweep tries again. */
  | { ok: false; reason: string; action: string; transient: boolean; blocked?: true };

export interface Assessment {
  how: ReachedVia | 'unreachable';
  /** A chat exists; false = it is opened at the first message (or cannot be). */
  ready: boolean;
  reason: string | null;
  action: string | null;
}

export interface ReacherDeps {
  store: Store;
  sender: ConnectorSender;
  graph?: GraphInstaller | null;
  /** The tenant Graph installs into. */
  graphTenantId?: string;
  /** The bot's id in Teams (28:<app id>, or the app id); needed to open a conversation. */
  botId: string;
  /** For chats opened through Graph when no roster gave the tenant's serviceUrl. */
  defaultServiceUrl: string;
  now?: () => Date;
}

/** What to do when nobody can be reached: the advice shown in the reach report and logs. */
export const ADVICE = {
  preinstall: 'ask the Teams admin to pre-install the app for them through a setup policy, or add the bot to a team they are in',
  graph: 'set GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET (README, Azure) so the app is installed for them, or ask the Teams admin to pre-install it through a setup policy',
  aad: 'import their aad_object_id (Entra object id) so the app can be installed for them, or add the bot to a team they are in',
  blocked: 'ask them to open the YOS Secondments app in Teams (they may have blocked or removed it); the bot writes again once they do',
  graphRefused: 'grant the app registration TeamsAppInstallation.ReadWriteSelfForUser.All with admin consent and allow the app in the Teams admin centre, or pre-install it through a setup policy',
};

/** Why nobody can be reached when there is no chat, no roster entry and no Graph route. */
function noWay(aad: string | undefined): { reason: string; action: string } {
  return aad
    ? { reason: 'in no team the bot is in, and installing the app through Graph is not configured', action: ADVICE.graph }
    : { reason: 'in no team the bot is in, and no Entra object id on record', action: ADVICE.aad };
}

export class Reacher {
  /** One resolution per person at a time: two reminders to one person open one chat. */
  private readonly inFlight = new Map<string, Promise<Reach>>();

  constructor(private readonly deps: ReacherDeps) {}

  private get store(): Store {
    return this.deps.store;
  }

  reach(person: Pick<Person, 'email' | 'aadObjectId'>): Promise<Reach> {
    const key = person.email.toLowerCase();
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.resolve(person).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  /** The person's chat if they have one (one read by key); their roster entries only when not. */
  private async find(person: Pick<Person, 'email' | 'aadObjectId'>): Promise<{ email: string; aad?: string; ref: ConversationRef | null; members: RosterEntry[] }> {
    const email = person.email.toLowerCase();
    let aad = person.aadObjectId?.toLowerCase();
    let members: RosterEntry[] | null = null;
    if (!aad) {
      members = await this.store.roster.byEmail(email);
      aad = members[0]?.aadObjectId.toLowerCase();
    }
    const ref = aad ? await this.store.conversationRefs.get(aad) : null;
    if (ref) return { email, aad, ref, members: members ?? [] };
    return { email, aad, ref, members: members ?? (aad ? await this.store.roster.byAadObjectId(aad) : []) };
  }

  private async resolve(person: Pick<Person, 'email' | 'aadObjectId'>): Promise<Reach> {
    const { email, aad, ref, members } = await this.find(person);
    if (ref && !ref.unreachableReason) return this.reached(ref);
    if (ref) return { ok: false, reason: `Teams refused the last message (${ref.unreachableReason})`, action: ADVICE.blocked, transient: false, blocked: true };
    let lastProblem: Reach | null = null;
    if (members.length) {
      const viaRoster = await this.openFromRoster(email, members[0]);
      if (viaRoster.ok || viaRoster.transient) return viaRoster;
      lastProblem = viaRoster;
    }
    if (aad && this.deps.graph) return this.openThroughGraph(email, aad);
    return lastProblem ?? { ok: false, ...noWay(aad), transient: false };
  }

  /**
   * How a person would be reached, without opening anything (dry runs and the reach report).
   * `ready` is false when the chat would be opened at the first message. `notes` are the
   * recorded failures (roster.unreachableNotes()), read once for a whole report.
   */
  async assess(person: Pick<Person, 'email' | 'aadObjectId'>, notes?: Map<string, ReachNote>): Promise<Assessment> {
    const { email, aad, ref, members } = await this.find(person);
    if (ref && !ref.unreachableReason) return { how: ref.via ?? 'chat', ready: true, reason: null, action: null };
    if (ref) return { how: 'unreachable', ready: false, reason: `Teams refused the last message (${ref.unreachableReason})`, action: ADVICE.blocked };
    const note = notes ? notes.get(email) ?? null : await this.store.roster.unreachableNote(email);
    if (members.length && !note) return { how: 'roster', ready: false, reason: null, action: null };
    if (aad && this.deps.graph && !note?.reason.includes('through Graph')) return { how: 'installed', ready: false, reason: null, action: null };
    if (note) return { how: 'unreachable', ready: false, reason: note.reason, action: note.action };
    return { how: 'unreachable', ready: false, ...noWay(aad) };
  }

  private reached(ref: ConversationRef, opened = false): Reach {
    return { ok: true, via: ref.via ?? 'chat', ref, opened, target: { serviceUrl: ref.serviceUrl, conversationId: ref.conversationId, tenantId: ref.tenantId } };
  }

  private async openFromRoster(email: string, member: RosterEntry): Promise<Reach> {
    const created = await this.deps.sender.createConversation(member.serviceUrl, member.tenantId, this.deps.botId, member.teamsUserId);
    if (!created.ok) {
      const reason = `Teams would not open a chat from the team roster (${created.reason})`;
      if (!created.unreachable) return { ok: false, reason, action: 'nothing: the next sweep tries again', transient: true };
      await this.store.roster.noteUnreachable(email, reason, ADVICE.preinstall, this.now());
      return { ok: false, reason, action: ADVICE.preinstall, transient: false };
    }
    return this.opened(email, {
      aadObjectId: member.aadObjectId, userId: member.teamsUserId, name: member.name, conversationId: created.activityId,
      serviceUrl: member.serviceUrl, tenantId: member.tenantId, via: 'roster',
    });
  }

  private async openThroughGraph(email: string, aad: string): Promise<Reach> {
    const installed = await (this.deps.graph as GraphInstaller).installFor(aad);
    if (!installed.ok) {
      const permanent = installed.status === 403 || installed.status === 404;
      const reason = `installing the app through Graph failed (${installed.reason})`;
      if (!permanent) return { ok: false, reason, action: 'nothing: the next sweep tries again', transient: true };
      const action = installed.status === 403 ? ADVICE.graphRefused : ADVICE.preinstall;
      await this.store.roster.noteUnreachable(email, reason, action, this.now());
      return { ok: false, reason, action, transient: false };
    }
    const tenantId = this.deps.graphTenantId ?? '';
    const serviceUrl = (await this.store.roster.serviceUrlFor(tenantId)) ?? this.deps.defaultServiceUrl;
    // The Teams user id arrives with the installationUpdate Teams sends; until then it is unknown.
    return this.opened(email, { aadObjectId: aad, userId: '', name: '', conversationId: installed.chatId, serviceUrl, tenantId, via: 'installed' });
  }

  private async opened(email: string, fields: Pick<ConversationRef, 'aadObjectId' | 'userId' | 'name' | 'conversationId' | 'serviceUrl' | 'tenantId' | 'via'>): Promise<Reach> {
    const ref: ConversationRef = {
      ...fields, email, channelId: 'msteams', botId: this.deps.botId, updatedAt: this.now().toISOString(), unreachableReason: null,
    };
    await this.store.conversationRefs.save(ref);
    await this.store.roster.clearUnreachable(email);
    log.info({ aadObjectId: ref.aadObjectId, via: ref.via }, 'opened a chat to reach someone');
    return this.reached(ref, true);
  }

  private now(): Date {
    return (this.deps.now ?? (() => new Date()))();
  }
}
