/**
 * How a T&S claim changes state without ever being half-changed. Creating a claim and deciding it
 * are each one entity-group transaction in the 'pending' partition of ExpenseClaims: the claim row
 * (created, or replaced under its ETag) together with an intent row that holds the audit entry and
 * stands for the side effects still owed (the approval card; the secondee's notice, card updates
 * and the link manager's evidence). Both are written or neither is.
 *
 * The intent is then finished, by the bot right after the change and by any later sweep:
 * - storage (any read of the pending partition does this too): a decided claim moves to 'decided'
 *   (copy, then delete the pending row under its ETag; a decided row never changes again, so the
 *   copy is always the same) and the audit entry goes to the Audit table under a key of its own,
 *   so it is written once however often this runs;
 * - messages (src/notify/claim-effects.ts), each sent once through the outbox;
 * and the intent row is deleted under its ETag. Readers never depend on the move: a claim row in
 * 'pending' whose status is decided is decided, and the decided listing includes it.
 *
 * Intent rows: PartitionKey 'pending', RowKey `claimId|event`, rowType 'intent'.
 */
import { odata, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import type { ExpenseClaim } from '../framework/records';
import { log } from '../log';
import type { AuditLog } from './audit';
import { ConcurrencyError, type EntityTable, type Stored } from './entity-table';
import { isStatus, type Entity, type Table } from './table';

export type ClaimEvent = 'submitted' | 'decided' | 'withdrawn';

export interface ClaimIntent {
  claimId: string;
  event: ClaimEvent;
  actor: string;
  at: string;
  before: ExpenseClaim | null;
  after: ExpenseClaim;
  /** The audit entry is in the Audit table. */
  audited: boolean;
  /** Times the side effects were tried and something was left to do. */
  attempts: number;
  etag: string;
}

const PENDING = 'pending';
const DECIDED = 'decided';

export const isIntentRow = (entity: Record<string, unknown>): boolean => entity.rowType === 'intent';
const intentKey = (claimId: string, event: ClaimEvent) => `${claimId}|${event}`;

export class ClaimLedger {
  /** Called when a read finds intents whose side effects are still owed (the app runs them). */
  onOpenIntents: () => void = () => undefined;

  constructor(
    private readonly table: Table,
    private readonly claims: EntityTable<ExpenseClaim>,
    private readonly audit: AuditLog,
  ) {}

  private claimEntity(claim: ExpenseClaim, partitionKey: string): Entity {
    const entity: Entity = { partitionKey, rowKey: claim.claimId };
    for (const [key, value] of Object.entries(claim)) if (value !== null && value !== undefined) entity[key] = value;
    return entity;
  }

  private claimOf(entity: Record<string, unknown>): ExpenseClaim {
    const record: Record<string, unknown> = {};
    for (const key of this.claims.spec.nullable ?? []) record[key as string] = null;
    for (const [key, value] of Object.entries(entity)) {
      if (!['partitionKey', 'rowKey', 'etag', 'timestamp', 'rowType'].includes(key) && !key.startsWith('odata.')) record[key] = value;
    }
    return record as unknown as ExpenseClaim;
  }

  private intentEntity(event: ClaimEvent, actor: string, before: ExpenseClaim | null, after: ExpenseClaim): Entity {
    return {
      partitionKey: PENDING,
      rowKey: intentKey(after.claimId, event),
      rowType: 'intent',
      claimId: after.claimId,
      event,
      actor,
      at: new Date().toISOString(),
      ...(before ? { before: JSON.stringify(before) } : {}),
      after: JSON.stringify(after),
      audited: false,
      attempts: 0,
    };
  }

  private intentOf(e: TableEntityResult<Record<string, unknown>>): ClaimIntent {
    return {
      claimId: String(e.claimId),
      event: e.event as ClaimEvent,
      actor: String(e.actor),
      at: String(e.at),
      before: typeof e.before === 'string' ? JSON.parse(e.before) : null,
      after: JSON.parse(String(e.after)),
      audited: e.audited === true,
      attempts: Number(e.attempts ?? 0),
      etag: e.etag,
    };
  }

  /** One transaction; a claim that exists (409) or changed since read (412) is a ConcurrencyError. */
  private async commit(actions: TransactionAction[], claimId: string): Promise<void> {
    try {
      await this.table.transaction(actions);
    } catch (err) {
      if (isStatus(err, 409) || isStatus(err, 412) || isStatus(err, 404)) throw new ConcurrencyError(`ExpenseClaims ${claimId} was changed by someone else`);
      throw err;
    } finally {
      this.audit.onRecord(); // even a failed call may have changed what is stored: no cached snapshot survives it
    }
  }

  /** Creates a pending claim with its audit entry and the approval card owed. */
  async submit(claim: ExpenseClaim, actor: string): Promise<void> {
    await this.commit([['create', this.claimEntity(claim, PENDING)], ['create', this.intentEntity('submitted', actor, null, claim)]], claim.claimId);
  }

  /** Records a decision (or the secondee's withdrawal) on a pending claim read as `before` (its ETag decides who wins). */
  async decide(before: Stored<ExpenseClaim>, after: ExpenseClaim, actor: string, event: Exclude<ClaimEvent, 'submitted'> = 'decided'): Promise<void> {
    const update: TransactionAction = ['update', this.claimEntity(after, PENDING), 'Replace', { etag: before.etag }];
    await this.commit([update, ['create', this.intentEntity(event, actor, before.record, after)]], after.claimId);
  }

  /**
   * Moves a pending claim's ETag without changing it, so a write against the ETag it had (one whose
   * answer was lost and that may still be on its way) can never be applied. Throws
   * ConcurrencyError if the claim changed meanwhile.
   */
  async fence(stored: Stored<ExpenseClaim>): Promise<void> {
    try {
      await this.table.update({ partitionKey: PENDING, rowKey: stored.record.claimId }, 'Merge', stored.etag);
    } catch (err) {
      if (isStatus(err, 412) || isStatus(err, 404)) throw new ConcurrencyError(`ExpenseClaims ${stored.record.claimId} was changed by someone else`);
      throw err;
    }
  }

  private async readPending(): Promise<{ claims: Stored<ExpenseClaim>[]; intents: ClaimIntent[] }> {
    const claims: Stored<ExpenseClaim>[] = [];
    const intents: ClaimIntent[] = [];
    for await (const e of this.table.list<Record<string, unknown>>({ filter: odata`PartitionKey eq ${PENDING}` })) {
      if (isIntentRow(e)) intents.push(this.intentOf(e));
      else claims.push({ record: this.claimOf(e), etag: e.etag });
    }
    return { claims, intents };
  }

  /** Intents whose side effects are still owed (all, or one claim's). */
  async openIntents(claimId?: string): Promise<ClaimIntent[]> {
    const { intents } = await this.readPending();
    return claimId ? intents.filter((i) => i.claimId === claimId) : intents;
  }

  /**
   * Claims waiting for a decision (for the snapshot). Finishes the storage part of any decision it
   * comes across, and asks for the side effects of open intents to be run.
   */
  async pendingClaims(): Promise<ExpenseClaim[]> {
    const { claims, intents } = await this.readPending();
    await this.tidy(claims, intents);
    if (intents.length) this.onOpenIntents();
    return claims.filter((c) => c.record.status === 'pending').map((c) => c.record);
  }

  /** Decided claims, including any whose move to 'decided' is not finished yet (export). */
  async decidedClaims(): Promise<ExpenseClaim[]> {
    const { claims, intents } = await this.readPending();
    await this.tidy(claims, intents);
    const byId = new Map((await this.claims.listPartition(DECIDED)).map((c) => [c.claimId, c]));
    for (const c of claims) if (c.record.status !== 'pending' && !byId.has(c.record.claimId)) byId.set(c.record.claimId, c.record);
    return [...byId.values()];
  }

  /** The storage part of finishing: decided rows moved, audit entries published. Faults are left for next time. */
  private async tidy(claims: Stored<ExpenseClaim>[], intents: ClaimIntent[]): Promise<void> {
    try {
      for (const c of claims) if (c.record.status !== 'pending') await this.move(c);
      for (const intent of intents) if (!intent.audited) await this.publishAudit(intent);
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'could not finish a claim change yet; the next read will');
    }
  }

  private async move(stored: Stored<ExpenseClaim>): Promise<void> {
    await this.table.upsert(this.claimEntity(stored.record, DECIDED), 'Replace');
    try {
      await this.table.delete(PENDING, stored.record.claimId, stored.etag);
    } catch (err) {
      if (!isStatus(err, 412)) throw err;
    }
  }

  /** The audit entry in the Audit table (once), and the intent marked so. */
  async publishAudit(intent: ClaimIntent): Promise<void> {
    await this.audit.recordOnce(intentKey(intent.claimId, intent.event), {
      at: intent.at,
      actor: intent.actor,
      entity: 'ExpenseClaims',
      entityId: intent.claimId,
      action: intent.event === 'submitted' ? 'create' : 'update',
      before: intent.before,
      after: intent.after,
    });
    await this.changeIntent(intent, () => ({ audited: true }));
  }

  /** Finishes the storage part of one intent: the move (for a decision) and the audit entry. */
  async finishStorage(intent: ClaimIntent): Promise<void> {
    if (intent.event === 'decided') {
      const stored = await this.claims.get(intent.claimId);
      if (stored && stored.record.status !== 'pending') await this.move(stored);
    }
    if (!intent.audited) await this.publishAudit(intent);
  }

  /** Side effects done (or given up): the intent goes (if another run closed it first, so much the better). */
  async closeIntent(intent: ClaimIntent): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await this.table.delete(PENDING, intentKey(intent.claimId, intent.event), intent.etag);
        return; // deleted, or already gone (another run closed it)
      } catch (err) {
        if (!isStatus(err, 412) || !(await this.reload(intent))) throw err;
      }
    }
  }

  /** Something is still owed: count the attempt (the intent stays for the next run). */
  async noteAttempt(intent: ClaimIntent): Promise<void> {
    await this.changeIntent(intent, (current) => ({ attempts: current.attempts + 1 }));
  }

  /**
   * Merges a change into the intent under its ETag; when another run changed it first, reads it
   * again and reapplies. Nothing to do if it has been closed meanwhile.
   */
  private async changeIntent(intent: ClaimIntent, change: (current: ClaimIntent) => Partial<ClaimIntent>): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const fields = change(intent);
      try {
        const etag = await this.table.update({ partitionKey: PENDING, rowKey: intentKey(intent.claimId, intent.event), ...fields }, 'Merge', intent.etag);
        Object.assign(intent, fields, { etag: etag || intent.etag });
        return;
      } catch (err) {
        if (isStatus(err, 404)) return;
        if (!isStatus(err, 412)) throw err;
        if (!(await this.reload(intent))) return;
      }
    }
  }

  /** The intent as stored now (false when it is gone). */
  private async reload(intent: ClaimIntent): Promise<boolean> {
    const entity = await this.table.get(PENDING, intentKey(intent.claimId, intent.event));
    if (entity) Object.assign(intent, this.intentOf(entity));
    return !!entity;
  }
}
