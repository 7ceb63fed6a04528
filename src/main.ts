/**
 * `npm start`: storage (embedded Azurite unless TABLES_CONNECTION_STRING is set), the HTTP server
 * and the in-process reminder scheduler; on SIGINT/SIGTERM/SIGHUP it stops taking requests, has
 * the store save everything to disk, and exits.
 */
import { loadConfig } from './config';
import { log } from './log';
import { openStore } from './store/open';
import { buildApp } from './app';

async function start(): Promise<void> {
  const config = loadConfig();
  const opened = await openStore(config);
  const app = await buildApp({ store: opened.store, config, scheduler: true }).catch(async (err) => {
    await opened.close();
    throw err;
  });
  const port = await app.listen(config.port).catch(async (err) => {
    await opened.close();
    throw err;
  });
  log.info(
    { host: config.host, port, storage: opened.description, auth: config.appId ? 'Bot Framework JWT' : 'anonymous (local)' },
    'yos-secondment-bot listening',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await app.close();
    await opened.flush().catch((err) => log.error({ err: (err as Error).message }, 'storage did not confirm the last writes are saved'));
    await opened.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => void stop(signal));
}

start().catch((err) => {
  log.error({ err: (err as Error).message }, 'could not start');
  process.exit(1);
});
