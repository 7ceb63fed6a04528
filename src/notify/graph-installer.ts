/**
 * Proactive installation through Microsoft Graph, for people in no roster the bot can see:
 * install the app for the user (org-catalog app found once by the manifest id), read the chat
 * that installation opens with the bot, and hand its id back for sending. Least privilege:
 * `TeamsAppInstallation.ReadWriteSelfForUser.All` (the app may install only itself).
 *
 * 409 on install = already installed (fine); 403/404 = this person cannot be reached this way,
 * with the reason. 429, 502, 503, 504 and network failures are retried with backoff, honouring
 * Retry-After. Plain fetch against the Graph REST API; the token comes from @azure/identity.
 */
import { ClientSecretCredential, type TokenCredential } from '@azure/identity';
import { backoffMs, retryAfterMs } from './sender';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
export const GRAPH_PERMISSION = 'TeamsAppInstallation.ReadWriteSelfForUser.All';

export interface GraphSettings {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** https://graph.microsoft.com/v1.0, or a local stand-in in tests. */
  baseUrl: string;
  /** Entra sign-in host (sovereign clouds); default the public cloud. */
  authorityHost?: string;
  /** The Teams app's manifest id: its externalId in the org catalog. */
  externalAppId: string;
}

export type InstallResult =
  | { ok: true; chatId: string; alreadyInstalled: boolean }
  | { ok: false; status: number; reason: string };

export interface GraphInstallerOptions {
  baseUrl: string;
  externalAppId: string;
  credential: TokenCredential;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

interface GraphResponse {
  status: number;
  body: Record<string, any>;
}

const RETRYABLE = new Set([0, 429, 502, 503, 504]);

export class GraphInstaller {
  private catalogId: Promise<string | null> | null = null;
  readonly stats = { requests: 0, retries: 0, throttled: 0 };
  private readonly base: string;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: GraphInstallerOptions) {
    this.base = options.baseUrl.replace(/\/+$/, '');
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** One Graph call with retries; the last answer when retries run out. */
  private async call(method: 'GET' | 'POST', path: string, body?: object): Promise<GraphResponse> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    let last: GraphResponse = { status: 0, body: {} };
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      this.stats.requests++;
      let retryAfter: number | null = null;
      try {
        const { token } = (await this.options.credential.getToken(GRAPH_SCOPE)) ?? { token: '' };
        const response = await fetch(`${this.base}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
          body: body ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(15_000),
        });
        const text = await response.text();
        last = { status: response.status, body: text ? safeJson(text) : {} };
        retryAfter = retryAfterMs(response.headers.get('retry-after'));
      } catch (err) {
        last = { status: 0, body: { error: { code: 'network', message: (err as Error).message } } };
      }
      if (!RETRYABLE.has(last.status) || attempt === maxAttempts) return last;
      if (last.status === 429) this.stats.throttled++;
      this.stats.retries++;
      const backoff = backoffMs(attempt, this.options.baseDelayMs ?? 500, 30_000, this.options.random ?? Math.random);
      await this.sleep(retryAfter !== null ? Math.max(Math.min(retryAfter, this.options.maxRetryAfterMs ?? 60_000), backoff) : backoff);
    }
    return last;
  }

  /** The org-catalog id of our app, looked up once by the manifest id. */
  catalogAppId(): Promise<string | null> {
    const externalId = this.options.externalAppId.replace(/'/g, "''");
    this.catalogId ??= this.call('GET', `/appCatalogs/teamsApps?$filter=${encodeURIComponent(`externalId eq '${externalId}'`)}`).then((r) => {
      if (r.status !== 200) throw new Error(`Graph app catalog lookup failed: ${describe(r)}`);
      return (r.body.value?.[0]?.id as string | undefined) ?? null;
    });
    this.catalogId.catch(() => (this.catalogId = null)); // a failed lookup is tried again next time
    return this.catalogId;
  }

  /** Installs the app for one user (by Entra object id) and returns the bot's chat with them. */
  async installFor(userId: string): Promise<InstallResult> {
    let catalogId: string | null;
    try {
      catalogId = await this.catalogAppId();
    } catch (err) {
      return { ok: false, status: 0, reason: (err as Error).message };
    }
    if (!catalogId) return { ok: false, status: 404, reason: `the app (manifest id ${this.options.externalAppId}) is not in the organisation's app catalog` };
    const user = `/users/${encodeURIComponent(userId)}/teamwork/installedApps`;
    const installed = await this.call('POST', user, { 'teamsApp@odata.bind': `${this.base}/appCatalogs/teamsApps/${catalogId}` });
    if (installed.status !== 201 && installed.status !== 409) return { ok: false, status: installed.status, reason: `install refused: ${describe(installed)}` };
    const found = await this.call('GET', `${user}?$expand=teamsApp&$filter=${encodeURIComponent(`teamsApp/id eq '${catalogId}'`)}`);
    const installationId = found.body.value?.[0]?.id as string | undefined;
    if (found.status !== 200 || !installationId) return { ok: false, status: found.status, reason: `installation not found after installing: ${describe(found)}` };
    const chat = await this.chatOf(user, installationId);
    if (chat.status !== 200 || !chat.body.id) return { ok: false, status: chat.status, reason: `chat not readable: ${describe(chat)}` };
    return { ok: true, chatId: String(chat.body.id), alreadyInstalled: installed.status === 409 };
  }

  /** The chat appears a moment after a fresh install: a 404 is asked again a few times. */
  private async chatOf(user: string, installationId: string): Promise<GraphResponse> {
    let chat: GraphResponse = { status: 0, body: {} };
    for (let tries = 0; tries < 3; tries++) {
      chat = await this.call('GET', `${user}/${encodeURIComponent(installationId)}/chat`);
      if (chat.status !== 404) break;
      await this.sleep(500 * (tries + 1));
    }
    return chat;
  }
}

function safeJson(text: string): Record<string, any> {
  try {
    return JSON.parse(text) as Record<string, any>;
  } catch {
    return {};
  }
}

/** Status and Graph's error code and message, for the reach report (no secrets in Graph errors). */
function describe(r: GraphResponse): string {
  const error = r.body.error as { code?: string; message?: string } | undefined;
  return `HTTP ${r.status}${error?.code ? ` ${error.code}` : ''}${error?.message ? `: ${String(error.message).slice(0, 200)}` : ''}`;
}

/** The installer for configured settings, signing in with the app's client secret. */
export function createGraphInstaller(settings: GraphSettings, options: Partial<GraphInstallerOptions> = {}): GraphInstaller {
  const credential = new ClientSecretCredential(settings.tenantId, settings.clientId, settings.clientSecret, settings.authorityHost ? { authorityHost: settings.authorityHost } : {});
  return new GraphInstaller({ baseUrl: settings.baseUrl, externalAppId: settings.externalAppId, credential, ...options });
}
