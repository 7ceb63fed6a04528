/**
 * An HTTP server on a free loopback port: the one way the stand-ins for Teams' Bot Connector and
 * Microsoft Graph listen and stop (open connections are dropped, so a test never waits on them).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export class LoopbackServer {
  private server: http.Server | null = null;

  constructor(private readonly handler: http.RequestListener) {}

  /** Starts listening; gives the base URL, e.g. "http://127.0.0.1:54321". */
  async start(): Promise<string> {
    const server = http.createServer(this.handler);
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = null;
  }
}
