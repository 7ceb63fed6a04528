/**
 * A typed repository over one Azure table. Records whose state changes (active -> ended, pending ->
 * decided, open -> closed) live in a partition named after their state, so reading what is open
 * reads one partition and never the closed history. A state change is a move: an ETag-guarded
 * update in the old partition decides the winner, then the record is copied to its new partition
 * and the old row deleted. A crash in between leaves a row whose state no longer matches its
 * partition; readers skip it and `listOpen`-style readers finish the move.
 */
import { RestError, TableClient, type TableEntityResult, odata } from '@azure/data-tables';
import type { AuditLog } from './audit';

type Entity = Record<string, unknown> & { partitionKey: string; rowKey: string };

export interface Stored<T> {
  record: T;
  etag: string;
}

export interface TableSpec<T> {
  name: string;
  /** Partition for a record; for stateful tables, derived from its state. */
  partitionOf(record: T): string;
  rowKeyOf(record: T): string;
  /** The id shown in audit entries and used by `get`. */
  idOf(record: T): string;
  /** Every partition a record with a given id could be in, most likely first. */
  partitionsForId(id: string): string[];
  /** Fields that may be null; table storage drops nulls, so they are restored on read. */
  nullable?: (keyof T)[];
}

export class ConcurrencyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConcurrencyError';
  }
}

export function isStatus(err: unknown, status: number): boolean {
  return err instanceof RestError && err.statusCode === status;
}

const SYSTEM = new Set(['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.metadata', 'odata.etag']);

export class EntityTable<T extends object> {
  constructor(
    readonly client: TableClient,
    readonly spec: TableSpec<T>,
    private readonly audit: AuditLog,
  ) {}

  private toEntity(record: T): Entity {
    const entity: Entity = { partitionKey: this.spec.partitionOf(record), rowKey: this.spec.rowKeyOf(record) };
    for (const [key, value] of Object.entries(record)) {
      if (value !== null && value !== undefined) entity[key] = value;
    }
    return entity;
  }

  private fromEntity(entity: TableEntityResult<Record<string, unknown>>): Stored<T> {
    const record: Record<string, unknown> = {};
    for (const key of this.spec.nullable ?? []) record[key as string] = null;
    for (const [key, value] of Object.entries(entity)) {
      if (!SYSTEM.has(key)) record[key] = value;
    }
    return { record: record as T, etag: entity.etag };
  }

  async get(id: string): Promise<Stored<T> | null> {
    for (const partition of this.spec.partitionsForId(id)) {
      try {
        // Tables read by id use the id as their row key.
        const entity = await this.client.getEntity<Record<string, unknown>>(partition, id);
        return this.fromEntity(entity);
      } catch (err) {
        if (!isStatus(err, 404)) throw err;
      }
    }
    return null;
  }

  /** All records in one partition whose state belongs there; strays from an interrupted move are finished. */
  async listPartition(partition: string, rowKeyFrom?: string): Promise<T[]> {
    let filter = odata`PartitionKey eq ${partition}`;
    if (rowKeyFrom !== undefined) filter += ` and ${odata`RowKey ge ${rowKeyFrom}`}`;
    const result: T[] = [];
    for await (const entity of this.client.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      const stored = this.fromEntity(entity);
      if (this.spec.partitionOf(stored.record) === partition) {
        result.push(stored.record);
      } else {
        await this.finishMove(partition, stored.record);
      }
    }
    return result;
  }

  async listAll(): Promise<T[]> {
    const result: T[] = [];
    for await (const entity of this.client.listEntities<Record<string, unknown>>()) {
      const stored = this.fromEntity(entity);
      if (this.spec.partitionOf(stored.record) === entity.partitionKey) result.push(stored.record);
    }
    return result;
  }

  /** Creates a record; a 409 (it exists) becomes a ConcurrencyError. */
  async insert(record: T, actor: string): Promise<void> {
    try {
      await this.client.createEntity(this.toEntity(record));
    } catch (err) {
      if (isStatus(err, 409)) throw new ConcurrencyError(`${this.spec.name} ${this.spec.idOf(record)} already exists`);
      throw err;
    }
    await this.audit.record(actor, this.spec.name, this.spec.idOf(record), 'create', null, record);
  }

  /**
   * Replaces a stored record. With an etag, the write only succeeds if nobody changed the record
   * since it was read (412 -> ConcurrencyError). A change of partition is carried out as a move.
   */
  async update(before: Stored<T>, after: T, actor: string): Promise<void> {
    const fromPartition = this.spec.partitionOf(before.record);
    const entity = this.toEntity(after);
    // Replace in place first: this is the single point where concurrent writers are told apart.
    const inPlace = { ...entity, partitionKey: fromPartition };
    try {
      await this.client.updateEntity(inPlace, 'Replace', { etag: before.etag });
    } catch (err) {
      if (isStatus(err, 412) || isStatus(err, 404)) {
        throw new ConcurrencyError(`${this.spec.name} ${this.spec.idOf(after)} was changed by someone else`);
      }
      throw err;
    }
    if (entity.partitionKey !== fromPartition) await this.finishMove(fromPartition, after);
    await this.audit.record(actor, this.spec.name, this.spec.idOf(after), 'update', before.record, after);
  }

  private async finishMove(fromPartition: string, record: T): Promise<void> {
    await this.client.upsertEntity(this.toEntity(record), 'Replace');
    try {
      await this.client.deleteEntity(fromPartition, this.spec.rowKeyOf(record));
    } catch (err) {
      if (!isStatus(err, 404)) throw err;
    }
  }
}

/** Lists table names and creates the missing ones; 409 means another instance was faster. */
export async function ensureTable(client: TableClient): Promise<void> {
  try {
    await client.createTable();
  } catch (err) {
    if (!isStatus(err, 409)) throw err;
  }
}
