/** GET /calendar/<token>.ics: a person's deadlines feed (src/services/calendar.ts) for Outlook. */
import type { Server } from 'restify';
import { todayInLondon } from '../framework/dates';
import { calendarFeed } from '../services/calendar';
import type { Store } from '../store/store';

export function calendarRoute(store: Store, publicUrl: string, now: () => Date) {
  return (server: Server) => {
    server.get('/calendar/:file', async (req, res) => {
      const token = String(req.params.file ?? '').replace(/\.ics$/, '');
      const ics = await calendarFeed(store, token, publicUrl, todayInLondon(now()));
      if (ics === null) {
        res.send(404, { error: 'no such calendar' });
        return;
      }
      res.setHeader('content-type', 'text/calendar; charset=utf-8');
      res.setHeader('cache-control', 'private, max-age=900');
      res.sendRaw(200, ics);
    });
  };
}
