/**
 * Civil dates (Europe/London) as 'YYYY-MM-DD' strings. Strings keep records plain, sort correctly
 * and survive table storage untouched; luxon does the arithmetic.
 *
 * A civil date has no time of day, so adding days or months, counting days or naming the weekday
 * give the same result in any zone: that arithmetic runs in UTC, which spares luxon working out
 * London's offset (its costliest step) every time. Only "today" needs the London zone.
 */
import { DateTime } from 'luxon';
import Holidays from 'date-holidays';

export type CivilDate = string;
export const ZONE = 'Europe/London';
const CIVIL = { zone: 'utc' } as const;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Parses ISO `YYYY-MM-DD` or UK `DD/MM/YYYY`; returns null for anything else or an impossible date. */
export function parseCivilDate(text: string): CivilDate | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  let match = ISO.exec(s);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = UK.exec(s))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    return null;
  }
  const dt = DateTime.fromObject({ year: y, month: m, day: d }, CIVIL);
  return dt.isValid ? toCivil(dt) : null;
}

export function toCivil(dt: DateTime): CivilDate {
  return dt.toFormat('yyyy-MM-dd');
}

/** The civil date at midnight UTC: for arithmetic only, never to tell the time. */
export function dateTime(date: CivilDate): DateTime {
  return DateTime.fromISO(date, CIVIL);
}

/** The London day last asked for and the instants it runs between, so most calls compare two numbers. */
let londonDay: { date: CivilDate; from: number; until: number } | null = null;

/** Today in London, whatever the server's zone. */
export function todayInLondon(now: Date = new Date()): CivilDate {
  const t = now.getTime();
  if (londonDay && t >= londonDay.from && t < londonDay.until) return londonDay.date;
  const start = DateTime.fromJSDate(now).setZone(ZONE).startOf('day');
  londonDay = { date: toCivil(start), from: start.toMillis(), until: start.plus({ days: 1 }).toMillis() };
  return londonDay.date;
}

/** Calendar months with luxon's end-of-month clamp: 31 Jan + 3 months = 30 Apr. */
export function addMonths(date: CivilDate, months: number): CivilDate {
  return toCivil(dateTime(date).plus({ months }));
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return toCivil(dateTime(date).plus({ days }));
}

export function addYears(date: CivilDate, years: number): CivilDate {
  return toCivil(dateTime(date).plus({ years }));
}

export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round(dateTime(to).diff(dateTime(from), 'days').days);
}

/** England & Wales bank holidays from date-holidays (GB/ENG), cached per year. */
const holidays = new Holidays('GB', 'ENG');
const bankHolidayCache = new Map<number, Set<CivilDate>>();

function bankHolidaysOf(year: number): Set<CivilDate> {
  let set = bankHolidayCache.get(year);
  if (!set) {
    set = new Set(
      holidays
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );
    bankHolidayCache.set(year, set);
  }
  return set;
}

export function isBankHoliday(date: CivilDate): boolean {
  return bankHolidaysOf(Number(date.slice(0, 4))).has(date);
}

export function isWorkingDay(date: CivilDate): boolean {
  const weekday = dateTime(date).weekday; // 1 = Monday .. 7 = Sunday
  return weekday <= 5 && !isBankHoliday(date);
}

/** The date `days` working days after `date` (weekends and bank holidays skipped). */
export function addWorkingDays(date: CivilDate, days: number): CivilDate {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** `date` itself when it is a working day, else the next working day. */
export function nextWorkingDay(date: CivilDate): CivilDate {
  let current = date;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}

const longDates = new Map<CivilDate, string>();
/** "Friday 30 April 2027": how people read dates in cards and answers (remembered: luxon formatting is costly). */
export function formatLong(date: CivilDate): string {
  let text = longDates.get(date);
  if (text === undefined) {
    if (longDates.size > 5000) longDates.clear();
    longDates.set(date, (text = dateTime(date).toFormat('cccc d LLLL yyyy')));
  }
  return text;
}
