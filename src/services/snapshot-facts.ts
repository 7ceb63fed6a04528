/**
 * What answers need from the records, worked out once per change of the records rather than once
 * per message: the open snapshot, its obligations, people by email and by Teams id, and each
 * asker's personal context.
 *
 * When storage is read: when nothing is held for the day yet; when this instance changed something
 * (read-your-writes, from the store's change count); and to pick up other instances' changes. For
 * those, once what is held is half of SNAPSHOT_TTL_MS old a re-read starts in the background while
 * answers go on from what is held; an answer waits for storage only when what is held is older
 * than SNAPSHOT_TTL_MS, so nothing older than that is ever used, as with `store.snapshot`. A
 * re-read that finds the same records keeps the facts already worked out.
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
  /** When the read that found these records started: they are at least this fresh. */
  readAt: number;
  /** The store's change count when that read started. */
  changeCount: number;
  fingerprint: string;
}

/** Days held at once: today, and yesterday for a turn that started just before midnight. */
const DAYS_HELD = 2;

export class FactsCache {
  private readonly held = new Map<CivilDate, Held>();
  private readonly reading = new Map<CivilDate, { changeCount: number; promise: Promise<Held> }>();

  constructor(
    private readonly store: Store,
    private readonly ttlMs = SNAPSHOT_TTL_MS,
  ) {}

  async get(asOf: CivilDate): Promise<SnapshotFacts> {
    const held = this.held.get(asOf);
    if (held && held.changeCount === this.store.changeCount) {
      const age = Date.now() - held.readAt;
      if (age < this.ttlMs) {
        if (age >= this.ttlMs / 2) this.read(asOf).catch((err) => log.warn({ err: (err as Error).message }, 'background snapshot read failed'));
        return held.facts;
      }
    }
    return (await this.read(asOf)).facts;
  }

  /** One read per day at a time; a read started before a change made here does not count as fresh. */
  private read(asOf: CivilDate): Promise<Held> {
    const changeCount = this.store.changeCount;
    const pending = this.reading.get(asOf);
    if (pending && pending.changeCount === changeCount) return pending.promise;
    const readAt = Date.now();
    const promise = this.store
      .readSnapshot(asOf)
      .then((snapshot) => this.keep(asOf, snapshot, readAt, changeCount))
      .finally(() => {
        if (this.reading.get(asOf)?.promise === promise) this.reading.delete(asOf);
      });
    this.reading.set(asOf, { changeCount, promise });
    return promise;
  }

  private keep(asOf: CivilDate, snapshot: FrameworkSnapshot, readAt: number, changeCount: number): Held {
    const fingerprint = createHash('sha1').update(JSON.stringify(snapshot)).digest('base64');
    const current = this.held.get(asOf);
    const facts = current && current.fingerprint === fingerprint ? current.facts : new SnapshotFacts(snapshot, asOf);
    const fresh: Held = { facts, readAt, changeCount, fingerprint };
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
