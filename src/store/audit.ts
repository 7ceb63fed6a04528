/**
 * Append-only evidence trail (framework 5.4 and 5.5 ask for records of expenses and vacancies).
 * Partitioned by month so a month's trail is one partition; row keys sort by time and never
 * collide, and nothing in the product updates or deletes an audit row.
 */
import { randomUUID } from 'node:crypto';
import { TableClient, odata } from '@azure/data-tables';

export interface AuditEntry {
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  before: string | null;
  after: string | null;
}

export class AuditLog {
  /** Called on every recorded change (the store uses it to drop its cached snapshot). */
  onRecord: () => void = () => undefined;

  constructor(readonly client: TableClient) {}

  async record(actor: string, entity: string, entityId: string, action: string, before: unknown, after: unknown): Promise<void> {
    this.onRecord();
    const at = new Date().toISOString();
    await this.client.createEntity({
      partitionKey: at.slice(0, 7),
      rowKey: `${at}_${randomUUID()}`,
      at,
      actor,
      entity,
      entityId,
      action,
      // Stored as JSON text: table properties are flat and the trail must keep the whole record.
      ...(before === null || before === undefined ? {} : { before: JSON.stringify(before) }),
      ...(after === null || after === undefined ? {} : { after: JSON.stringify(after) }),
    });
  }

  /** Entries of one month ('YYYY-MM'), oldest first. */
  async month(month: string): Promise<AuditEntry[]> {
    const result: AuditEntry[] = [];
    const filter = odata`PartitionKey eq ${month}`;
    for await (const e of this.client.listEntities<Record<string, string>>({ queryOptions: { filter } })) {
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
    for await (const _ of this.client.listEntities({ queryOptions: { select: ['RowKey'] } })) n++;
    return n;
  }
}
