/**
 * A typed repository over one Azure table. Records whose state changes (active -> ended, pending ->
 * decided, open -> closed) live in a partition named after their state, so reading what is open
 * reads one partition and never the closed history. A state change is a move: an ETag-guarded
 * update in the old partition decides the winner, then the record is copied to its new partition
 * and the old row deleted. A crash in between leaves a row whose state no longer matches its
 * partition; readers skip it and `listOpen`-style readers finish the move.
 */
import { odata, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import type { AuditLog } from './audit';
import { chunks, isStatus, MAX_BATCH, type Entity, type Table } from './table';

export { isStatus } from './table';

export interface Stored<T> {
  record: T;
  etag: string;
}

/** One row of a bulk write: a new record (before null) or a replacement of a stored one. */
export interface Change<T> {
  before: Stored<T> | null;
  after: T;
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
  /** Values for fields missing from rows written before the field existed. */
  defaults?: Partial<T>;
  /** For tables that keep other rows beside the records (claim intents): which rows are records. */
  isRecord?(entity: Record<string, unknown>): boolean;
}

export class ConcurrencyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConcurrencyError';
  }
}

const SYSTEM = new Set(['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.metadata', 'odata.etag']);

export class EntityTable<T extends object> {
  constructor(
    private readonly table: Table,
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
    const record: Record<string, unknown> = { ...this.spec.defaults };
    for (const key of this.spec.nullable ?? []) record[key as string] = null;
    for (const [key, value] of Object.entries(entity)) {
      if (!SYSTEM.has(key)) record[key] = value;
    }
    return { record: record as T, etag: entity.etag };
  }

  async get(id: string): Promise<Stored<T> | null> {
    for (const partition of this.spec.partitionsForId(id)) {
      // Tables read by id use the id as their row key.
      const entity = await this.table.get(partition, id);
      if (entity) return this.fromEntity(entity);
    }
    return null;
  }

  /** All records in one partition whose state belongs there; strays from an interrupted move are finished. */
  async listPartition(partition: string, rowKeyFrom?: string): Promise<T[]> {
    let filter = odata`PartitionKey eq ${partition}`;
    if (rowKeyFrom !== undefined) filter += ` and ${odata`RowKey ge ${rowKeyFrom}`}`;
    const result: T[] = [];
    for await (const entity of this.table.list({ filter })) {
      if (this.spec.isRecord && !this.spec.isRecord(entity)) continue;
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
    return [...(await this.readAll()).values()].map((s) => s.record);
  }

  /** Every record with its ETag, by id (strays of an interrupted move left out). */
  async readAll(): Promise<Map<string, Stored<T>>> {
    const result = new Map<string, Stored<T>>();
    for await (const entity of this.table.list()) {
      if (this.spec.isRecord && !this.spec.isRecord(entity)) continue;
      const stored = this.fromEntity(entity);
      if (this.spec.partitionOf(stored.record) === entity.partitionKey) result.set(this.spec.idOf(stored.record), stored);
    }
    return result;
  }

  /** The first record matching an OData filter, or null. */
  async findFirst(filter: string): Promise<T | null> {
    for await (const entity of this.table.list({ filter })) {
      if (this.spec.isRecord && !this.spec.isRecord(entity)) continue;
      return this.fromEntity(entity).record;
    }
    return null;
  }

  /** Creates a record; a 409 (it exists) becomes a ConcurrencyError. */
  async insert(record: T, actor: string): Promise<void> {
    try {
      await this.table.create(this.toEntity(record));
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
      await this.table.update(inPlace, 'Replace', before.etag);
    } catch (err) {
      if (isStatus(err, 412) || isStatus(err, 404)) {
        throw new ConcurrencyError(`${this.spec.name} ${this.spec.idOf(after)} was changed by someone else`);
      }
      throw err;
    }
    if (entity.partitionKey !== fromPartition) await this.finishMove(fromPartition, after);
    await this.audit.record(actor, this.spec.name, this.spec.idOf(after), 'update', before.record, after);
  }

  /** Deletes a record by id (no audit entry: the caller records why). False when there was none. */
  async remove(id: string): Promise<boolean> {
    for (const partition of this.spec.partitionsForId(id)) {
      if (await this.table.delete(partition, id)) return true;
    }
    return false;
  }

  /**
   * Writes many records in entity-group transactions (up to 100 rows of one partition each, all or
   * nothing), each followed by its audit entries. Updates are ETag-guarded: a record changed by
   * someone else since it was read fails its whole batch with a ConcurrencyError. A change of
   * partition cannot share a transaction and is written as a move on its own. A crash leaves
   * whole batches written and the rest not; writing the same changes again converges.
   */
  async writeBatches(changes: Change<T>[], actor: string, onProgress?: (written: number) => void): Promise<void> {
    const samePartition = (c: Change<T>) => !c.before || this.spec.partitionOf(c.before.record) === this.spec.partitionOf(c.after);
    const byPartition = new Map<string, Change<T>[]>();
    for (const change of changes.filter(samePartition)) {
      const key = this.spec.partitionOf(change.after);
      const group = byPartition.get(key) ?? [];
      group.push(change);
      byPartition.set(key, group);
    }
    let written = 0;
    for (const group of byPartition.values()) {
      for (const batch of chunks(group, MAX_BATCH)) {
        await this.writeBatch(batch, actor);
        onProgress?.((written += batch.length));
      }
    }
    for (const move of changes.filter((c) => !samePartition(c))) {
      await this.update(move.before!, move.after, actor);
      onProgress?.(++written);
    }
  }

  private async writeBatch(batch: Change<T>[], actor: string): Promise<void> {
    const actions: TransactionAction[] = batch.map((c) =>
      c.before ? ['update', this.toEntity(c.after), 'Replace', { etag: c.before.etag }] : ['create', this.toEntity(c.after)],
    );
    try {
      await this.table.transaction(actions);
    } catch (err) {
      if (isStatus(err, 409) || isStatus(err, 412) || isStatus(err, 404)) {
        throw new ConcurrencyError(`${this.spec.name}: a record in this batch was changed by someone else meanwhile; nothing in the batch was written`);
      }
      throw err;
    }
    await this.audit.recordMany(
      batch.map((c) => ({ actor, entity: this.spec.name, entityId: this.spec.idOf(c.after), action: c.before ? 'update' : 'create', before: c.before?.record ?? null, after: c.after })),
    );
  }

  private async finishMove(fromPartition: string, record: T): Promise<void> {
    await this.table.upsert(this.toEntity(record), 'Replace');
    await this.table.delete(fromPartition, this.spec.rowKeyOf(record));
  }
}
