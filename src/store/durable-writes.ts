/**
 * "Saved" means on disk: the embedded Azurite keeps tables in memory and writes its file a moment
 * after a change, so a change confirmed to a person before that moment could be lost by a crash.
 * This counts the writes made through one Store and, when asked, has the store save (one request
 * for everyone waiting: a save already running is joined by whoever wrote before it started, and
 * all who wrote during it share the next one). Against an Azure account there is nothing to wait
 * for: a write it acknowledged is durable.
 */

/** Makes every write the store has acknowledged so far durable (the embedded store's flush). */
export type SaveAll = () => Promise<void>;

interface Round {
  /** The writes this save covers: those completed before it was asked for. */
  upTo: number;
  error?: Error;
}

export class DurableWrites {
  private written = 0;
  private saved = 0;
  private inFlight: Promise<Round> | null = null;

  constructor(private readonly saveAll: SaveAll | null) {}

  /** A write has been answered (or given up on: it may still have landed). */
  noteWrite(): void {
    if (this.saveAll) this.written++;
  }

  /** Resolves once every write noted so far is durable; throws if the store could not save it. */
  async wait(): Promise<void> {
    const target = this.written;
    while (this.saved < target) {
      const round = await (this.inFlight ??= this.round());
      if (round.error && round.upTo >= target) throw round.error;
    }
  }

  private async round(): Promise<Round> {
    const upTo = this.written;
    try {
      await this.saveAll!();
      this.saved = Math.max(this.saved, upTo);
      return { upTo };
    } catch (err) {
      return { upTo, error: err as Error };
    } finally {
      this.inFlight = null;
    }
  }
}
