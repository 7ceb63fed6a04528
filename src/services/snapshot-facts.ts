/**
 * What answers need from the records, worked out once per change of the records rather than once
 * per message: the open snapshot, its obligations, people by email and by Teams id, and each
 * asker's personal context.
 *
 * When storage is read: in full when nothing is held for the day yet, when this instance changed
 * something (read-your-writes, from the store's change count), when the audit trail shows a change
 * by any instance, and at least once a minute. Other instances' changes are looked for with one
 * small audit query (`store.changedSince`): once what is held is half of SNAPSHOT_TTL_MS old the
 * check runs in the background while answers go on from what is held, and an answer waits for it
 * only when what is held is older than SNAPSHOT_TTL_MS; so nothing older than that is used, as with
 * `store.snapshot`. A full read that finds the same records keeps the facts already worked out.
 */
import { createHash } from 'node:crypto';
import type { CivilDate } from '../framework/dates';
import { openObligations, type Obligation } from '../framework/obligations';
import { personalContext, type PersonalContext } from '../framework/personal';
import type { FrameworkSnapshot, Person } from '../framework/records';
import { log } from '../log';
import { SNAPSHOT_TTL_MS, type Store } from '../store/store';

export class SnapshotFacts {
  private readonly byEmail = new Map<string, Person>();
  private readonly byAadObjectId = new Map<string, Person>();
  private readonly contexts = new Map<string, PersonalContext | null>();
  private allObligations: Obligation[] | null = null;

  constructor(
    readonly snapshot: FrameworkSnapshot,
    readonly asOf: CivilDate,
  ) {
    for (const p of snapshot.people) {
      this.byEmail.set(p.email, p);
      if (p.aadObjectId) this.byAadObjectId.set(p.aadObjectId.toLowerCase(), p);
    }
  }

  /** Every open obligation, worked out on first use (identity look-ups never need them). */
  get obligations(): Obligation[] {
    this.allObligations ??= openObligations(this.snapshot, this.asOf);
    return this.allObligations;
  }

  personByEmail(email: string): Person | null {
    return this.byEmail.get(email) ?? null;
  }

  personByAadObjectId(aadObjectId: string): Person | null {
    return this.byAadObjectId.get(aadObjectId.toLowerCase()) ?? null;
  }

  /** The asker's place in the framework; null for someone not in the records. */
  context(email: string): PersonalContext | null {
    if (!this.contexts.has(email)) this.contexts.set(email, personalContext(this.snapshot, email, this.asOf, this.obligations));
    return this.contexts.get(email) ?? null;
  }
}

interface Held {
  facts: SnapshotFacts;
  /** The records are known to be as held up to this time (when the last read or check started). */
  readAt: number;
  /** When the last full read started. */
  fullReadAt: number;
  /** The store's change count when that read started. */
  changeCount: number;
  fingerprint: string;
}

/** Days held at once: today, and yesterday for a turn that started just before midnight. */
const DAYS_HELD = 2;
/** Audit entries are timed by their writer's clock, just after the change: allow for both. */
const CLOCK_MARGIN_MS = 5000;
/** A change whose audit entry was lost (a crash in between) still shows within this. */
const FULL_READ_EVERY_MS = 60_000;

export class FactsCache {
  private readonly held = new Map<CivilDate, Held>();
  private readonly refreshing = new Map<CivilDate, { changeCount: number; promise: Promise<Held> }>();

  constructor(
    private readonly store: Store,
    private readonly ttlMs = SNAPSHOT_TTL_MS,
  ) {}

  async get(asOf: CivilDate): Promise<SnapshotFacts> {
    const held = this.held.get(asOf);
    if (held && held.changeCount === this.store.changeCount) {
      const age = Date.now() - held.readAt;
      if (age < this.ttlMs) {
        if (age >= this.ttlMs / 2) this.refresh(asOf).catch((err) => log.warn({ err: (err as Error).message }, 'background snapshot check failed'));
        return held.facts;
      }
    }
    return (await this.refresh(asOf)).facts;
  }

  /** One refresh per day at a time; one started before a change made here does not count as fresh. */
  private refresh(asOf: CivilDate): Promise<Held> {
    const changeCount = this.store.changeCount;
    const pending = this.refreshing.get(asOf);
    if (pending && pending.changeCount === changeCount) return pending.promise;
    const promise = this.check(asOf, Date.now(), changeCount).finally(() => {
      if (this.refreshing.get(asOf)?.promise === promise) this.refreshing.delete(asOf);
    });
    this.refreshing.set(asOf, { changeCount, promise });
    return promise;
  }

  /** What is held, confirmed by the audit trail when it can be; a full read otherwise. */
  private async check(asOf: CivilDate, startedAt: number, changeCount: number): Promise<Held> {
    const held = this.held.get(asOf);
    const confirmable = held && held.changeCount === changeCount && startedAt - held.fullReadAt < FULL_READ_EVERY_MS;
    if (confirmable && !(await this.store.changedSince(new Date(held.readAt - CLOCK_MARGIN_MS).toISOString()))) {
      if (this.held.get(asOf) === held && held.readAt < startedAt) held.readAt = startedAt;
      return held;
    }
    return this.keep(asOf, await this.store.readSnapshot(asOf), startedAt, changeCount);
  }

  private keep(asOf: CivilDate, snapshot: FrameworkSnapshot, readAt: number, changeCount: number): Held {
    const fingerprint = createHash('sha1').update(JSON.stringify(snapshot)).digest('base64');
    const current = this.held.get(asOf);
    const facts = current && current.fingerprint === fingerprint ? current.facts : new SnapshotFacts(snapshot, asOf);
    const fresh: Held = { facts, readAt, fullReadAt: readAt, changeCount, fingerprint };
    // Reads can finish out of order; the one that started last wins.
    if (!current || current.readAt <= readAt) {
      this.held.delete(asOf);
      this.held.set(asOf, fresh);
      for (const day of this.held.keys()) if (this.held.size > DAYS_HELD) this.held.delete(day);
    }
    return fresh;
  }
}

const caches = new WeakMap<Store, FactsCache>();

/** The facts cache of a store: one per store, shared by the bot's identity look-ups and answers. */
export function factsOf(store: Store): FactsCache {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new FactsCache(store)));
  return cache;
}
