/**
 * The tenant-wide send budget, shared by every instance: one lease row per tenant per one-second
 * slot (PartitionKey tenant, RowKey epoch second) holding `next`, the first send position in that
 * second nobody has claimed yet. An instance claims a run of positions by moving `next` on, with
 * insert-if-absent for the first claim of a second and an ETag-guarded update after that; a 409 or
 * 412 means another instance moved first, so it reads again. Positions map to fixed instants in
 * the second (see notify/rate-budget.ts), which is what keeps instances from bunching.
 */
import { isStatus, type Table } from './table';

export interface SlotGrant {
  /** Epoch second of the slot. */
  second: number;
  /** First granted position in the slot. */
  first: number;
  count: number;
}

/** Table keys may not contain / \ # ? or control characters. */
const safeKey = (text: string) => (text || 'default').replace(/[/\\#?\u0000-\u001f\u007f-\u009f]/g, '_');
const rowKey = (second: number) => String(second).padStart(12, '0');

export class RateSlots {
  /** Claims that lost a race (409/412) and were retried; for benchmarks. */
  contention = 0;

  constructor(
    private readonly table: Table,
    /** Positions in one second. */
    readonly perSlot: number,
  ) {}

  /**
   * Claims up to `want` positions in `second`, none before `from`; null when the slot has no
   * position left at or after `from`.
   */
  async claim(tenantId: string, second: number, from: number, want: number): Promise<SlotGrant | null> {
    const partitionKey = safeKey(tenantId);
    for (let race = 0; race < 50; race++) {
      let next = 0;
      let etag: string | undefined;
      const row = await this.table.get<{ next: number }>(partitionKey, rowKey(second));
      if (row) {
        next = Number(row.next);
        etag = row.etag;
      }
      const first = Math.max(next, from);
      if (first >= this.perSlot) return null;
      const count = Math.min(want, this.perSlot - first);
      try {
        const entity = { partitionKey, rowKey: rowKey(second), next: first + count };
        if (etag) await this.table.update(entity, 'Replace', etag);
        else await this.table.create(entity);
        if (!etag) void this.forget(partitionKey, second - 60);
        return { second, first, count };
      } catch (err) {
        if (!isStatus(err, 409) && !isStatus(err, 412)) throw err;
        this.contention++;
      }
    }
    return null;
  }

  /** Old slots are of no use; the instance that opens a slot drops the one a minute before. */
  private async forget(partitionKey: string, second: number): Promise<void> {
    try {
      await this.table.delete(partitionKey, rowKey(second));
    } catch {
      // Already gone, or storage busy: a stray row costs nothing.
    }
  }
}
