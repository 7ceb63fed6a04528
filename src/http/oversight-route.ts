/**
 * The oversight tab: GET /tab/oversight (the page, a Teams personal or channel tab), its assets,
 * GET /api/oversight (the viewer's picture as JSON) and GET /api/oversight.csv (the table).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { todayInLondon } from '../framework/dates';
import { log } from '../log';
import { oversightCsv, oversightFor } from '../services/oversight';
import type { Store } from '../store/store';
import type { TabAuth } from './tab-auth';

const PAGE_DIR = [path.resolve(__dirname, '..', '..', '..', 'src', 'http', 'tab'), path.resolve(__dirname, 'tab')].find((p) =>
  fs.existsSync(p),
)!;
/** The only files served: the page's own and the two libraries it loads (no directory access). */
const ASSETS: Record<string, { file: string; type: string }> = {
  'oversight.js': { file: path.join(PAGE_DIR, 'oversight.js'), type: 'text/javascript' },
  'oversight.css': { file: path.join(PAGE_DIR, 'oversight.css'), type: 'text/css' },
  'chart.umd.min.js': { file: path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'), type: 'text/javascript' },
  'teams-js.min.js': { file: require.resolve('@microsoft/teams-js'), type: 'text/javascript' },
};
/** Teams (web, desktop and the Microsoft 365 hosts) may frame the page; nothing else may. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.cloud.microsoft";

function sendFile(res: Response, file: string, type: string): void {
  res.setHeader('content-type', `${type}; charset=utf-8`);
  res.setHeader('content-security-policy', CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', 'no-cache');
  res.sendRaw(200, fs.readFileSync(file));
}

export function oversightRoutes(store: Store, auth: TabAuth, now: () => Date) {
  const picture = async (req: Request, res: Response) => {
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    const viewer = await auth.viewer(req.headers.authorization, query.get('as') ?? undefined);
    if (!viewer.ok) {
      res.send(viewer.status, { error: viewer.error });
      return null;
    }
    const person = viewer.email
      ? viewer.email
      : viewer.aadObjectId
        ? ((await store.personByAadObjectId(viewer.aadObjectId))?.email ?? null)
        : null;
    if (!person) {
      res.send(403, { error: 'You are not in the framework records. Your divisional SPOC can add you.' });
      return null;
    }
    const result = await oversightFor(store, person, todayInLondon(now()));
    if (!result.ok) res.send(403, { error: result.reason });
    return result.ok ? result : null;
  };
  const guarded = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    try {
      await handler(req, res);
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'oversight data failed');
      res.send(503, { error: 'storage did not answer; try again in a moment' });
    }
  };
  return (server: Server) => {
    server.get('/tab/oversight', async (_req: Request, res: Response) => sendFile(res, path.join(PAGE_DIR, 'oversight.html'), 'text/html'));
    server.get('/tab/assets/:file', async (req: Request, res: Response) => {
      const asset = ASSETS[String(req.params.file)];
      if (asset) sendFile(res, asset.file, asset.type);
      else res.send(404, { error: 'no such file' });
    });
    server.get(
      '/api/oversight',
      guarded(async (req, res) => {
        const result = await picture(req, res);
        if (result) res.send(200, result);
      }),
    );
    server.get(
      '/api/oversight.csv',
      guarded(async (req, res) => {
        const result = await picture(req, res);
        if (!result) return;
        res.setHeader('content-type', 'text/csv; charset=utf-8');
        res.setHeader('content-disposition', `attachment; filename="yos-oversight-${result.view.asOf}.csv"`);
        res.sendRaw(200, oversightCsv(result.view));
      }),
    );
  };
}
