/**
 * Limits for Teams: at most N messages per conversation per second and M per second overall (per
 * app per tenant). Sends are paced evenly (no two closer than window/limit) as well as capped per
 * sliding window, so jitter between our send and the service's count cannot bunch a burst into
 * one of its windows. The check and the record happen in one synchronous step, so concurrent
 * senders in this process never overshoot. The window carries a small safety margin.
 */
export interface RateLimits {
  perConversationPerSecond: number;
  globalPerSecond: number;
}

export const TEAMS_LIMITS: RateLimits = { perConversationPerSecond: 7, globalPerSecond: 50 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class RateLimiter {
  private readonly byConversation = new Map<string, number[]>();
  /** Teams' overall limit is per app per tenant: one window per tenant. */
  private readonly byTenant = new Map<string, number[]>();

  constructor(
    readonly limits: RateLimits = TEAMS_LIMITS,
    private readonly windowMs = 1040,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Milliseconds until both windows have room for `conversationId`; 0 = now (and recorded). */
  private tryTake(conversationId: string, tenantId = ''): number {
    const now = this.clock();
    const since = now - this.windowMs;
    const mine = (this.byConversation.get(conversationId) ?? []).filter((t) => t > since);
    const global = (this.byTenant.get(tenantId) ?? []).filter((t) => t > since);
    this.byTenant.set(tenantId, global);
    const waitMine = mine.length >= this.limits.perConversationPerSecond ? mine[mine.length - this.limits.perConversationPerSecond] - since : 0;
    const waitGlobal = global.length >= this.limits.globalPerSecond ? global[global.length - this.limits.globalPerSecond] - since : 0;
    // Even pacing: the next send no sooner than one slot after the previous one.
    const gapGlobal = global.length ? global[global.length - 1] + this.windowMs / this.limits.globalPerSecond - now : 0;
    const gapMine = mine.length ? mine[mine.length - 1] + this.windowMs / this.limits.perConversationPerSecond - now : 0;
    const wait = Math.max(waitMine, waitGlobal, gapGlobal, gapMine);
    if (wait > 0) {
      this.byConversation.set(conversationId, mine);
      return wait;
    }
    mine.push(now);
    global.push(now);
    this.byConversation.set(conversationId, mine);
    return 0;
  }

  /** Milliseconds until `conversationId` alone has room; 0 = now. Records nothing. */
  conversationWait(conversationId: string): number {
    const now = this.clock();
    const mine = (this.byConversation.get(conversationId) ?? []).filter((t) => t > now - this.windowMs);
    this.byConversation.set(conversationId, mine);
    const full = mine.length >= this.limits.perConversationPerSecond ? mine[mine.length - this.limits.perConversationPerSecond] - (now - this.windowMs) : 0;
    const gap = mine.length ? mine[mine.length - 1] + this.windowMs / this.limits.perConversationPerSecond - now : 0;
    return Math.max(0, full, gap);
  }

  /**
   * For a tenant budget kept elsewhere (shared by instances): waits until the conversation has
   * room, takes a tenant send from `tenantBudget`, and records the send if the conversation still
   * has room at that instant; otherwise the tenant send is spent and it tries again.
   */
  async acquireWith(conversationId: string, tenantBudget: () => Promise<unknown>): Promise<void> {
    for (;;) {
      const wait = this.conversationWait(conversationId);
      if (wait > 0) await sleep(wait + 1);
      await tenantBudget();
      if (this.conversationWait(conversationId) === 0) {
        const mine = this.byConversation.get(conversationId) ?? [];
        mine.push(this.clock());
        this.byConversation.set(conversationId, mine);
        return;
      }
    }
  }

  async acquire(conversationId: string, tenantId = ''): Promise<void> {
    for (;;) {
      const wait = this.tryTake(conversationId, tenantId);
      if (wait === 0) return;
      await sleep(wait + 1);
    }
  }
}
