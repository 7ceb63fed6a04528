/**
 * Append-only evidence trail (framework 5.4 and 5.5 ask for records of expenses and vacancies).
 * Partitioned by month so a month's trail is one partition; row keys sort by time and never
 * collide, and nothing in the product updates or deletes an audit row.
 */
import { randomUUID } from 'node:crypto';
import { odata } from '@azure/data-tables';
import { chunks, isStatus, MAX_BATCH, type Entity, type Table } from './table';

export interface AuditEntry {
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  before: string | null;
  after: string | null;
}

export interface AuditRecord {
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

function toEntity(r: AuditRecord): Entity {
  const at = new Date().toISOString();
  return {
    partitionKey: at.slice(0, 7),
    rowKey: `${at}_${randomUUID()}`,
    at,
    actor: r.actor,
    entity: r.entity,
    entityId: r.entityId,
    action: r.action,
    // Stored as JSON text: table properties are flat and the trail must keep the whole record.
    ...(r.before === null || r.before === undefined ? {} : { before: JSON.stringify(r.before) }),
    ...(r.after === null || r.after === undefined ? {} : { after: JSON.stringify(r.after) }),
  };
}

export class AuditLog {
  /** Called on every recorded change (the store uses it to drop its cached snapshot). */
  onRecord: () => void = () => undefined;

  constructor(private readonly table: Table) {}

  async record(actor: string, entity: string, entityId: string, action: string, before: unknown, after: unknown): Promise<void> {
    this.onRecord();
    await this.table.create(toEntity({ actor, entity, entityId, action, before, after }));
  }

  /** Many entries, in entity-group transactions per month partition (bulk imports). */
  async recordMany(records: AuditRecord[]): Promise<void> {
    this.onRecord();
    const byMonth = new Map<string, Entity[]>();
    for (const entity of records.map(toEntity)) {
      const group = byMonth.get(entity.partitionKey) ?? [];
      group.push(entity);
      byMonth.set(entity.partitionKey, group);
    }
    for (const group of byMonth.values()) {
      for (const batch of chunks(group, MAX_BATCH)) await this.table.transaction(batch.map((e) => ['create', e]));
    }
  }

  /** Whether any entry was written at or after `since` (an ISO time), by any instance. */
  async anySince(since: string): Promise<boolean> {
    for await (const _ of this.table.list({ filter: odata`PartitionKey ge ${since.slice(0, 7)} and RowKey ge ${since}`, select: ['RowKey'] })) return true;
    return false;
  }

  /**
   * Records an entry under a key of the caller's choosing, at a time it recorded earlier (an entry
   * first kept with the change it describes, see claim-ledger.ts). Idempotent: recording the same
   * key again adds nothing.
   */
  async recordOnce(key: string, entry: { at: string; actor: string; entity: string; entityId: string; action: string; before: unknown; after: unknown }): Promise<void> {
    this.onRecord();
    const { at, before, after, ...rest } = entry;
    try {
      await this.table.create({
        partitionKey: at.slice(0, 7),
        rowKey: `${at}_${key}`,
        at,
        ...rest,
        ...(before === null || before === undefined ? {} : { before: JSON.stringify(before) }),
        ...(after === null || after === undefined ? {} : { after: JSON.stringify(after) }),
      });
    } catch (err) {
      if (!isStatus(err, 409)) throw err;
    }
  }

  /** Entries of one month ('YYYY-MM'), oldest first. */
  async month(month: string): Promise<AuditEntry[]> {
    const result: AuditEntry[] = [];
    for await (const e of this.table.list<Record<string, string>>({ filter: odata`PartitionKey eq ${month}` })) {
      result.push({
        at: e.at,
        actor: e.actor,
        entity: e.entity,
        entityId: e.entityId,
        action: e.action,
        before: e.before ?? null,
        after: e.after ?? null,
      });
    }
    return result;
  }

  async count(): Promise<number> {
    let n = 0;
    for await (const _ of this.table.list({ select: ['RowKey'] })) n++;
    return n;
  }
}
