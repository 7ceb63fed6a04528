/**
 * `npm run package`: fills the manifest template from the environment (.env is read) and zips it
 * with the two icons into build/yos-secondment-bot.zip, ready to sideload in Teams.
 */
import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import JSZip from 'jszip';

export const MANIFEST_DIR = path.resolve(__dirname, '..', '..', 'manifest');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Used when no bot is registered yet (local Playground); Teams will refuse it, which is the point. */
const PLACEHOLDER_ID = '00000000-0000-4000-8000-0000000000b0';

export interface ManifestValues {
  TEAMS_APP_ID: string;
  BOT_ID: string;
  BOT_DOMAIN: string;
  /** The Entra app that installs the app through Graph (webApplicationInfo): GRAPH_CLIENT_ID, else the bot's. */
  GRAPH_APP_ID: string;
  DEVELOPER_NAME: string;
  DEVELOPER_WEBSITE_URL: string;
  DEVELOPER_PRIVACY_URL: string;
  DEVELOPER_TERMS_URL: string;
}

export function manifestValues(env: NodeJS.ProcessEnv): ManifestValues {
  const botId = env.BOT_ID || env.MicrosoftAppId || PLACEHOLDER_ID;
  if (!GUID.test(botId)) throw new Error(`BOT_ID/MicrosoftAppId must be the Azure Bot's app id (a GUID), got "${botId}"`);
  const graphAppId = env.GRAPH_CLIENT_ID || botId;
  if (!GUID.test(graphAppId)) throw new Error(`GRAPH_CLIENT_ID must be the Entra app id (a GUID), got "${graphAppId}"`);
  const website = env.DEVELOPER_WEBSITE_URL || 'https://www.example.org/yos-secondment-bot';
  return {
    TEAMS_APP_ID: env.TEAMS_APP_ID || botId,
    BOT_ID: botId,
    GRAPH_APP_ID: graphAppId,
    BOT_DOMAIN: new URL(env.PUBLIC_URL || 'https://yos-secondment-bot.example.org').host,
    DEVELOPER_NAME: env.DEVELOPER_NAME || 'National Probation Service',
    DEVELOPER_WEBSITE_URL: website,
    DEVELOPER_PRIVACY_URL: env.DEVELOPER_PRIVACY_URL || `${website}/privacy`,
    DEVELOPER_TERMS_URL: env.DEVELOPER_TERMS_URL || `${website}/terms`,
  };
}

export function renderManifest(values: ManifestValues): Record<string, unknown> {
  const template = fs.readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8');
  const filled = template.replace(/\$\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = (values as unknown as Record<string, string>)[name];
    if (value === undefined) throw new Error(`manifest placeholder ${name} has no value`);
    return value;
  });
  return JSON.parse(filled);
}

export async function buildPackage(values: ManifestValues, outFile: string): Promise<string> {
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(renderManifest(values), null, 2));
  zip.file('color.png', fs.readFileSync(path.join(MANIFEST_DIR, 'color.png')));
  zip.file('outline.png', fs.readFileSync(path.join(MANIFEST_DIR, 'outline.png')));
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return outFile;
}

if (require.main === module) {
  dotenv.config({ quiet: true } as dotenv.DotenvConfigOptions);
  const out = path.resolve(__dirname, '..', '..', 'build', 'yos-secondment-bot.zip');
  buildPackage(manifestValues(process.env), out).then(
    (file) => console.log(`Teams app package: ${file}`),
    (err) => {
      console.error(`package: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
