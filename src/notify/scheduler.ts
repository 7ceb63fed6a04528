/**
 * In-process trigger for `npm start`: once per working day (England & Wales) at REMINDER_TIME,
 * Europe/London, in GMT and BST alike, run a sweep; if some reminders failed (connector down),
 * try again a few minutes later the same day. Several instances may run this at once: the outbox
 * keeps each reminder single.
 */
import { DateTime } from 'luxon';
import { isWorkingDay, toCivil, ZONE, type CivilDate } from '../framework/dates';
import { log } from '../log';
import type { SweepResult } from './sweep';

export interface ScheduleState {
  /** Day whose sweep completed with nothing left to retry. */
  completedOn: CivilDate | null;
  /** After a partial failure, not before this instant. */
  retryAfter: number | null;
}

/** The London day to sweep now, or null: pure, so the GMT/BST and holiday rules are testable. */
export function sweepDue(now: Date, reminderTime: string, state: ScheduleState): CivilDate | null {
  const london = DateTime.fromJSDate(now).setZone(ZONE);
  const today = toCivil(london);
  if (!isWorkingDay(today) || london.toFormat('HH:mm') < reminderTime) return null;
  if (state.completedOn === today) return null;
  if (state.retryAfter !== null && now.getTime() < state.retryAfter) return null;
  return today;
}

export class ReminderScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  readonly state: ScheduleState = { completedOn: null, retryAfter: null };

  constructor(
    private readonly runSweep: (asOf: CivilDate) => Promise<SweepResult>,
    private readonly reminderTime: string,
    private readonly now: () => Date = () => new Date(),
    private readonly tickMs = 60_000,
    private readonly retryMs = 5 * 60_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.tickMs);
    this.timer.unref();
    void this.tick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async tick(): Promise<void> {
    if (this.running) return;
    const day = sweepDue(this.now(), this.reminderTime, this.state);
    if (!day) return;
    this.running = true;
    try {
      const result = await this.runSweep(day);
      if (result.failed > 0) this.state.retryAfter = this.now().getTime() + this.retryMs;
      else {
        this.state.completedOn = day;
        this.state.retryAfter = null;
      }
    } catch (err) {
      // Storage down, for instance: the next tick after the retry delay tries again.
      log.warn({ err: (err as Error).message }, 'scheduled sweep failed');
      this.state.retryAfter = this.now().getTime() + this.retryMs;
    } finally {
      this.running = false;
    }
  }
}
