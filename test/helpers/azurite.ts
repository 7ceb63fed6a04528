/** A fresh Azurite per suite, on a free port, and a Store opened on it. */
import { startAzurite, type AzuriteOptions, type EmbeddedAzurite } from '../../src/store/azurite';
import { Store } from '../../src/store/store';
import type { LocalPolicy } from '../../src/framework/local-policy';

export interface TestStorage {
  azurite: EmbeddedAzurite;
  store: Store;
}

/** In memory unless `dataDir` is given (needed to stop and restart it with its data). */
export async function startTestStorage(options: AzuriteOptions & { policy?: LocalPolicy } = {}): Promise<TestStorage> {
  const { policy, ...azuriteOptions } = options;
  const azurite = await startAzurite(azuriteOptions);
  // With a data folder, changes are confirmed once on disk, as the app's own embedded store does.
  const store = await Store.open(azurite.connectionString, { policy, saveAll: azuriteOptions.dataDir ? azurite.flush : undefined });
  return { azurite, store };
}
