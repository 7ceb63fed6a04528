/**
 * Opens the configured storage: the account in TABLES_CONNECTION_STRING, or else an embedded
 * Azurite persisting under `.data/`. Several local processes (npm start, CLI commands run at the
 * same time) share one embedded Azurite: a lock file in the data folder lets exactly one of them
 * start it, the others wait for it to answer and use it, and it outlives the process that started
 * it until every sharer has gone (see azurite-process.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { azuriteConnectionString, startAzurite } from './azurite';
import { Store } from './store';

export interface OpenedStore {
  store: Store;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when something on the port answers HTTP (an Azurite another process started). */
async function answers(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/devstoreaccount1/Tables`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

function lockIsStale(lockFile: string): boolean {
  try {
    const pid = Number(fs.readFileSync(lockFile, 'utf8'));
    if (!pid) return true;
    process.kill(pid, 0); // throws if no such process
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

async function embedded(config: Config): Promise<OpenedStore> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const lockFile = path.join(config.dataDir, 'azurite.lock');
  const shared = async () => ({ store: await Store.open(azuriteConnectionString(config.azuritePort)), close: async () => undefined });
  for (let attempt = 0; attempt < 300; attempt++) {
    if (await answers(config.azuritePort)) {
      try {
        return await shared();
      } catch {
        await sleep(200); // it was shutting down as we came; start our own next time round
        continue;
      }
    }
    let fd: number;
    try {
      fd = fs.openSync(lockFile, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (lockIsStale(lockFile)) fs.rmSync(lockFile, { force: true });
      else await sleep(100); // someone else is starting it
      continue;
    }
    fs.writeSync(fd, String(process.pid));
    fs.closeSync(fd);
    try {
      const azurite = await startAzurite({ dataDir: config.dataDir, port: config.azuritePort, lockFile });
      // Another CLI or instance may share it: it stops (and saves) once nobody is connected.
      return { store: await Store.open(azurite.connectionString), close: async () => azurite.release() };
    } catch (err) {
      fs.rmSync(lockFile, { force: true });
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    }
  }
  throw new Error(`could not start or reach the embedded Azurite on port ${config.azuritePort}`);
}

export async function openStore(config: Config): Promise<OpenedStore> {
  if (config.tablesConnectionString) {
    return { store: await Store.open(config.tablesConnectionString), close: async () => undefined };
  }
  return embedded(config);
}
