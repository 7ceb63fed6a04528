/**
 * The reminder outbox: one row per reminder (PartitionKey = obligation id, RowKey =
 * `stage|recipient`), so a reminder has one deterministic key on every instance. Inserting the
 * row claims the reminder (a 409 means another sweep has it); the row then records `sent` with
 * the Teams activity id, or `failed`/`unreachable` with the reason and attempt count. A claim
 * left behind by a crashed sweep goes stale and is taken over (ETag-guarded); a sent reminder is
 * never sent again.
 */
import { odata } from '@azure/data-tables';
import { isStatus, type Table } from './table';

export type OutboxStatus = 'claimed' | 'sent' | 'failed' | 'unreachable';

export interface OutboxRow {
  obligationId: string;
  stage: string;
  recipient: string;
  status: OutboxStatus;
  attempts: number;
  claimedAt: string;
  claimedBy: string;
  /** Civil date (London) the reminder went out. */
  sentOn: string | null;
  activityId: string | null;
  conversationId: string | null;
  reason: string | null;
}

export interface Claim {
  row: OutboxRow;
  etag: string;
}

/**
 * Why a reminder was not claimed: it was settled already (sent, unreachable, given up), or another
 * sweep holds it (a running one, or one that stopped without finishing: its claim is taken over
 * once `retryAfter` has passed).
 */
export type NotClaimed = { why: 'settled' } | { why: 'held'; heldBy: string; since: string; retryAfter: string };

export interface ClaimOptions {
  instanceId: string;
  now: Date;
  /** A claim older than this is presumed abandoned by a crashed sweep. */
  staleAfterMs: number;
  /** Total attempts across sweeps before a failing reminder is given up. */
  maxAttempts: number;
}

/** Table keys may not contain / \ # ? or control characters. */
function safeKey(text: string): string {
  return text.replace(/[/\\#?\u0000-\u001f\u007f-\u009f]/g, '_');
}

export function outboxKeys(obligationId: string, stage: string, recipient: string) {
  return { partitionKey: safeKey(obligationId), rowKey: safeKey(`${stage}|${recipient}`) };
}

function held(row: OutboxRow, staleAfterMs: number): NotClaimed {
  const since = Date.parse(row.claimedAt);
  const retryAfter = Number.isNaN(since) ? row.claimedAt : new Date(since + staleAfterMs).toISOString();
  return { why: 'held', heldBy: row.claimedBy, since: row.claimedAt, retryAfter };
}

export class Outbox {
  constructor(private readonly table: Table) {}

  private fromEntity(e: Record<string, unknown>): OutboxRow {
    return {
      obligationId: String(e.obligationId),
      stage: String(e.stage),
      recipient: String(e.recipient),
      status: e.status as OutboxStatus,
      attempts: Number(e.attempts ?? 0),
      claimedAt: String(e.claimedAt ?? ''),
      claimedBy: String(e.claimedBy ?? ''),
      sentOn: (e.sentOn as string) ?? null,
      activityId: (e.activityId as string) ?? null,
      conversationId: (e.conversationId as string) ?? null,
      reason: (e.reason as string) ?? null,
    };
  }

  private toEntity(row: OutboxRow): Record<string, unknown> & { partitionKey: string; rowKey: string } {
    const entity: Record<string, unknown> & { partitionKey: string; rowKey: string } = {
      ...outboxKeys(row.obligationId, row.stage, row.recipient),
    };
    for (const [k, v] of Object.entries(row)) if (v !== null && v !== undefined) entity[k] = v;
    return entity;
  }

  /** Every reminder row of one obligation (one small partition). */
  async history(obligationId: string): Promise<OutboxRow[]> {
    const filter = odata`PartitionKey eq ${safeKey(obligationId)}`;
    const rows: OutboxRow[] = [];
    for await (const e of this.table.list({ filter })) rows.push(this.fromEntity(e));
    return rows;
  }

  /** Claims a reminder for sending; null when it was sent, is being sent, or was given up. */
  async claim(obligationId: string, stage: string, recipient: string, options: ClaimOptions): Promise<Claim | null> {
    const taken = await this.take(obligationId, stage, recipient, options);
    return 'row' in taken ? taken : null;
  }

  /** Claims a reminder for sending, or says why not (settled, or held by another sweep until when). */
  async take(obligationId: string, stage: string, recipient: string, options: ClaimOptions): Promise<Claim | NotClaimed> {
    const fresh: OutboxRow = {
      obligationId, stage, recipient, status: 'claimed', attempts: 1,
      claimedAt: options.now.toISOString(), claimedBy: options.instanceId,
      sentOn: null, activityId: null, conversationId: null, reason: null,
    };
    try {
      return { row: fresh, etag: await this.table.create(this.toEntity(fresh)) };
    } catch (err) {
      if (!isStatus(err, 409)) throw err;
    }
    const keys = outboxKeys(obligationId, stage, recipient);
    const existing = await this.table.get(keys.partitionKey, keys.rowKey);
    if (!existing) return { why: 'settled' }; // removed meanwhile: nothing to take over
    const row = this.fromEntity(existing);
    const stale = row.status === 'claimed' && options.now.getTime() - Date.parse(row.claimedAt) > options.staleAfterMs;
    const retryable = row.status === 'failed' && row.attempts < options.maxAttempts;
    if (row.status === 'claimed' && !stale) return held(row, options.staleAfterMs);
    if (!stale && !retryable) return { why: 'settled' };
    const retaken: OutboxRow = { ...row, status: 'claimed', attempts: row.attempts + 1, claimedAt: options.now.toISOString(), claimedBy: options.instanceId };
    try {
      return { row: retaken, etag: await this.table.update(this.toEntity(retaken), 'Replace', existing.etag) };
    } catch (err) {
      if (!isStatus(err, 412)) throw err;
      // Another sweep took it over first: say who and since when, as it now stands.
      const now = await this.table.get(keys.partitionKey, keys.rowKey);
      const current = now && this.fromEntity(now);
      return current?.status === 'claimed' ? held(current, options.staleAfterMs) : { why: 'settled' };
    }
  }

  async markSent(claim: Claim, sentOn: string, activityId: string, conversationId: string): Promise<void> {
    await this.finish(claim, { status: 'sent', sentOn, activityId, conversationId, reason: null });
  }

  async markFailed(claim: Claim, status: 'failed' | 'unreachable', reason: string): Promise<void> {
    await this.finish(claim, { status, reason: reason.slice(0, 500) });
  }

  /** Writes the outcome over our own claim (ETag), so a slower instance cannot overwrite a send. */
  private async finish(claim: Claim, change: Partial<OutboxRow>): Promise<void> {
    const row = { ...claim.row, ...change };
    try {
      await this.table.update(this.toEntity(row), 'Replace', claim.etag);
    } catch (err) {
      if (!isStatus(err, 412)) throw err;
      // Our claim was taken over as stale while we were sending; record a send anyway so it is not repeated.
      if (row.status === 'sent') await this.table.upsert(this.toEntity(row), 'Replace');
    }
  }

  async count(status?: OutboxStatus): Promise<number> {
    let n = 0;
    for await (const _ of this.table.list(status ? { filter: odata`status eq ${status}` } : {})) n++;
    return n;
  }
}
