/**
 * Personal iCalendar feed of a person's deadlines (served as GET /calendar/<token>.ics by
 * src/http/calendar-route.ts) for Outlook to subscribe to. One all-day event per open obligation
 * they must act on or are told about.
 */
import icalGenerator, { ICalCalendarMethod } from 'ical-generator';
import { addDays } from '../framework/dates';
import { openObligations, type Obligation } from '../framework/obligations';
import type { Store } from '../store/store';

export function personalObligations(all: Obligation[], email: string): Obligation[] {
  return all.filter((o) => o.responsible.includes(email) || o.informed.includes(email));
}

export function calendarIcs(obligations: Obligation[], email: string, publicUrl: string): string {
  const calendar = icalGenerator({ name: 'Framework deadlines', prodId: { company: 'NPS', product: 'yos-secondment-bot' }, method: ICalCalendarMethod.PUBLISH, ttl: 3600 });
  for (const o of obligations) {
    calendar.createEvent({
      id: `${o.id}@yos-secondment-bot`,
      start: new Date(`${o.due}T00:00:00Z`),
      end: new Date(`${addDays(o.due, 1)}T00:00:00Z`),
      allDay: true,
      summary: `${o.responsible.includes(email) ? 'Due' : 'FYI'}: ${o.subject}`,
      description: `Framework section ${o.section}. Open the YOS secondment bot in Teams to act on it.`,
      url: publicUrl,
    });
  }
  return calendar.toString();
}

/** The feed behind a calendar token as of a day, or null when no such token exists (revoked or never issued). */
export async function calendarFeed(store: Store, token: string, publicUrl: string, asOf: string): Promise<string | null> {
  const email = await store.calendarTokens.emailFor(token);
  if (!email) return null;
  const mine = personalObligations(openObligations(await store.snapshot(asOf), asOf), email);
  return calendarIcs(mine, email, publicUrl);
}
