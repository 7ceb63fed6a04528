/**
 * A local stand-in for the Bot Connector service (what Teams itself would be), on loopback.
 * Records every activity the bot sends or updates, answers roster calls, enforces Teams' rate
 * limits (per conversation and global) by answering 429 with Retry-After, and can be told to
 * fail requests (429/412/502/504/403/404) to test retries and unreachable recipients.
 */
import http from 'node:http';
import { LoopbackServer } from './loopback-server';

export interface SentActivity {
  conversationId: string;
  activityId: string;
  activity: Record<string, any>;
  at: number;
}

export interface MockConnectorOptions {
  /** Messages per conversation per second before 429 (Teams: 7). */
  perConversationPerSecond?: number;
  /** Messages per second across all conversations before 429 (Teams: 50 per app per tenant). */
  globalPerSecond?: number;
  /** Retry-After seconds sent with rate-limit 429s. */
  retryAfterSeconds?: number;
  /**
   * Refuse (403) to create a 1:1 conversation with anyone in no roster the mock holds, as Teams
   * does for a user the app is not installed for and who shares no team with the bot.
   */
  createNeedsRoster?: boolean;
  /** Largest roster page served, whatever the bot asks for (to exercise continuation tokens). */
  rosterPageSize?: number;
}

/** A POST /v3/conversations the bot made. */
export interface CreatedConversation {
  id: string;
  params: Record<string, any>;
  at: number;
}

export interface Member {
  id: string;
  name: string;
  aadObjectId: string;
  email: string;
}

type Fault = { status: number; retryAfter?: number };

export class MockConnector {
  readonly sent: SentActivity[] = [];
  readonly updated: SentActivity[] = [];
  readonly members = new Map<string, Member>();
  /** Conversations the bot has been removed from (403 on send). */
  readonly blocked = new Set<string>();
  throttled = 0;
  requests = 0;
  /** Arrival time of every send (POST to activities), throttled or not: what Teams would count. */
  readonly arrivals: number[] = [];
  readonly created: CreatedConversation[] = [];
  /** Requests for roster pages (GET .../pagedmembers). */
  pagedMemberCalls = 0;
  /** Faults to answer the next sends with, in order. */
  private faults: Fault[] = [];
  /** While true every request gets 503-like "down" (connection reset). */
  down = false;
  /** While true every request is accepted and never answered (a connector that hangs). */
  silent = false;
  private readonly listener = new LoopbackServer((req, res) => this.handle(req, res));
  private windowByConversation = new Map<string, number[]>();
  private globalWindow: number[] = [];
  private nextId = 1;
  url = '';

  constructor(private readonly options: MockConnectorOptions = {}) {}

