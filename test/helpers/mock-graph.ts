/**
 * A local stand-in for the few Microsoft Graph calls proactive installation makes, on loopback:
 * the org app catalog, installing an app for a user (201, 409 when already installed), listing
 * a user's installations and reading the chat of one. It checks the bearer token, and can be told
 * to refuse users (403), not know them (404) or throttle (429 with Retry-After).
 */
import http from 'node:http';
import { LoopbackServer } from './loopback-server';

export interface GraphCall {
  method: string;
  path: string;
  body: Record<string, any> | null;
  at: number;
}

export class MockGraph {
  readonly calls: GraphCall[] = [];
  /** Org catalog: manifest (external) id -> catalog id. */
  readonly catalog = new Map<string, string>();
  /** userId -> installed catalog ids. */
  readonly installed = new Map<string, Set<string>>();
  readonly users = new Set<string>();
  /** Users for whom installing is refused (admin policy, missing consent). */
  readonly forbidden = new Set<string>();
  /** The next N requests get 429 with this Retry-After (seconds). */
  private throttles: number[] = [];
  token = 'graph-test-token';
  url = '';
  private readonly listener = new LoopbackServer((req, res) => this.handle(req, res));

  throttleNext(count: number, retryAfterSeconds: number): void {
    for (let i = 0; i < count; i++) this.throttles.push(retryAfterSeconds);
  }

  callsTo(pattern: RegExp): GraphCall[] {
    return this.calls.filter((c) => pattern.test(`${c.method} ${c.path}`));
  }

  async start(): Promise<string> {
    this.url = `${await this.listener.start()}/v1.0`;
    return this.url;
  }

  async stop(): Promise<void> {
    await this.listener.stop();
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const body = text ? JSON.parse(text) : null;
      this.calls.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, body, at: Date.now() });
      const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(payload === undefined ? '' : JSON.stringify(payload));
      };
      const error = (status: number, code: string, message: string) => reply(status, { error: { code, message } });
      if (req.headers.authorization !== `Bearer ${this.token}`) return error(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
      const throttle = this.throttles.shift();
      if (throttle !== undefined) return reply(429, { error: { code: 'TooManyRequests', message: 'throttled' } }, { 'retry-after': String(throttle) });
      const route = this.route(req.method ?? '', url, body);
      if (route) reply(route.status, route.payload);
      else error(404, 'NotFound', `no route ${req.method} ${url.pathname}`);
    });
  }

  private route(method: string, url: URL, body: Record<string, any> | null): { status: number; payload?: unknown } | null {
    const parts = url.pathname.replace(/^\/v1\.0/, '').split('/').filter(Boolean).map(decodeURIComponent);
    if (method === 'GET' && parts.join('/') === 'appCatalogs/teamsApps') {
      const externalId = /externalId eq '([^']*)'/.exec(url.searchParams.get('$filter') ?? '')?.[1];
      const id = externalId ? this.catalog.get(externalId) : undefined;
      return { status: 200, payload: { value: id ? [{ id, externalId, displayName: 'YOS Secondments', distributionMethod: 'organization' }] : [] } };
    }
    if (parts[0] !== 'users' || parts[2] !== 'teamwork' || parts[3] !== 'installedApps') return null;
    const user = parts[1];
    if (!this.users.has(user)) return { status: 404, payload: { error: { code: 'NotFound', message: `user ${user} not found` } } };
    const apps = this.installed.get(user) ?? new Set<string>();
    if (method === 'POST' && parts.length === 4) {
      if (this.forbidden.has(user)) return { status: 403, payload: { error: { code: 'Forbidden', message: 'Missing role permissions on the request.' } } };
      const catalogId = /appCatalogs\/teamsApps\/([^/]+)$/.exec(String(body?.['teamsApp@odata.bind'] ?? ''))?.[1];
      if (!catalogId || ![...this.catalog.values()].includes(catalogId)) return { status: 400, payload: { error: { code: 'BadRequest', message: 'unknown app' } } };
      if (apps.has(catalogId)) return { status: 409, payload: { error: { code: 'Conflict', message: 'App is already installed.' } } };
      this.installed.set(user, apps.add(catalogId));
      return { status: 201 };
    }
    if (method === 'GET' && parts.length === 4) {
      const wanted = /teamsApp\/id eq '([^']*)'/.exec(url.searchParams.get('$filter') ?? '')?.[1];
      const value = [...apps].filter((a) => !wanted || a === wanted).map((a) => ({ id: `${user}##${a}`, teamsApp: { id: a } }));
      return { status: 200, payload: { value } };
    }
    if (method === 'GET' && parts.length === 6 && parts[5] === 'chat') {
      const [owner, app] = parts[4].split('##');
      if (owner !== user || !apps.has(app)) return { status: 404, payload: { error: { code: 'NotFound', message: 'installation not found' } } };
      return { status: 200, payload: { id: `19:${user}_bot@unq.gbl.spaces`, chatType: 'oneOnOne' } };
    }
    return null;
  }
}
