/**
 * The HTTP surface (SPEC section 3): /api/messages (Teams), /api/notify (external timer),
 * /healthz, and the personal calendar feeds. Built from parts so tests can start it on a free port.
 */
import restify, { type Server } from 'restify';
import { log } from './log';
import type { Store } from './store/store';

export const MAX_BODY_BYTES = 256 * 1024;
/** /healthz answers within this even when storage hangs (load balancers give up after a few seconds). */
export const HEALTH_TIMEOUT_MS = 1000;
export const KEEP_ALIVE_MS = 65_000;

export interface ServerParts {
  store: Store;
  /** Extra routes (bot, notify, calendar) registered by their owners. */
  routes?: ((server: Server) => void)[];
}

export function createServer(parts: ServerParts): Server {
  const server = restify.createServer({ name: 'yos-secondment-bot', handleUncaughtExceptions: false });
  // Idle connections stay open longer than clients and proxies keep them (Node's 5 s is shorter than
  // most): a client reusing one just as the server closes it gets a reset (a 502 behind a load balancer).
  server.server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.server.headersTimeout = KEEP_ALIVE_MS + 1000;
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

  server.get('/healthz', async (_req, res) => {
    try {
      await parts.store.ping(HEALTH_TIMEOUT_MS);
      res.send(200, { status: 'ok' });
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'health check: storage did not answer');
      res.send(503, { status: 'storage unavailable' });
    }
  });

  for (const register of parts.routes ?? []) register(server);

  // Never let a stack trace reach a caller.
  server.on('restifyError', (_req, res, err, next) => {
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) log.error({ err: (err as Error).message }, 'request failed');
    err.toJSON = () => ({ error: status >= 500 ? 'internal error' : (err as Error).message });
    err.toString = () => (status >= 500 ? 'internal error' : (err as Error).message);
    return next();
  });
  return server;
}

export function listen(server: Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(Number((server.address() as { port: number }).port)));
  });
}
