/**
 * Opens the configured storage: the account in TABLES_CONNECTION_STRING, or else an embedded
 * Azurite persisting under the data folder (`.data/`). Several local processes (npm start, CLI
 * commands run at the same time) share one embedded Azurite per data folder: its lock file
 * (azurite-lock.ts) names the process, port and token of the one serving the folder, the others
 * check that whatever answers on that port is really it, and it outlives the process that started
 * it until every sharer has gone (see azurite-process.ts). Two checkouts never share a store: the
 * second finds its own folder's lock empty, and if the preferred port is taken it uses another.
 */
import { DefaultAzureCredential } from '@azure/identity';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { azuriteConnectionString, flushAzurite, startAzurite } from './azurite';
import { holderGone, lockFileOf, readLock, removeLockIf, type ForeignLock, type LockInfo } from './azurite-lock';
import { Store } from './store';

export interface OpenedStore {
  store: Store;
  /** Resolves once every write so far is durable (embedded: saved to disk; an account: at once). */
  flush(): Promise<void>;
  close(): Promise<void>;
  /** Where the data lives, for the start-up log. */
  description: string;
}

/** How long to wait for another process's Azurite (starting, busy or stopping) before giving up. */
export const OPEN_TIMEOUT_MS = 20_000;

export interface OpenOptions {
  /** Overrides OPEN_TIMEOUT_MS. */
  waitMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when the Azurite on `port` is the one the lock names, serving this data folder. */
async function isOurs(lock: LockInfo, dataDir: string): Promise<boolean> {
  if (!lock.port || !lock.token) return false;
  try {
    const res = await fetch(`http://127.0.0.1:${lock.port}/__yosbot/identity`, { signal: AbortSignal.timeout(1000) });
    const identity = (await res.json()) as { token?: string; dataDir?: string };
    return identity.token === lock.token && identity.dataDir === dataDir;
  } catch {
    return false;
  }
}

type Verdict = { use: number } | 'stale' | 'wait';

async function assess(lock: LockInfo | ForeignLock, dataDir: string): Promise<Verdict> {
  if ('foreign' in lock) return holderGone(lock.pid) ? 'stale' : 'wait';
  if (lock.state === 'ready' && (await isOurs(lock, dataDir))) return { use: lock.port! };
  return holderGone(lock.pid) ? 'stale' : 'wait';
}

function lockProblem(lockFile: string, lock: LockInfo | ForeignLock | undefined, waitMs: number): Error {
  const holder = !lock ? 'another process' : 'foreign' in lock ? `process ${lock.pid ?? '(no pid)'}` : `process ${lock.pid} (${lock.state}${lock.port ? `, port ${lock.port}` : ''})`;
  return new Error(
    `the embedded store's lock ${lockFile} is held by ${holder}, which did not answer as this folder's Azurite within ${waitMs / 1000} s. ` +
      `If no yosbot command or npm start is running for ${path.dirname(lockFile)}, delete ${lockFile} and try again.`,
  );
}

async function shared(config: Config, port: number): Promise<OpenedStore> {
  const flush = () => flushAzurite(port);
  const store = await Store.open(azuriteConnectionString(port), { timeoutMs: config.storageTimeoutMs, policy: config.policy, saveAll: flush });
  return { store, flush, close: async () => undefined, description: `embedded Azurite on port ${port} (${config.dataDir})` };
}

/** Starts the folder's Azurite; 'retry' when another process got the lock first or the port was taken. */
async function startOwn(config: Config, lockFile: string, port: number): Promise<OpenedStore | 'locked' | 'port taken'> {
  let azurite;
  try {
    azurite = await startAzurite({ dataDir: config.dataDir, port, lockFile });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ELOCKED') return 'locked';
    if (code !== 'EADDRINUSE') throw err;
    if (!config.azuritePortFixed) return 'port taken';
    throw new Error(`port ${port} (AZURITE_TABLE_PORT) is used by another program, perhaps another checkout's store; choose a free port, or unset AZURITE_TABLE_PORT to let yosbot pick one`, { cause: err });
  }
  try {
    const store = await Store.open(azurite.connectionString, { timeoutMs: config.storageTimeoutMs, policy: config.policy, saveAll: azurite.flush });
    // Another CLI or instance may share it: it stops (and saves) once nobody is connected.
    return { store, flush: azurite.flush, close: async () => azurite.release(), description: `embedded Azurite on port ${azurite.port} (${config.dataDir})` };
  } catch (err) {
    await azurite.stop();
    throw err;
  }
}

async function embedded(config: Config, waitMs: number): Promise<OpenedStore> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const lockFile = lockFileOf(config.dataDir);
  const deadline = Date.now() + waitMs;
  let port = config.azuritePort;
  for (;;) {
    const found = readLock(lockFile);
    if (!found) {
      const started = await startOwn(config, lockFile, port);
      if (typeof started !== 'string') return started;
      if (started === 'port taken') port = 0; // any free port: the lock tells sharers which
      continue;
    }
    const verdict = await assess(found.lock, config.dataDir);
    if (verdict === 'stale') {
      removeLockIf(lockFile, found.text);
      continue;
    }
    if (verdict !== 'wait') {
      try {
        return await shared(config, verdict.use);
      } catch {
        // it was shutting down as we came; look again
      }
    }
    if (Date.now() > deadline) throw lockProblem(lockFile, found.lock, waitMs);
    await sleep(100);
  }
}

export async function openStore(config: Config, options: OpenOptions = {}): Promise<OpenedStore> {
  if (config.tablesAccountUrl) {
    const target = { accountUrl: config.tablesAccountUrl, credential: new DefaultAzureCredential() };
    const store = await Store.open(target, { timeoutMs: config.storageTimeoutMs, policy: config.policy });
    return { store, flush: async () => undefined, close: async () => undefined, description: `storage account ${config.tablesAccountUrl} (managed identity)` };
  }
  if (config.tablesConnectionString) {
    const store = await Store.open(config.tablesConnectionString, { timeoutMs: config.storageTimeoutMs, policy: config.policy });
    return { store, flush: async () => undefined, close: async () => undefined, description: 'configured storage account' };
  }
  return embedded(config, options.waitMs ?? OPEN_TIMEOUT_MS);
}
