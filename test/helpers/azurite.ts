/** A fresh in-memory Azurite per suite, on a free port, and a Store opened on it. */
import { startAzurite, type EmbeddedAzurite } from '../../src/store/azurite';
import { Store } from '../../src/store/store';

export interface TestStorage {
  azurite: EmbeddedAzurite;
  store: Store;
}

export async function startTestStorage(): Promise<TestStorage> {
  const azurite = await startAzurite();
  const store = await Store.open(azurite.connectionString);
  return { azurite, store };
}