  failNext(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  addMember(conversationId: string, member: Member): void {
    this.members.set(`${conversationId}|${member.id}`, member);
  }

  async start(): Promise<string> {
    this.url = `${await this.listener.start()}/`;
    return this.url;
  }

  async stop(): Promise<void> {
    await this.listener.stop();
  }

  activitiesTo(conversationId: string): Record<string, any>[] {
    return this.sent.filter((s) => s.conversationId === conversationId).map((s) => s.activity);
  }

  /** True when the limit would be exceeded; records the send otherwise. */
  private overLimit(conversationId: string, now: number): boolean {
    const perConversation = this.options.perConversationPerSecond ?? 7;
    const global = this.options.globalPerSecond ?? 50;
    const recent = (this.windowByConversation.get(conversationId) ?? []).filter((t) => now - t < 1000);
    this.globalWindow = this.globalWindow.filter((t) => now - t < 1000);
    if (recent.length >= perConversation || this.globalWindow.length >= global) {
      this.windowByConversation.set(conversationId, recent);
      return true;
    }
    recent.push(now);
    this.globalWindow.push(now);
    this.windowByConversation.set(conversationId, recent);
    return false;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.requests++;
    if (this.down) {
      req.socket.destroy();
      return;
    }
    if (this.silent) return; // held until the client gives up or the connector stops
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(payload === undefined ? '' : JSON.stringify(payload));
      };
      const url = new URL(req.url ?? '/', 'http://x');
      const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      // POST /v3/conversations : create (or reuse) a 1:1 conversation for a proactive message.
      if (req.method === 'POST' && parts.length === 2 && parts[0] === 'v3' && parts[1] === 'conversations') {
        const params = JSON.parse(body || '{}');
        const memberId = params.members?.[0]?.id ?? 'unknown';
        const problem = this.createProblem(params);
        if (problem) {
          reply(problem.status, { error: { code: problem.code, message: problem.message } });
          return;
        }
        const id = `a:personal-${memberId}`;
        this.created.push({ id, params, at: Date.now() });
        reply(201, { id });
        return;
      }
      // GET /v3/conversations/{id}/pagedmembers?pageSize&continuationToken : roster pages.
      if (req.method === 'GET' && parts[0] === 'v3' && parts[3] === 'pagedmembers') {
        this.pagedMemberCalls++;
        reply(200, this.page(parts[2], url.searchParams));
        return;
      }
      // GET /v3/conversations/{id}/members/{memberId} : roster lookup (TeamsInfo.getMember).
      if (req.method === 'GET' && parts[0] === 'v3' && parts[3] === 'members' && parts[4]) {
        const member = this.members.get(`${parts[2]}|${parts[4]}`);
        if (member) reply(200, { id: member.id, name: member.name, aadObjectId: member.aadObjectId, email: member.email, userPrincipalName: member.email });
        else reply(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
        return;
      }
      // POST /v3/conversations/{id}/activities[/{replyTo}] : send; PUT .../activities/{id} : update.
      if (parts[0] === 'v3' && parts[1] === 'conversations' && parts[3] === 'activities') {
        const conversationId = parts[2];
        const activity = JSON.parse(body || '{}');
        const fault = this.faults.shift();
        if (fault) {
          reply(fault.status, { error: { code: 'Injected', message: `injected ${fault.status}` } }, fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {});
          return;
        }
        if (this.blocked.has(conversationId)) {
          reply(403, { error: { code: 'BotDisabledByAdmin', message: 'The bot is not part of the conversation roster.' } });
          return;
        }
        const now = Date.now();
        if (req.method === 'POST') this.arrivals.push(now);
        if (req.method === 'POST' && this.overLimit(conversationId, now)) {
          this.throttled++;
          reply(429, { error: { code: 'TooManyRequests', message: 'throttled' } }, { 'retry-after': String(this.options.retryAfterSeconds ?? 1) });
          return;
        }
        if (req.method === 'PUT') {
          this.updated.push({ conversationId, activityId: parts[4], activity, at: now });
          reply(200, { id: parts[4] });
          return;
        }
        const activityId = `m${this.nextId++}`;
        this.sent.push({ conversationId, activityId, activity, at: now });
        reply(201, { id: activityId });
        return;
      }
      reply(404, { error: { code: 'NotFound', message: req.url } });
    });
  }

  /** Members of a conversation or team in the shape Teams returns them. */
  private roster(conversationId: string): Record<string, string>[] {
    const prefix = `${conversationId}|`;
    return [...this.members.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .map(([, m]) => ({ id: m.id, name: m.name, aadObjectId: m.aadObjectId, email: m.email, userPrincipalName: m.email, tenantId: 'tenant-1', userRole: 'user' }));
  }

  /** One page of a roster; the continuation token is the offset of the next page. */
  private page(conversationId: string, query: URLSearchParams): Record<string, unknown> {
    const all = this.roster(conversationId);
    const size = Math.min(this.options.rosterPageSize ?? 500, Math.max(1, Number(query.get('pageSize') ?? 0) || 200));
    const from = Number(query.get('continuationToken') ?? 0) || 0;
    const members = all.slice(from, from + size);
    return from + size < all.length ? { continuationToken: String(from + size), members } : { members };
  }

  /** Why Teams would refuse to create this 1:1 conversation, or null. */
  private createProblem(params: Record<string, any>): { status: number; code: string; message: string } | null {
    const member = params.members?.[0];
    if (params.isGroup !== false || params.members?.length !== 1 || !member?.id) {
      return { status: 400, code: 'BadArgument', message: 'a 1:1 conversation needs isGroup false and exactly one member' };
    }
    if (!params.tenantId || params.channelData?.tenant?.id !== params.tenantId) {
      return { status: 400, code: 'BadArgument', message: 'tenantId and channelData.tenant.id are required' };
    }
    const known = [...this.members.values()].some((m) => m.id === member.id);
    if (this.options.createNeedsRoster && !known) {
      return { status: 403, code: 'Forbidden', message: 'The bot is not installed for this user.' };
    }
    return null;
  }
}
