/**
 * POST /api/notify: run a sweep now, for an external timer (Azure Functions, Logic Apps, cron).
 * Needs `Authorization: Bearer $NOTIFY_KEY`, compared in constant time; 401 otherwise.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Server } from 'restify';
import { parseCivilDate, todayInLondon, type CivilDate } from '../framework/dates';
import { log } from '../log';
import type { SweepResult } from '../notify/sweep';

export function bearerMatches(header: string | undefined, key: string): boolean {
  if (!key) return false;
  const presented = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1] ?? '';
  // Hash both sides so the comparison takes the same time whatever the lengths.
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(key).digest();
  return timingSafeEqual(a, b) && presented.length > 0;
}

export function notifyRoute(notifyKey: string, runSweep: (asOf: CivilDate, dryRun: boolean) => Promise<SweepResult>, now: () => Date) {
  return (server: Server) => {
    server.post('/api/notify', async (req, res) => {
      if (!bearerMatches(req.headers.authorization, notifyKey)) {
        res.send(401, { error: notifyKey ? 'missing or wrong bearer key' : 'NOTIFY_KEY is not configured' });
        return;
      }
      const query = new URL(req.url ?? '/', 'http://x').searchParams;
      const asOfParam = query.get('asOf');
      const asOf = asOfParam ? parseCivilDate(asOfParam) : todayInLondon(now());
      if (!asOf) {
        res.send(400, { error: 'asOf must be YYYY-MM-DD' });
        return;
      }
      try {
        const result = await runSweep(asOf, query.get('dryRun') === 'true');
        res.send(200, result);
      } catch (err) {
        log.warn({ err: (err as Error).message }, 'notify sweep failed');
        res.send(503, { error: 'sweep failed; storage or connector unavailable, try again' });
      }
    });
  };
}
