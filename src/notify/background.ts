/**
 * Work done after the user has had their answer: card updates and notices after a decision,
 * finishing recorded claim intents. A task never decides what the user is told and never blocks an
 * answer; its failures are logged and left for a later run (the intents it works from are stored).
 * One task per key runs at a time: asking again while it runs queues one more run. A task that
 * fails or reports work left over (resolves false) is not run again for that key until
 * `retryAfterMs` has passed (asks meanwhile fold into one later run): a guard against retry storms
 * while a service is down. `idle` lets tests and shutdown wait for what is running.
 */
import { log } from '../log';

export interface RunOptions {
  /** After a run that failed or left work over, wait this long before the next run of the key. */
  retryAfterMs?: number;
}

/** Background work: resolves false when something is left to do later. */
export type Task = () => Promise<boolean | void>;

export class BackgroundWork {
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Map<string, Task>();
  private readonly unfinishedAt = new Map<string, number>();
  private readonly delayed = new Map<string, NodeJS.Timeout>();
  private closed = false;

  run(key: string, task: Task, options: RunOptions = {}): void {
    if (this.closed || this.delayed.has(key)) return;
    if (this.running.has(key)) {
      this.again.set(key, task);
      return;
    }
    const wait = (this.unfinishedAt.get(key) ?? -Infinity) + (options.retryAfterMs ?? 0) - Date.now();
    if (wait > 0) {
      const timer = setTimeout(() => {
        this.delayed.delete(key);
        this.unfinishedAt.delete(key);
        this.run(key, task, options);
      }, wait);
      timer.unref();
      this.delayed.set(key, timer);
      return;
    }
    const done = this.execute(key, task).finally(() => {
      this.running.delete(key);
      const next = this.again.get(key);
      this.again.delete(key);
      if (next) this.run(key, next, options);
    });
    this.running.set(key, done);
  }

  private async execute(key: string, task: Task): Promise<void> {
    try {
      if ((await task()) === false) this.unfinishedAt.set(key, Date.now());
      else this.unfinishedAt.delete(key);
    } catch (err) {
      this.unfinishedAt.set(key, Date.now());
      log.warn({ task: key, err: (err as Error).message }, 'background work failed; it is tried again later');
    }
  }

  /** Resolves true when nothing is running, or false after `timeoutMs`. */
  async idle(timeoutMs = 60_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.running.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, left)));
      await Promise.race([Promise.allSettled([...this.running.values()]), timeout]);
      clearTimeout(timer);
    }
    return true;
  }

  /** No new work from now on; waits a little for what is running. */
  async close(timeoutMs = 2000): Promise<void> {
    this.closed = true;
    this.again.clear();
    for (const timer of this.delayed.values()) clearTimeout(timer);
    this.delayed.clear();
    await this.idle(timeoutMs);
  }
}
