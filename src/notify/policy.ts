/**
 * When to remind whom (pure). For each open obligation the must-act people are reminded 14 days
 * before, 3 days before and on the due date; while it is overdue, again each week. A sweep sends
 * only the latest stage that has come due, so a sweep after downtime sends one catch-up, never a
 * burst of stale stages. Stage names are part of the outbox key, so every instance computes the
 * same one and the outbox lets only one of them send it.
 */
import { addDays, daysBetween, type CivilDate } from '../framework/dates';
import { isOverdue, type Obligation } from '../framework/obligations';

export interface ReminderPolicy {
  /** Days before the due date to remind, largest first, 0 = on the day. */
  daysBefore: number[];
  /** While overdue, remind again when the last reminder is this many days old. */
  overdueRepeatDays: number;
}

export const DEFAULT_POLICY: ReminderPolicy = { daysBefore: [14, 3, 0], overdueRepeatDays: 7 };

export interface Stage {
  /** 'due-14', 'due-3', 'due-0', 'overdue-1', 'overdue-2'...: stable across instances. */
  name: string;
  /** The day this stage becomes sendable. */
  from: CivilDate;
}

/** The latest stage whose day has come, or null if none has yet. */
export function latestStage(obligation: Obligation, asOf: CivilDate, policy: ReminderPolicy = DEFAULT_POLICY): Stage | null {
  if (isOverdue(obligation, asOf)) {
    const week = Math.floor(daysBetween(obligation.due, asOf) / policy.overdueRepeatDays);
    if (week >= 1) return { name: `overdue-${week}`, from: addDays(obligation.due, week * policy.overdueRepeatDays) };
    // Overdue by less than a week: the on-the-day stage is still the latest.
    return { name: 'due-0', from: obligation.due };
  }
  let latest: Stage | null = null;
  for (const days of [...policy.daysBefore].sort((a, b) => b - a)) {
    const from = addDays(obligation.due, -days);
    if (from <= asOf) latest = { name: `due-${days}`, from };
  }
  return latest;
}

/** Stage of the one card sent to the `notify` people of an obligation (not a reminder). */
export const INFORMED_STAGE = 'informed';
/** Stage of the SPOC's tracker digest. */
export const DIGEST_STAGE = 'digest';
/**
 * Stage of the one notice card each `informed` person of an obligation gets (notify/notices.ts):
 * once per obligation, with its first reminder stage.
 */
export const NOTICE_STAGE = 'notice';
/** Stages of the portfolio lead's board pack and of the no-YOGB warning (notify/board-mail.ts). */
export const BOARD_PACK_STAGE = 'board-pack';
export const NO_BOARD_STAGE = 'warning';

/**
 * A stage name as people read it: `due-14` -> "14 days before", `overdue-7` -> "7 weeks
 * overdue". The names themselves stay short and stable because they key the outbox.
 */
export function describeStage(name: string, policy: ReminderPolicy = DEFAULT_POLICY): string {
  if (name === INFORMED_STAGE) return 'for information, once';
  if (name === DIGEST_STAGE) return 'tracker digest';
  if (name === NOTICE_STAGE) return 'notice to an informed person, once';
  if (name === BOARD_PACK_STAGE) return 'board pack, a week before the YOGB';
  if (name === NO_BOARD_STAGE) return 'no YOGB in the next 3 months';
  const before = /^due-(\d+)$/.exec(name);
  if (before) return before[1] === '0' ? 'on the due date' : `${before[1]} day${before[1] === '1' ? '' : 's'} before`;
  const overdue = /^overdue-(\d+)$/.exec(name);
  if (overdue) {
    const days = Number(overdue[1]) * policy.overdueRepeatDays;
    const weeks = policy.overdueRepeatDays === 7 ? `${overdue[1]} week${overdue[1] === '1' ? '' : 's'}` : `${days} days`;
    return `${weeks} overdue (weekly repeat)`;
  }
  return name;
}

export interface SentBefore {
  stage: string;
  /** Civil date the reminder went out. */
  sentOn: CivilDate;
}

/**
 * Whether `stage` should go on `asOf` to a recipient who has already had `history` for this
 * obligation: not if that stage went already; an overdue repeat also waits until the last
 * reminder is a week old, so a late catch-up is not followed by another one a day later.
 */
export function shouldSend(stage: Stage, history: SentBefore[], asOf: CivilDate, policy: ReminderPolicy = DEFAULT_POLICY): boolean {
  if (history.some((h) => h.stage === stage.name)) return false;
  if (!stage.name.startsWith('overdue-') || history.length === 0) return true;
  const lastSent = history.map((h) => h.sentOn).sort().at(-1) as CivilDate;
  return daysBetween(lastSent, asOf) >= policy.overdueRepeatDays;
}
