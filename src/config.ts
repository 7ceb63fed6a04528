/**
 * Configuration from the environment (a `.env` file is read first). Names follow the SPEC and the
 * Teams Toolkit templates (BOT_ID/BOT_PASSWORD are accepted as aliases).
 */
import path from 'node:path';
import dotenv from 'dotenv';

export interface Config {
  port: number;
  /** Unset: an embedded Azurite keeps data under `dataDir`. */
  tablesConnectionString: string | undefined;
  dataDir: string;
  azuritePort: number;
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
  /** Microsoft Graph sign-in for installing the app for people in no roster; null = off. */
  graph: GraphConfig | null;
  /** Where to send into a chat opened through Graph when no roster gave the tenant's serviceUrl. */
  teamsServiceUrl: string;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env, readDotEnv = true): Config {
  if (readDotEnv) dotenv.config({ quiet: true } as dotenv.DotenvConfigOptions);
  const port = Number(env.PORT ?? 3978);
  const reminderTime = env.REMINDER_TIME ?? '09:00';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(reminderTime)) {
    throw new Error(`REMINDER_TIME must be HH:mm (24-hour, Europe/London), got "${reminderTime}"`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const appId = env.MicrosoftAppId || env.BOT_ID || '';
  const appPassword = env.MicrosoftAppPassword || env.BOT_PASSWORD || '';
  return {
    port,
    tablesConnectionString: env.TABLES_CONNECTION_STRING || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    azuritePort: Number(env.AZURITE_TABLE_PORT ?? 10002),
    appId,
    appPassword,
    appType: env.MicrosoftAppType || (env.MicrosoftAppTenantId ? 'SingleTenant' : 'MultiTenant'),
    appTenantId: env.MicrosoftAppTenantId || '',
    notifyKey: env.NOTIFY_KEY || '',
    reminderTime,
    publicUrl: env.PUBLIC_URL || `http://localhost:${port}`,
    openIdMetadataUrl: env.BOT_OPENID_METADATA_URL || undefined,
    graph: graphConfig(env, appId, appPassword, env.MicrosoftAppTenantId || ''),
    teamsServiceUrl: env.TEAMS_SERVICE_URL || 'https://smba.trafficmanager.net/teams/',
  };
}
