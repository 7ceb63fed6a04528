/**
 * Child-process entry that runs Azurite's table service (forked by azurite.ts). Azurite runs in
 * its own process because its query engine misbehaves when restify is loaded in the same process
 * (filters on non-key properties match the wrong rows), and so tests can stop storage for real.
 */
import fs from 'node:fs';

/* eslint-disable @typescript-eslint/no-var-requires */
const TableServer = require('azurite/dist/src/table/TableServer').default;
const TableConfiguration = require('azurite/dist/src/table/TableConfiguration').default;

async function run(): Promise<void> {
  const port = Number(process.env.AZURITE_PORT ?? 0);
  const dbPath = process.env.AZURITE_DB_PATH || '__tables_memory__.json';
  const inMemory = !process.env.AZURITE_DB_PATH;
  const config = new TableConfiguration(
    '127.0.0.1', port, undefined, dbPath,
    false, false, undefined, undefined, // no debug or access logs
    false, false, '', '', '', undefined, false, // strict mode, API version checked, no TLS or OAuth
    inMemory,
  );
  const server = new TableServer(config);
  // The lock (see store/open.ts) is ours while we run: it names our pid, and goes when we exit.
  const lockFile = process.env.AZURITE_LOCK_FILE;
  if (lockFile) {
    fs.writeFileSync(lockFile, String(process.pid));
    process.on('exit', () => fs.rmSync(lockFile, { force: true }));
  }
  try {
    await server.start();
  } catch (err) {
    process.send?.({ type: 'error', code: (err as NodeJS.ErrnoException).code, message: (err as Error).message });
    process.exit(1);
  }
  // Connections from any process (the one that started us, or a CLI sharing the port).
  let connections = 0;
  server.httpServer.on('connection', (socket: { on(event: 'close', fn: () => void): void }) => {
    connections++;
    socket.on('close', () => connections--);
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close().catch(() => undefined);
    process.exit(0);
  };
  // Shared use: keep serving until no process is connected, then flush and exit.
  const stopWhenIdle = () => {
    const timer = setInterval(() => {
      if (connections === 0) {
        clearInterval(timer);
        void stop();
      }
    }, 250);
  };
  process.on('message', (msg: { type?: string }) => {
    if (msg?.type === 'stop') void stop();
    if (msg?.type === 'stop-when-idle') stopWhenIdle();
  });
  // The process that started us has gone: others may still be using us.
  process.on('disconnect', stopWhenIdle);
  process.send?.({ type: 'ready', port: Number(new URL(server.getHttpServerAddress()).port) });
}

void run();
