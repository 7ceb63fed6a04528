/**
 * Configuration from the environment (a `.env` file is read first). Names follow the SPEC and the
 * Teams Toolkit templates (BOT_ID/BOT_PASSWORD are accepted as aliases).
 */
import net from 'node:net';
import path from 'node:path';
import dotenv from 'dotenv';
import { DEFAULT_STORAGE_TIMEOUT_MS } from './store/table';
import { localPolicyFromEnv, type LocalPolicy } from './framework/local-policy';
import { BOT_FRAMEWORK_SERVICE_URLS, LOOPBACK_SERVICE_URLS, parseServiceUrlList } from './service-urls';

export interface Config {
  port: number;
  /** Address the HTTP server binds: loopback unless HOST says otherwise. */
  host: string;
  /** Without an app id, refuse a non-loopback HOST unless this is set (ALLOW_ANONYMOUS_ON_NETWORK=true). */
  allowAnonymousOnNetwork: boolean;
  /** Unset: an embedded Azurite keeps data under `dataDir`. */
  tablesConnectionString: string | undefined;
  /**
   * A storage account's table endpoint (TABLES_ACCOUNT_URL), reached with the app's Entra identity
   * (DefaultAzureCredential: the managed identity in Azure, AZURE_CLIENT_ID naming a user-assigned
   * one). The alternative to a connection string: no account key anywhere.
   */
  tablesAccountUrl: string | undefined;
  dataDir: string;
  /** Port the embedded Azurite prefers (10002, Azurite's usual table port). */
  azuritePort: number;
  /** AZURITE_TABLE_PORT was set: use exactly that port, never another. */
  azuritePortFixed: boolean;
  /** Deadline for one storage call (STORAGE_TIMEOUT_MS). */
  storageTimeoutMs: number;
  appId: string;
  appPassword: string;
  appType: string;
  appTenantId: string;
  notifyKey: string;
  /** HH:mm, Europe/London; reminders go out on working days from this time. */
  reminderTime: string;
  /** Public base URL of the bot (calendar feeds, manifest valid domains). */
  publicUrl: string;
  /** Override of the Bot Framework OpenID metadata URL (sovereign clouds; tests). */
  openIdMetadataUrl: string | undefined;
  /** Bot Connector endpoints activities may name (see src/service-urls.ts; SERVICE_URL_ALLOWLIST). */
  serviceUrlAllowList: string[];
  /** Microsoft Graph sign-in for installing the app for people in no roster; null = off. */
  graph: GraphConfig | null;
  /** Where to send into a chat opened through Graph when no roster gave the tenant's serviceUrl. */
  teamsServiceUrl: string;
  /** Settings the framework leaves local (T&S sign-off days, SPOC powers, claim limits). */
  policy: LocalPolicy;
  /** The Entra app whose tokens the oversight tab accepts (TAB_SSO_APP_ID, else the bot id; empty = local `?as=`). */
  tabSsoAppId: string;
  /** Entra signing keys for tab tokens (TAB_SSO_KEYS_URL; tests point it at a stand-in). */
  tabSsoKeysUrl: string | undefined;
}

export interface GraphConfig {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  baseUrl: string;
  authorityHost: string | undefined;
  /** The Teams app's manifest id (its externalId in the org catalog). */
  externalAppId: string;
}

/**
 * Graph installation is on when GRAPH_TENANT_ID, GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET are set,
 * or when the bot's own app registration is (id, secret and a tenant: MicrosoftAppTenantId or
 * GRAPH_TENANT_ID).
 */
function graphConfig(env: NodeJS.ProcessEnv, appId: string, appPassword: string, appTenantId: string): GraphConfig | null {
  const tenantId = env.GRAPH_TENANT_ID || appTenantId;
  const own = env.GRAPH_CLIENT_ID && env.GRAPH_CLIENT_SECRET;
  const clientId = own ? (env.GRAPH_CLIENT_ID as string) : appId;
  const clientSecret = own ? (env.GRAPH_CLIENT_SECRET as string) : appPassword;
  if (!tenantId || !clientId || !clientSecret) return null;
  const externalAppId = env.TEAMS_APP_ID || appId;
  if (!externalAppId) throw new Error('Graph installation needs TEAMS_APP_ID (the manifest id) or the bot app id');
  return {
    tenantId, clientId, clientSecret, externalAppId,
    baseUrl: env.GRAPH_BASE_URL || 'https://graph.microsoft.com/v1.0',
    authorityHost: env.GRAPH_AUTHORITY_HOST || undefined,
  };
}

