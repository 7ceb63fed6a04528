/**
 * Sends proactive messages to the Bot Connector over HTTP, within Teams' limits. Retries 429,
 * 412, 502, 503, 504 and network failures with exponential backoff and full jitter, honouring
 * Retry-After; stops after a bounded number of attempts. 403 and 404 (bot blocked, uninstalled or
 * removed) mean the person is unreachable: no retry. Knows nothing of the Teams SDK: the token
 * provider comes from src/bot/connector-token.ts through the app wiring.
 */
import { RateLimiter, type RateLimits } from './rate-limiter';
import type { TenantBudget } from './rate-budget';

export interface SendTarget {
  serviceUrl: string;
  conversationId: string;
  /** The overall rate limit applies per tenant. */
  tenantId?: string;
}

export type SendResult =
  | { ok: true; activityId: string; attempts: number }
  | { ok: false; unreachable: boolean; status: number; reason: string; attempts: number };

export interface SenderOptions {
  limits?: RateLimits;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest Retry-After we are willing to wait inside one sweep. */
  maxRetryAfterMs?: number;
  /** Deadline for one HTTP request to the connector (a silent connector is given up on). */
  timeoutMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Bearer tokens for the Bot Connector, injected by the app wiring (none: anonymous, for local runs). */
  tokenProvider?: () => Promise<string | null>;
  /** The tenant-wide budget shared with other instances; without it the limit is per process. */
  budget?: TenantBudget;
  /** Connector endpoints messages may go to (src/service-urls.ts); others are never called. */
  allowServiceUrl?: (serviceUrl: string) => boolean;
}

const RETRYABLE = new Set([412, 429, 502, 503, 504]);
const UNREACHABLE = new Set([403, 404]);

/** Retry-After as seconds or an HTTP date, in milliseconds; null if absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Exponential backoff with full jitter: a random delay up to base * 2^(attempt-1), capped. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  return Math.round(random() * Math.min(maxMs, baseMs * 2 ** (attempt - 1)));
}

export class ConnectorSender {
  readonly limiter: RateLimiter;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly timeoutMs: number;
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly tokenProvider: () => Promise<string | null>;
  private readonly budget: TenantBudget | undefined;
  private readonly allowServiceUrl: (serviceUrl: string) => boolean;
  /** Counters for benchmarks and logs. */
  readonly stats = { requests: 0, retries: 0, throttled: 0 };

  constructor(options: SenderOptions = {}) {
    this.limiter = new RateLimiter(options.limits);
    this.maxAttempts = options.maxAttempts ?? 5;
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.tokenProvider = options.tokenProvider ?? (async () => null);
    this.allowServiceUrl = options.allowServiceUrl ?? (() => true);
    this.budget = options.budget;
  }

  /** Waits for room under Teams' limits: per conversation here, per tenant here or shared. */
  private async take(target: SendTarget): Promise<void> {
    const budget = this.budget;
    if (!budget) return this.limiter.acquire(target.conversationId, target.tenantId);
    await this.limiter.acquireWith(target.conversationId, () => budget.acquire(target.tenantId ?? ''));
  }

  private url(target: SendTarget, activityId?: string): string {
    const base = target.serviceUrl.endsWith('/') ? target.serviceUrl : `${target.serviceUrl}/`;
    const path = `v3/conversations/${encodeURIComponent(target.conversationId)}/activities${activityId ? `/${encodeURIComponent(activityId)}` : ''}`;
    return new URL(path, base).toString();
  }

  send(target: SendTarget, activity: object): Promise<SendResult> {
    return this.request('POST', target, this.url(target), { type: 'message', ...activity });
  }

  /** Replaces a message the bot sent earlier (cards updated in place). */
  update(target: SendTarget, activityId: string, activity: object): Promise<SendResult> {
    return this.request('PUT', target, this.url(target, activityId), { type: 'message', ...activity, id: activityId }, activityId);
  }

  /**
   * Opens (or finds: Teams answers with the same one) the bot's 1:1 conversation with a user it
   * may reach through a team roster. The result's activityId is the conversation id.
   */
  createConversation(serviceUrl: string, tenantId: string, botId: string, userId: string): Promise<SendResult> {
    const base = serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`;
    const params = { bot: { id: botId }, members: [{ id: userId }], isGroup: false, tenantId, channelData: { tenant: { id: tenantId } } };
    // Counted against the tenant's budget like a send; keyed by user, as the conversation has no id yet.
    return this.request('POST', { serviceUrl, conversationId: `create:${userId}`, tenantId }, new URL('v3/conversations', base).toString(), params);
  }

  private async request(method: 'POST' | 'PUT', target: SendTarget, url: string, body: object, activityId?: string): Promise<SendResult> {
    // A reference saved before the allow-list existed could name any server: never call it.
    if (!this.allowServiceUrl(target.serviceUrl)) return { ok: false, unreachable: true, status: 0, reason: 'serviceUrl not allowed', attempts: 0 };
    let last: { status: number; reason: string } = { status: 0, reason: 'not sent' };
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      await this.take(target);
      this.stats.requests++;
      let status = 0;
      let retryAfter: number | null = null;
      try {
        const token = await this.tokenProvider();
        const response = await fetch(url, {
          method,
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        status = response.status;
        const text = await response.text();
        if (status >= 200 && status < 300) {
          const id = (text ? (JSON.parse(text) as { id?: string }).id : undefined) ?? activityId ?? '';
          return { ok: true, activityId: id, attempts: attempt };
        }
        retryAfter = retryAfterMs(response.headers.get('retry-after'));
        last = { status, reason: `HTTP ${status}` };
      } catch (err) {
        last = { status: 0, reason: `network: ${(err as Error).message}` };
      }
      if (UNREACHABLE.has(status)) return { ok: false, unreachable: true, ...last, attempts: attempt };
      if (status !== 0 && !RETRYABLE.has(status)) return { ok: false, unreachable: false, ...last, attempts: attempt };
      if (attempt === this.maxAttempts) break;
      if (status === 429) this.stats.throttled++;
      this.stats.retries++;
      // The service's Retry-After wins over our own backoff when it asks for longer.
      const backoff = backoffMs(attempt, this.baseDelayMs, this.maxDelayMs, this.random);
      const wait = retryAfter !== null ? Math.max(Math.min(retryAfter, this.maxRetryAfterMs), backoff) : backoff;
      await this.sleep(wait);
    }
    return { ok: false, unreachable: false, ...last, attempts: this.maxAttempts };
  }
}
