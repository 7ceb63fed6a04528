/**
 * Personal iCalendar feed of a person's deadlines (GET /calendar/<token>.ics), for Outlook to
 * subscribe to. One all-day event per open obligation they must act on or are told about.
 */
import icalGenerator, { ICalCalendarMethod } from 'ical-generator';
import type { Server } from 'restify';
import { addDays, todayInLondon } from '../framework/dates';
import { informedOn, openObligations, type Obligation } from '../framework/obligations';
import type { Store } from '../store/store';

export function personalObligations(all: Obligation[], email: string, asOf: string): Obligation[] {
  return all.filter((o) => o.responsible.includes(email) || informedOn(o, asOf).includes(email));
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

export function calendarRoute(store: Store, publicUrl: string, now: () => Date) {
  return (server: Server) => {
    server.get('/calendar/:file', async (req, res) => {
      const token = String(req.params.file ?? '').replace(/\.ics$/, '');
      const email = await store.calendarTokens.emailFor(token);
      if (!email) {
        res.send(404, { error: 'no such calendar' });
        return;
      }
      const asOf = todayInLondon(now());
      const mine = personalObligations(openObligations(await store.snapshot(asOf), asOf), email, asOf);
      res.setHeader('content-type', 'text/calendar; charset=utf-8');
      res.setHeader('cache-control', 'private, max-age=900');
      res.sendRaw(200, calendarIcs(mine, email, publicUrl));
    });
  };
}
