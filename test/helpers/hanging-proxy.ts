/**
 * A TCP proxy in front of storage that can start hanging: it keeps accepting connections and
 * reading requests but never answers them, as a storage account does when it is stuck.
 */
import net from 'node:net';
import { loadDemoData } from '../../src/cli/demo';
import { todayInLondon } from '../../src/framework/dates';
import { Store } from '../../src/store/store';
import { startTestStorage } from './azurite';

export class HangingProxy {
  hanging = false;
  private server = net.createServer((client) => this.accept(client));
  private sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly upstreamPort: number) {}

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  /** Rewrites an Azurite connection string to go through the proxy. */
  connectionString(upstream: string): string {
    return upstream.replace(`127.0.0.1:${this.upstreamPort}`, `127.0.0.1:${this.port}`);
  }

  private accept(client: net.Socket): void {
    this.sockets.add(client);
    client.on('close', () => this.sockets.delete(client));
    client.on('error', () => undefined);
    let upstream: net.Socket | null = null;
    client.on('data', (chunk) => {
      if (this.hanging) return; // swallowed: the request never gets an answer
      if (!upstream) {
        upstream = net.connect(this.upstreamPort, '127.0.0.1');
        upstream.on('data', (d) => client.write(d));
        upstream.on('error', () => client.destroy());
        upstream.on('close', () => client.destroy());
        this.sockets.add(upstream);
      }
      upstream.write(chunk);
    });
    client.on('close', () => upstream?.destroy());
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The demo records in a fresh Azurite, reached through a HangingProxy the test can make hang. */
export interface HangingStorage {
  proxy: HangingProxy;
  /** Azurite's connection string, rewritten to go through the proxy. */
  connectionString: string;
  /** A store that goes through the proxy and gives up after `timeoutMs`. */
  openStore(timeoutMs: number): Promise<Store>;
  stop(): Promise<void>;
}

export async function startHangingStorage(): Promise<HangingStorage> {
  const storage = await startTestStorage();
  await loadDemoData(storage.store, todayInLondon(), 'test');
  const proxy = new HangingProxy(storage.azurite.port);
  await proxy.start();
  const connectionString = proxy.connectionString(storage.azurite.connectionString);
  return {
    proxy,
    connectionString,
    openStore: (timeoutMs) => Store.open(connectionString, { timeoutMs }),
    stop: async () => {
      await proxy.stop();
      await storage.azurite.stop();
    },
  };
}
