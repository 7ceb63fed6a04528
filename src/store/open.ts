/**
 * Opens the configured storage: the account in TABLES_CONNECTION_STRING, or else an embedded
 * Azurite persisting under `.data/`. If another local process (say `npm start`) already runs the
 * embedded Azurite on its port, the CLI shares it instead of opening the same files twice; the
 * Azurite outlives the process that started it until every sharer has gone.
 */
import type { Config } from '../config';
import { azuriteConnectionString, startAzurite } from './azurite';
import { Store } from './store';

export interface OpenedStore {
  store: Store;
  close(): Promise<void>;
}

export async function openStore(config: Config): Promise<OpenedStore> {
  if (config.tablesConnectionString) {
    return { store: await Store.open(config.tablesConnectionString), close: async () => undefined };
  }
  try {
    const azurite = await startAzurite({ dataDir: config.dataDir, port: config.azuritePort });
    // Another CLI or instance may be sharing it: it stops (and saves) once nobody is connected.
    return { store: await Store.open(azurite.connectionString), close: async () => azurite.release() };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    const store = await Store.open(azuriteConnectionString(config.azuritePort));
    return { store, close: async () => undefined };
  }
}
