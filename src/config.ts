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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, readDotEnv = true): Config {
  if (readDotEnv) dotenv.config({ quiet: true } as dotenv.DotenvConfigOptions);
  const port = Number(env.PORT ?? 3978);
  const reminderTime = env.REMINDER_TIME ?? '09:00';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(reminderTime)) {
    throw new Error(`REMINDER_TIME must be HH:mm (24-hour, Europe/London), got "${reminderTime}"`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    tablesConnectionString: env.TABLES_CONNECTION_STRING || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    azuritePort: Number(env.AZURITE_TABLE_PORT ?? 10002),
    appId: env.MicrosoftAppId || env.BOT_ID || '',
    appPassword: env.MicrosoftAppPassword || env.BOT_PASSWORD || '',
    appType: env.MicrosoftAppType || (env.MicrosoftAppTenantId ? 'SingleTenant' : 'MultiTenant'),
    appTenantId: env.MicrosoftAppTenantId || '',
    notifyKey: env.NOTIFY_KEY || '',
    reminderTime,
    publicUrl: env.PUBLIC_URL || `http://localhost:${port}`,
    openIdMetadataUrl: env.BOT_OPENID_METADATA_URL || undefined,
  };
}
