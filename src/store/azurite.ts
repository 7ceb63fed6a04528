/**
 * Embedded Azurite table service, used when no TABLES_CONNECTION_STRING is configured (local runs)
 * and by the tests. Runs in a child process (see azurite-process.ts), bound to 127.0.0.1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** How long a save to disk may take before a flush is reported as failed. */
export const FLUSH_TIMEOUT_MS = 60_000;

export interface EmbeddedAzurite {
  connectionString: string;
  port: number;
  /** Resolves once every change made so far is on disk (at once when in memory). */
  flush(): Promise<void>;
  /** Stops the service (flushing persisted data); safe to call twice. */
  stop(): Promise<void>;
  /**
   * Lets it stop by itself once no process is connected (it may be shared by a CLI or another
   * instance on the same port); it flushes its data first. Returns at once.
   */
  release(): void;
  /** Kills it without a flush, as a crash would (fault tests). */
  kill(): void;
}

export interface AzuriteOptions {
  /** Folder for the table database; omitted = in memory. */
  dataDir?: string;
  /** 0 = any free port. */
  port?: number;
  /** The lock file of the data folder: the Azurite process creates it, holds it and removes it. */
  lockFile?: string;
}

export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`;
}

export class AzuriteStartError extends Error {
  constructor(
    message: string,
    /** EADDRINUSE: the port is taken; ELOCKED: another Azurite holds the data folder. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'AzuriteStartError';
  }
}

/** Asks the embedded Azurite on `port` to save everything to disk, and waits until it has. */
export async function flushAzurite(port: number): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`http://127.0.0.1:${port}/__yosbot/flush`, { method: 'POST', signal: AbortSignal.timeout(FLUSH_TIMEOUT_MS) });
  } catch (err) {
    throw new Error(`the embedded store did not confirm its data is saved (${(err as Error).message})`, { cause: err });
  }
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new Error(`the embedded store could not save its data: ${body.error ?? res.status}`);
}

function waitUntilReady(child: ChildProcess): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    child.once('message', (msg: { type: string; port?: number; code?: string; message?: string }) => {
      if (msg.type === 'ready' && msg.port) resolve(msg.port);
      else if (msg.type === 'locked') reject(new AzuriteStartError('another Azurite holds this data folder', 'ELOCKED'));
      else reject(new AzuriteStartError(msg.message ?? 'Azurite did not start', msg.code));
    });
    child.once('exit', (code) => reject(new AzuriteStartError(`Azurite exited with code ${code} while starting`)));
  });
}

export async function startAzurite(options: AzuriteOptions = {}): Promise<EmbeddedAzurite> {
  let dbPath = '';
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    dbPath = path.join(options.dataDir, '__azurite_db_table__.json');
  }
  const child: ChildProcess = fork(path.join(__dirname, 'azurite-process.js'), [], {
    env: {
      ...process.env,
      AZURITE_PORT: String(options.port ?? 0),
      AZURITE_DB_PATH: dbPath,
      AZURITE_DATA_DIR: options.dataDir ? path.resolve(options.dataDir) : '',
      AZURITE_LOCK_FILE: options.lockFile ?? '',
      NODE_OPTIONS: '--no-deprecation',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await waitUntilReady(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    connectionString: azuriteConnectionString(port),
    port,
    flush: () => flushAzurite(port),
    async stop() {
      if (!running()) return;
      if (child.connected) child.send({ type: 'stop' });
      else child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
    kill() {
      child.kill('SIGKILL');
    },
    release() {
      if (!running() || !child.connected) return;
      child.send({ type: 'stop-when-idle' });
      child.disconnect();
      child.unref();
    },
  };
}
