/**
 * `npm start`: storage (embedded Azurite unless TABLES_CONNECTION_STRING is set), the HTTP server
 * and the in-process reminder scheduler; stops all of them cleanly on SIGINT/SIGTERM.
 */
import { loadConfig } from './config';
import { log } from './log';
import { openStore } from './store/open';
import { buildApp } from './app';

async function start(): Promise<void> {
  const config = loadConfig();
  const opened = await openStore(config);
  const app = await buildApp({ store: opened.store, config, scheduler: true });
  const port = await app.listen(config.port);
  log.info(
    { port, storage: config.tablesConnectionString ? 'configured account' : 'embedded Azurite (.data/)', auth: config.appId ? 'Bot Framework JWT' : 'anonymous (local)' },
    'yos-secondment-bot listening',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await app.close();
    await opened.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

start().catch((err) => {
  log.error({ err: (err as Error).message }, 'could not start');
  process.exit(1);
});
