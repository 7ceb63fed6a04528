/**
 * One Azure table with a deadline on every call. The repositories in this folder go through it and
 * never hand out the SDK's TableClient, so no storage call can wait for ever: a call that has had no
 * answer within the deadline is aborted (the HTTP request is cancelled, retries included) and
 * surfaces as a StorageUnavailableError, which callers turn into "not done, try again".
 *
 * What a timed-out write guarantees: nothing is reported as done. Storage may still apply a request
 * that reached it before the abort; every state change in this product is ETag-conditional or a
 * create, so such a late write is seen by the next read, and a retry of it fails with a conflict
 * (412/409) instead of applying twice.
 */
import type { TokenCredential } from '@azure/identity';
import {
  RestError,
  TableClient,
  TableServiceClient,
  type TableEntityResult,
  type TransactionAction,
  type UpdateMode,
} from '@azure/data-tables';

export const DEFAULT_STORAGE_TIMEOUT_MS = 5000;

/** Azure allows at most 100 operations in one entity-group transaction. */
export const MAX_BATCH = 100;

export function chunks<X>(items: X[], size: number): X[][] {
  const result: X[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

export type Entity = Record<string, unknown> & { partitionKey: string; rowKey: string };

/** Storage did not answer in time, could not be reached, or failed on its side: the outcome is unknown. */
export class StorageUnavailableError extends Error {
  constructor(
    readonly reason: 'timeout' | 'unreachable' | 'failed',
    readonly table: string,
    readonly operation: string,
    readonly timeoutMs: number,
  ) {
    super(
      reason === 'timeout'
        ? `storage did not answer within ${timeoutMs} ms (${table} ${operation})`
        : reason === 'unreachable'
          ? `storage could not be reached (${table} ${operation})`
          : `storage failed (${table} ${operation})`,
    );
    this.name = 'StorageUnavailableError';
  }
}

export function isStatus(err: unknown, status: number): boolean {
  return err instanceof RestError && err.statusCode === status;
}

/** Maps what the SDK throws for a timeout, a refused connection or a 5xx to StorageUnavailableError. */
export function storageFailure(err: unknown, table: string, operation: string, timeoutMs: number): unknown {
  if (err instanceof StorageUnavailableError) return err;
  const e = err as { name?: string; code?: string; statusCode?: number };
  if (e?.name === 'AbortError') return new StorageUnavailableError('timeout', table, operation, timeoutMs);
  if (err instanceof RestError && err.statusCode === undefined) return new StorageUnavailableError('unreachable', table, operation, timeoutMs);
  if (err instanceof RestError && (err.statusCode ?? 0) >= 500) return new StorageUnavailableError('failed', table, operation, timeoutMs);
  if (typeof e?.code === 'string' && /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH)$/.test(e.code)) {
    return new StorageUnavailableError('unreachable', table, operation, timeoutMs);
  }
  return err;
}

export interface TableOptions {
  /** Deadline for one call (one page, for listings). */
  timeoutMs: number;
  /** Told after every write has had its answer (or failed: it may still have landed). */
  onWrite?: () => void;
}

export class Table {
  readonly timeoutMs: number;
  private readonly onWrite: () => void;

  constructor(
    private readonly client: TableClient,
    options: TableOptions,
  ) {
    this.timeoutMs = options.timeoutMs;
    this.onWrite = options.onWrite ?? (() => undefined);
  }

  get name(): string {
    return this.client.tableName;
  }

  /** Runs one SDK call with a deadline, translating storage faults. */
  private async call<R>(operation: string, run: (abortSignal: AbortSignal) => Promise<R>): Promise<R> {
    try {
      return await run(AbortSignal.timeout(this.timeoutMs));
    } catch (err) {
      throw storageFailure(err, this.name, operation, this.timeoutMs);
    }
  }

  /** A call that changes data: the store is told once it has settled (see durable-writes.ts). */
  private async write<R>(operation: string, run: (abortSignal: AbortSignal) => Promise<R>): Promise<R> {
    try {
      return await this.call(operation, run);
    } finally {
      this.onWrite();
    }
  }

  /** The entity, or null when there is none (404). */
  async get<E extends object = Record<string, unknown>>(partitionKey: string, rowKey: string): Promise<TableEntityResult<E> | null> {
    try {
      return await this.call('get', (abortSignal) => this.client.getEntity<E>(partitionKey, rowKey, { abortSignal }));
    } catch (err) {
      if (isStatus(err, 404)) return null;
      throw err;
    }
  }

  /** Creates an entity; a 409 (it exists) is thrown as the SDK's RestError. Returns the new ETag. */
  async create(entity: Entity): Promise<string> {
    const result = await this.write('create', (abortSignal) => this.client.createEntity(entity, { abortSignal }));
    return result.etag ?? '';
  }

  /** Replaces or merges an existing entity; with an etag, only if unchanged since read (else 412). */
  async update(entity: Entity, mode: UpdateMode, etag?: string): Promise<string> {
    const result = await this.write('update', (abortSignal) => this.client.updateEntity(entity, mode, { abortSignal, etag }));
    return result.etag ?? '';
  }

  async upsert(entity: Entity, mode: UpdateMode): Promise<void> {
    await this.write('upsert', (abortSignal) => this.client.upsertEntity(entity, mode, { abortSignal }));
  }

  /** Deletes an entity; false when it was not there. With an etag, only if unchanged since read (a 412 is thrown). */
  async delete(partitionKey: string, rowKey: string, etag?: string): Promise<boolean> {
    try {
      await this.write('delete', (abortSignal) => this.client.deleteEntity(partitionKey, rowKey, { abortSignal, ...(etag ? { etag } : {}) }));
      return true;
    } catch (err) {
      if (isStatus(err, 404)) return false;
      throw err;
    }
  }

  /** One entity-group transaction (one partition, at most 100 actions): all or nothing. */
  async transaction(actions: TransactionAction[]): Promise<void> {
    if (actions.length === 0) return;
    await this.write('transaction', (abortSignal) => this.client.submitTransaction(actions, { abortSignal }));
  }

  async createIfMissing(): Promise<void> {
    try {
      await this.call('create table', (abortSignal) => this.client.createTable({ abortSignal }));
    } catch (err) {
      if (!isStatus(err, 409)) throw err; // another instance was faster
    }
  }

  /**
   * Entities matching a filter, page by page. Each page has its own deadline (a long listing is
   * not a slow one); time the caller spends between pages does not count.
   */
  async *list<E extends object = Record<string, unknown>>(query: { filter?: string; select?: string[] } = {}): AsyncGenerator<TableEntityResult<E>> {
    const controller = new AbortController();
    const arm = () => setTimeout(() => controller.abort(), this.timeoutMs);
    let timer = arm();
    try {
      const pages = this.client.listEntities<E>({ queryOptions: query, abortSignal: controller.signal }).byPage({ maxPageSize: 1000 });
      for (;;) {
        let page: IteratorResult<TableEntityResult<E>[]>;
        try {
          page = await pages.next();
        } catch (err) {
          throw storageFailure(err, this.name, 'list', this.timeoutMs);
        }
        clearTimeout(timer);
        if (page.done) return;
        yield* page.value;
        timer = arm();
      }
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Where the tables live: a connection string (Azurite, or an account with its key), or a storage
 * account's table endpoint with an Entra credential (a managed identity in Azure: no key anywhere).
 */
export type StorageTarget = string | { accountUrl: string; credential: TokenCredential };

const insecure = (target: StorageTarget) => (typeof target === 'string' ? target.includes('http://') : target.accountUrl.startsWith('http://'));

export function tableClient(target: StorageTarget, table: string): TableClient {
  const options = { allowInsecureConnection: insecure(target), retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 2000 } };
  if (typeof target === 'string') return TableClient.fromConnectionString(target, table, options);
  return new TableClient(target.accountUrl, table, target.credential, options);
}

export function tableServiceClient(target: StorageTarget): TableServiceClient {
  const options = { allowInsecureConnection: insecure(target), retryOptions: { maxRetries: 1, retryDelayInMs: 200 } };
  if (typeof target === 'string') return TableServiceClient.fromConnectionString(target, options);
  return new TableServiceClient(target.accountUrl, target.credential, options);
}