function portNumber(name: string, value: string | undefined, fallback: number): number {
  const port = Number(value ?? fallback);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name} must be a port number, got "${value}"`);
  return port;
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a whole number of milliseconds, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, readDotEnv = true): Config {
  if (readDotEnv) dotenv.config({ quiet: true } as dotenv.DotenvConfigOptions);
  const port = portNumber('PORT', env.PORT, 3978);
  const reminderTime = env.REMINDER_TIME ?? '09:00';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(reminderTime)) {
    throw new Error(`REMINDER_TIME must be HH:mm (24-hour, Europe/London), got "${reminderTime}"`);
  }
  const appId = env.MicrosoftAppId || env.BOT_ID || '';
  const appPassword = env.MicrosoftAppPassword || env.BOT_PASSWORD || '';
  return {
    port,
    host: env.HOST || '127.0.0.1',
    allowAnonymousOnNetwork: env.ALLOW_ANONYMOUS_ON_NETWORK === 'true',
    tablesConnectionString: env.TABLES_CONNECTION_STRING || undefined,
    tablesAccountUrl: tablesAccountUrl(env),
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    azuritePort: portNumber('AZURITE_TABLE_PORT', env.AZURITE_TABLE_PORT || undefined, 10002),
    azuritePortFixed: !!env.AZURITE_TABLE_PORT,
    storageTimeoutMs: positiveInteger('STORAGE_TIMEOUT_MS', env.STORAGE_TIMEOUT_MS || undefined, DEFAULT_STORAGE_TIMEOUT_MS),
    appId,
    appPassword,
    appType: env.MicrosoftAppType || (env.MicrosoftAppTenantId ? 'SingleTenant' : 'MultiTenant'),
    appTenantId: env.MicrosoftAppTenantId || '',
    notifyKey: env.NOTIFY_KEY || '',
    reminderTime,
    publicUrl: env.PUBLIC_URL || `http://localhost:${port}`,
    openIdMetadataUrl: env.BOT_OPENID_METADATA_URL || undefined,
    serviceUrlAllowList: serviceUrlAllowList(env),
    graph: graphConfig(env, appId, appPassword, env.MicrosoftAppTenantId || ''),
    teamsServiceUrl: env.TEAMS_SERVICE_URL || 'https://smba.trafficmanager.net/teams/',
    policy: localPolicyFromEnv(env),
    tabSsoAppId: env.TAB_SSO_APP_ID || appId,
    tabSsoKeysUrl: env.TAB_SSO_KEYS_URL || undefined,
  };
}

/** TABLES_ACCOUNT_URL checked: an https URL (http only on loopback), and not beside a connection string. */
function tablesAccountUrl(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.TABLES_ACCOUNT_URL;
  if (!value) return undefined;
  if (env.TABLES_CONNECTION_STRING) throw new Error('set TABLES_CONNECTION_STRING or TABLES_ACCOUNT_URL, not both');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`TABLES_ACCOUNT_URL must be the storage account's table endpoint (https://<account>.table.core.windows.net), got "${value}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new Error('TABLES_ACCOUNT_URL must use https (an Entra token is never sent in clear)');
  }
  return value.replace(/\/+$/, '');
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (net.isIPv4(host)) return host.startsWith('127.');
  return host === '::1' || host === '[::1]' || /^::ffff:127\./i.test(host);
}

/**
 * Without an app id the bot cannot tell Teams from anyone else, so anyone who can reach the port
 * could act as any person. That is fine on loopback (local tries) and refused elsewhere unless
 * explicitly allowed.
 */
export function bindingProblem(config: Pick<Config, 'appId' | 'host' | 'allowAnonymousOnNetwork'>): string | null {
  if (config.appId || isLoopback(config.host) || config.allowAnonymousOnNetwork) return null;
  return (
    `refusing to listen on ${config.host} without an app id: anyone who can reach the port could act as any person. ` +
    'Set MicrosoftAppId/MicrosoftAppPassword (BOT_ID/BOT_PASSWORD), or bind loopback (HOST=127.0.0.1), ' +
    'or set ALLOW_ANONYMOUS_ON_NETWORK=true if this network is trusted'
  );
}

/**
 * SERVICE_URL_ALLOWLIST, else the Bot Framework channels (and TEAMS_SERVICE_URL, the operator's
 * own setting), plus loopback when running without an app id.
 */
function serviceUrlAllowList(env: NodeJS.ProcessEnv): string[] {
  if (env.SERVICE_URL_ALLOWLIST) return parseServiceUrlList(env.SERVICE_URL_ALLOWLIST);
  const anonymous = !(env.MicrosoftAppId || env.BOT_ID);
  const configured = env.TEAMS_SERVICE_URL ? parseServiceUrlList(env.TEAMS_SERVICE_URL, 'TEAMS_SERVICE_URL') : [];
  return [...BOT_FRAMEWORK_SERVICE_URLS, ...configured, ...(anonymous ? LOOPBACK_SERVICE_URLS : [])];
}
