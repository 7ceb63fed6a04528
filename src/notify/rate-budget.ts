/**
 * One send budget per tenant across every instance. Teams counts 50 requests per second per app
 * per tenant however many instances send, so the budget lives in Table Storage (store/rate-slots):
 * each second has `perSlot` positions, position i of second s may be used at s*1000 + i*spacing
 * ms and not otherwise. Instances claim runs of positions; whoever holds a position, the sends of
 * all instances together fall on distinct, evenly spaced instants, so no sliding one-second
 * window holds more than `perSlot` of them. A position this instance could not use on time
 * (storage slow, event loop busy) is dropped, never used late, so lateness cannot bunch sends.
 *
 * The default is 45 positions a second (a 10% margin under 50, our product choice), 22.2 ms
 * apart. A position may be used up to 20 ms late and is dropped after that, so a sliding second
 * holds at most 46 of our sends; the rest of the margin absorbs what no sender controls: network
 * jitter and pauses between our send and Teams' count (measured in `npm run bench`, bench 5).
 */
import type { SlotGrant } from '../store/rate-slots';

export interface TenantBudget {
  /** Resolves at the instant this process may send one request for `tenantId`, with that instant (epoch ms). */
  acquire(tenantId: string): Promise<number>;
}

export interface SlotClaimer {
  readonly perSlot: number;
  claim(tenantId: string, second: number, from: number, want: number): Promise<SlotGrant | null>;
}

export interface SharedBudgetOptions {
  /** How late (ms) a position may still be used. */
  toleranceMs?: number;
  /** Most positions claimed in one storage round trip. */
  maxBatch?: number;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Positions per second for a Teams limit, keeping the margin described above. */
export function positionsPerSecond(limitPerSecond: number, windowMs = 1100): number {
  return Math.max(1, Math.floor((limitPerSecond * 1000) / windowMs));
}

interface TenantQueue {
  /** Send instants (epoch ms) this instance holds, earliest first. */
  instants: number[];
  waiting: number;
  refill: Promise<void> | null;
}

export class SharedRateBudget implements TenantBudget {
  private readonly queues = new Map<string, TenantQueue>();
  private readonly spacing: number;
  private readonly toleranceMs: number;
  private readonly maxBatch: number;
  private readonly clock: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Round trip of a claim, smoothed: positions closer than this are not worth claiming. */
  private leadMs = 25;
  readonly stats = { claims: 0, granted: 0, dropped: 0 };

  constructor(
    private readonly slots: SlotClaimer,
    options: SharedBudgetOptions = {},
  ) {
    this.spacing = 1000 / slots.perSlot;
    this.toleranceMs = options.toleranceMs ?? 20;
    this.maxBatch = options.maxBatch ?? 8;
    this.clock = options.clock ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  private queue(tenantId: string): TenantQueue {
    let q = this.queues.get(tenantId);
    if (!q) this.queues.set(tenantId, (q = { instants: [], waiting: 0, refill: null }));
    return q;
  }

  async acquire(tenantId: string): Promise<number> {
    const q = this.queue(tenantId);
    q.waiting++;
    try {
      for (;;) {
        const instant = q.instants.shift();
        if (instant === undefined) {
          q.refill ??= this.refill(tenantId, q).finally(() => (q.refill = null));
          await q.refill;
          continue;
        }
        const wait = instant - this.clock();
        if (wait > 0) await this.sleep(wait);
        if (this.clock() - instant <= this.toleranceMs) return instant;
        this.stats.dropped++;
        this.leadMs = Math.min(500, this.leadMs + this.spacing); // claim further ahead while running late
      }
    } finally {
      q.waiting--;
    }
  }

  /** Claims positions for as many sends as are waiting, from the first one still reachable. */
  private async refill(tenantId: string, q: TenantQueue): Promise<void> {
    const want = Math.max(1, Math.min(this.maxBatch, q.waiting));
    let earliest = this.clock() + this.leadMs;
    for (let tries = 0; tries < 120; tries++) {
      const second = Math.floor(earliest / 1000);
      const from = Math.max(0, Math.ceil((earliest - second * 1000) / this.spacing));
      const started = this.clock();
      const grant = from < this.slots.perSlot ? await this.slots.claim(tenantId, second, from, want) : null;
      this.stats.claims++;
      this.leadMs = Math.min(500, Math.max(5, 0.8 * this.leadMs + 0.2 * 1.5 * (this.clock() - started)));
      if (grant) {
        for (let i = 0; i < grant.count; i++) q.instants.push(grant.second * 1000 + (grant.first + i) * this.spacing);
        this.stats.granted += grant.count;
        return;
      }
      earliest = (second + 1) * 1000; // this second is full: try the next one
    }
    throw new Error(`no send budget for tenant ${tenantId} within two minutes`);
  }
}
