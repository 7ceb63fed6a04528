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

export interface EmbeddedAzurite {
  connectionString: string;
  port: number;
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
  /** A lock file the Azurite process takes over (holds its pid) and removes when it exits. */
  lockFile?: string;
}

export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`;
}

class AzuriteStartError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

export async function startAzurite(options: AzuriteOptions = {}): Promise<EmbeddedAzurite> {
  let dbPath = '';
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    dbPath = path.join(options.dataDir, '__azurite_db_table__.json');
  }
  const child: ChildProcess = fork(path.join(__dirname, 'azurite-process.js'), [], {
    env: { ...process.env, AZURITE_PORT: String(options.port ?? 0), AZURITE_DB_PATH: dbPath, AZURITE_LOCK_FILE: options.lockFile ?? '', NODE_OPTIONS: '--no-deprecation' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (msg: { type: string; port?: number; code?: string; message?: string }) => {
      if (msg.type === 'ready' && msg.port) resolve(msg.port);
      else {
        const err = new AzuriteStartError(`Azurite did not start: ${msg.message}`, msg.code);
        (err as NodeJS.ErrnoException).code = msg.code;
        reject(err);
      }
    });
    child.once('exit', (code) => reject(new AzuriteStartError(`Azurite exited with code ${code} while starting`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    connectionString: azuriteConnectionString(port),
    port,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
    kill() {
      child.kill('SIGKILL');
    },
    release() {
      if (child.exitCode !== null || child.signalCode !== null || !child.connected) return;
      child.send({ type: 'stop-when-idle' });
      child.disconnect();
      child.unref();
    },
  };
}
