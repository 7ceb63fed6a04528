import { main, type Io } from '../../src/cli/main';
import { startTestStorage, type TestStorage } from './azurite';

/** Runs the CLI in-process (against whatever TABLES_CONNECTION_STRING points at) and captures what it prints. */
export async function yosbot(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await main(['node', 'yosbot', ...args], io);
  return { code, out, err };
}

/**
 * A fresh Azurite for the CLI tests of the enclosing `describe`: before them TABLES_CONNECTION_STRING
 * points at it; after them the old value is back and Azurite stops. Call it before the describe's
 * own hooks, which may then use it.
 */
export function useCliStorage(): { readonly storage: TestStorage } {
  let storage: TestStorage | null = null;
  const saved = process.env.TABLES_CONNECTION_STRING;
  before(async () => {
    storage = await startTestStorage();
    process.env.TABLES_CONNECTION_STRING = storage.azurite.connectionString;
  });
  after(async () => {
    process.env.TABLES_CONNECTION_STRING = saved;
    await storage?.azurite.stop();
  });
  return {
    get storage(): TestStorage {
      if (!storage) throw new Error('CLI storage is started by a before hook: use it inside hooks and tests');
      return storage;
    },
  };
}
