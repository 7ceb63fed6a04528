/**
 * Embedded Azurite table service, used when no TABLES_CONNECTION_STRING is configured (local runs)
 * and by the tests. Started in-process through Azurite's own server classes, which avoids its CLI
 * wrapper (and the CLI's telemetry) and lets us bind port 0.
 */
import fs from 'node:fs';
import path from 'node:path';

// Azurite ships no type declarations for its internals; these are the two classes we use.
/* eslint-disable @typescript-eslint/no-var-requires */
const TableServer = require('azurite/dist/src/table/TableServer').default;
const TableConfiguration = require('azurite/dist/src/table/TableConfiguration').default;

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface EmbeddedAzurite {
  connectionString: string;
  port: number;
  stop(): Promise<void>;
}

export interface AzuriteOptions {
  /** Folder for the table database; omitted = in memory. */
  dataDir?: string;
  /** 0 = any free port. */
  port?: number;
}

export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`;
}

export async function startAzurite(options: AzuriteOptions = {}): Promise<EmbeddedAzurite> {
  const inMemory = !options.dataDir;
  let dbPath = '__tables_memory__.json';
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    dbPath = path.join(options.dataDir, '__azurite_db_table__.json');
  }
  const config = new TableConfiguration(
    '127.0.0.1',
    options.port ?? 0,
    undefined, // keep-alive default
    dbPath,
    false, // debug log
    false, // access log
    undefined,
    undefined,
    false, // loose
    false, // skip API version check
    '',
    '',
    '',
    undefined,
    false,
    inMemory,
  );
  const server = new TableServer(config);
  await server.start();
  const port = Number(new URL(server.getHttpServerAddress()).port);
  let stopped = false;
  return {
    connectionString: azuriteConnectionString(port),
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
    },
  };
}
