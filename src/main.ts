/**
 * `npm start`: storage (embedded Azurite unless TABLES_CONNECTION_STRING is set), the HTTP server
 * and the in-process reminder scheduler; stops all of them cleanly on SIGINT/SIGTERM.
 */
import { loadConfig } from './config';
import { log } from './log';
import { openStore } from './store/open';
import { createServer, listen } from './server';

async function start(): Promise<void> {
  const config = loadConfig();
  const opened = await openStore(config);
  const server = createServer({ store: opened.store });
  const port = await listen(server, config.port);
  log.info({ port, storage: config.tablesConnectionString ? 'configured account' : 'embedded Azurite (.data/)' }, 'yos-secondment-bot listening');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await new Promise<void>((resolve) => server.close(() => resolve()));
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
