/**
 * An HTTP proxy in front of Azurite that a test can make fail at a precise point: `cutAfter` lets
 * the next matching request through to storage (so it is applied) and then drops its answer, as a
 * network or storage fault right after a write does; `drop` loses matching requests before they
 * reach storage (the connection breaks with no answer, so the client cannot tell); `down` refuses
 * connections (nothing reaches storage) and `up` restores. Every request is recorded (method, URL,
 * body) for checks.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ProxiedRequest {
  method: string;
  url: string;
  body: string;
}

type Match = (request: ProxiedRequest) => boolean;

export class StorageProxy {
  readonly requests: ProxiedRequest[] = [];
  port = 0;
  private server: http.Server | null = null;
  private readonly sockets = new Set<Socket>();
  private cut: { match: Match; then: 'down' | 'up' } | null = null;
  private dropping: Match | null = null;
  /** Resolves when an armed cut has happened. */
  cutDone: Promise<void> = Promise.resolve();
  private onCut: () => void = () => undefined;

  constructor(private readonly upstreamPort: number) {}

  async start(): Promise<void> {
    await this.up();
  }

  /** An Azurite connection string rewritten to go through the proxy. */
  connectionString(upstream: string): string {
    return upstream.replace(`127.0.0.1:${this.upstreamPort}`, `127.0.0.1:${this.port}`);
  }

  /** The next request matching `match` reaches storage; its answer is dropped and the proxy then goes `then`. */
  cutAfter(match: Match, then: 'down' | 'up' = 'down'): void {
    this.cut = { match, then };
    this.cutDone = new Promise((resolve) => (this.onCut = resolve));
  }

  /** Every request matching `match` is lost before it reaches storage, until `up` or `keep`. */
  drop(match: Match): void {
    this.dropping = match;
  }

  keep(): void {
    this.dropping = null;
  }

  async up(): Promise<void> {
    this.dropping = null;
    if (this.server) return;
    const server = http.createServer((req, res) => this.forward(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Connections are refused from now on (ECONNREFUSED: nothing reaches storage). */
  async down(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async stop(): Promise<void> {
    this.cut = null;
    await this.down();
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const request = { method: req.method ?? 'GET', url: req.url ?? '/', body: body.toString('utf8') };
      this.requests.push(request);
      if (this.dropping?.(request)) {
        req.socket.destroy();
        return;
      }
      const cut = this.cut && this.cut.match(request) ? this.cut : null;
      if (cut) this.cut = null;
      const upstream = http.request({ host: '127.0.0.1', port: this.upstreamPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        if (cut) {
          answer.resume();
          answer.on('end', () => void this.afterCut(req.socket, cut.then));
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => req.socket.destroy());
      upstream.end(body);
    });
  }

  /** Storage has applied the request: drop the answer, then go down or stay up. */
  private async afterCut(socket: Socket, then: 'down' | 'up'): Promise<void> {
    socket.destroy();
    if (then === 'down') await this.down();
    this.onCut();
  }
}

/** A write to the ExpenseClaims table whose body holds `text` (a single-entity write or a transaction). */
export function claimWrite(text: string): Match {
  return (r) => r.method !== 'GET' && r.method !== 'HEAD' && r.body.includes(text) && (r.url.includes('ExpenseClaims') || r.body.includes('ExpenseClaims'));
}
