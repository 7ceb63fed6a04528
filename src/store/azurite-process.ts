/**
 * Child-process entry that runs Azurite's table service (forked by azurite.ts). Azurite runs in
 * its own process because its query engine misbehaves when restify is loaded in the same process
 * (filters on non-key properties match the wrong rows), and so tests can stop storage for real.
 *
 * Durability: Azurite keeps tables in memory (LokiJS) and on its own saves them every 5 s. Here the
 * file is saved shortly after every change (SAVE_INTERVAL_MS), on request (`POST /__yosbot/flush`,
 * which CLI commands wait for before reporting success), and on every way out: SIGTERM, SIGINT,
 * SIGHUP, the parent going away, the last sharer leaving. Only a hard kill of this process (or of
 * the machine) can lose the changes of the last interval.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createLock, readLock, removeLockIf, writeLock, type LockInfo, type LockState } from './azurite-lock';
import { DurableFsAdapter, unreadableStoreMessage } from './loki-durable';

const TableServer = require('azurite/dist/src/table/TableServer').default;
const TableConfiguration = require('azurite/dist/src/table/TableConfiguration').default;

/** The parts of Azurite's TableServer used here. */
interface AzuriteServer {
  httpServer: Server;
  metadataStore: { db: LokiDb };
  start(): Promise<void>;
  close(): Promise<void>;
  getHttpServerAddress(): string;
}

/** The parts of LokiJS used here. */
interface LokiDb {
  persistenceAdapter: unknown;
  throttledSavePending: boolean;
  autosaveDisable(): void;
  autosaveDirty(): boolean;
  saveDatabase(callback: (err?: Error | null) => void): void;
}

const env = {
  port: Number(process.env.AZURITE_PORT ?? 0),
  dbPath: process.env.AZURITE_DB_PATH || '__tables_memory__.json',
  inMemory: !process.env.AZURITE_DB_PATH,
  lockFile: process.env.AZURITE_LOCK_FILE || '',
  dataDir: process.env.AZURITE_DATA_DIR || '',
  saveIntervalMs: Number(process.env.AZURITE_SAVE_INTERVAL_MS || 200),
};
const token = randomUUID();
const send = (msg: object) => process.send?.(msg);

function createServer(): { server: AzuriteServer; db: LokiDb } {
  const config = new TableConfiguration(
    '127.0.0.1', env.port, undefined, env.dbPath,
    false, false, undefined, undefined, // no debug or access logs
    false, false, '', '', '', undefined, false, // strict mode, API version checked, no TLS or OAuth
    env.inMemory,
  );
  const server: AzuriteServer = new TableServer(config);
  const db = server.metadataStore.db;
  if (!env.inMemory) db.persistenceAdapter = new DurableFsAdapter();
  db.autosaveDisable(); // replaced by the save loop below
  return { server, db };
}

/** LokiJS clears its dirty flags when a save starts, so after a failed save only this says the file is behind. */
let lastSaveFailed = false;

/** Resolves once every change made so far is on disk. */
function flush(db: LokiDb): Promise<void> {
  if (!db.autosaveDirty() && !db.throttledSavePending && !lastSaveFailed) return Promise.resolve();
  // LokiJS queues a save asked for during another and runs it after, so this one includes everything.
  return new Promise((resolve, reject) =>
    db.saveDatabase((err) => {
      lastSaveFailed = !!err;
      if (err) reject(err);
      else resolve();
    }),
  );
}

function reportSaveFailure(err: unknown): void {
  process.stderr.write(`azurite: could not save ${env.dbPath}: ${(err as Error).message}\n`);
}

function setLock(state: LockState, port?: number): void {
  if (!env.lockFile) return;
  const info: LockInfo = { pid: process.pid, state, dataDir: env.dataDir, at: Date.now(), port, token };
  writeLock(env.lockFile, info);
}

function releaseLock(): void {
  const current = env.lockFile ? readLock(env.lockFile) : null;
  if (current && 'token' in current.lock && current.lock.token === token) removeLockIf(env.lockFile, current.text);
  if (current && 'state' in current.lock && current.lock.state === 'starting' && current.lock.pid === process.pid) removeLockIf(env.lockFile, current.text);
}

/** Our two control requests, answered before Azurite sees anything; other requests are counted. */
function routeRequests(httpServer: Server, db: LokiDb, inFlight: { count: number }): void {
  const azurite = httpServer.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  httpServer.removeAllListeners('request');
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const reply = (status: number, body: object) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/__yosbot/identity') return reply(200, { token, dataDir: env.dataDir, pid: process.pid });
    if (req.url === '/__yosbot/flush' && req.method === 'POST') {
      flush(db).then(
        () => reply(200, { saved: true }),
        (err) => {
          reportSaveFailure(err);
          reply(500, { error: `could not save: ${(err as Error).message}` });
        },
      );
      return;
    }
    inFlight.count++;
    res.once('close', () => inFlight.count--);
    for (const listener of azurite) listener.call(httpServer, req, res);
  });
}

async function start(): Promise<void> {
  if (env.lockFile && !createLock(env.lockFile, { pid: process.pid, state: 'starting', dataDir: env.dataDir, at: Date.now() })) {
    send({ type: 'locked' }); // another Azurite holds this folder; the caller will use it
    process.exit(0);
  }
  process.on('exit', releaseLock);
  const { server, db } = createServer();
  const inFlight = { count: 0 };
  routeRequests(server.httpServer, db, inFlight);
  try {
    await server.start();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'EADDRINUSE' || env.inMemory ? (err as Error).message : unreadableStoreMessage(env.dbPath, (err as Error).message);
    send({ type: 'error', code, message });
    process.exit(1);
  }
  const port = Number(new URL(server.getHttpServerAddress()).port);
  setLock('ready', port);
  keepRunning(server, db, inFlight);
  send({ type: 'ready', port });
}

function keepRunning(server: AzuriteServer, db: LokiDb, inFlight: { count: number }): void {
  const saver = setInterval(() => {
    if ((db.autosaveDirty() || lastSaveFailed) && !db.throttledSavePending) flush(db).catch(reportSaveFailure);
  }, env.saveIntervalMs);

  // Connections from any process (the one that started us, or a CLI sharing the port).
  let connections = 0;
  server.httpServer.on('connection', (socket) => {
    connections++;
    socket.on('close', () => connections--);
  });

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      setLock('stopping');
      clearInterval(saver);
      await server.close().catch(() => undefined); // stops taking requests; Azurite saves on close
      for (let waited = 0; inFlight.count > 0 && waited < 2000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      let code = 0;
      await flush(db).catch((err) => {
        reportSaveFailure(err);
        code = 1;
      });
      process.exit(code);
    })());

  // Shared use: save now, keep serving until no process is connected, then stop.
  let idleTimer: NodeJS.Timeout | null = null;
  const stopWhenIdle = () => {
    flush(db).catch(reportSaveFailure);
    idleTimer ??= setInterval(() => {
      if (connections === 0) void stop();
    }, 250);
  };

  process.on('message', (msg: { type?: string }) => {
    if (msg?.type === 'stop') void stop();
    if (msg?.type === 'stop-when-idle') stopWhenIdle();
  });
  // The process that started us has gone (even by kill -9): others may still be using us.
  process.on('disconnect', stopWhenIdle);
  process.on('SIGTERM', () => void stop());
  // Ctrl-C reaches the whole terminal group (us too): save at once, then go when the others have.
  process.on('SIGINT', stopWhenIdle);
  process.on('SIGHUP', stopWhenIdle);
}

void start();
