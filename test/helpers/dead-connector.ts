/**
 * Bot Connectors that do not work, where Teams would be: one refusing connections (a port nobody
 * listens on) and one that accepts connections and never says a word. Counts the connections the
 * silent one was asked to take.
 */
import net from 'node:net';

export interface DeadConnectors {
  /** serviceUrl of a connector refusing connections. */
  refusing: string;
  /** serviceUrl of a connector that accepts and never answers. */
  silent: string;
  /** Connections the silent connector has accepted so far. */
  silentConnections(): number;
  close(): Promise<void>;
}

export async function startDeadConnectors(): Promise<DeadConnectors> {
  const closed = net.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const refusingPort = (closed.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const silent = net.createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  return {
    refusing: `http://127.0.0.1:${refusingPort}/`,
    silent: `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}/`,
    silentConnections: () => connections,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    },
  };
}
