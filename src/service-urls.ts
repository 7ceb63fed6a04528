/**
 * Which Bot Connector endpoints the bot will talk to. An activity names the `serviceUrl` its
 * replies, proactive messages and roster look-ups go to; without this check a forged activity
 * could point any of them at a server of its sender's choosing. Only the Bot Framework / Teams
 * channel endpoints are accepted by default, plus loopback when the app runs anonymously (local
 * runs, tests and the Agents Playground, whose mocked connector is http://localhost:<port>/).
 * SERVICE_URL_ALLOWLIST replaces the list.
 *
 * A pattern is `scheme://host[:port]/[path prefix]`: `*.` before the host allows any subdomain,
 * `:*` any port; no port means the scheme's default port only.
 */

/** The public, US Government (GCC, GCC High, DoD) Teams channels and the Bot Framework service. */
export const BOT_FRAMEWORK_SERVICE_URLS = [
  'https://smba.trafficmanager.net/',
  'https://*.botframework.com/',
  'https://smba.infra.gcc.teams.microsoft.com/',
  'https://smba.infra.gov.teams.microsoft.us/',
  'https://smba.infra.dod.teams.microsoft.us/',
  'https://*.botframework.azure.us/',
];

export const LOOPBACK_SERVICE_URLS = ['http://localhost:*/', 'http://127.0.0.1:*/', 'http://[::1]:*/'];

interface Pattern {
  protocol: string;
  anySubdomain: boolean;
  host: string;
  port: string | '*';
  pathPrefix: string;
}

const PATTERN = /^(https?):\/\/(\*\.)?([a-z0-9.-]+|\[[0-9a-f:]+\])(?::(\*|\d{1,5}))?(\/[^?#]*)?$/i;

function parsePattern(text: string, setting = 'SERVICE_URL_ALLOWLIST'): Pattern {
  const m = PATTERN.exec(text.trim());
  if (!m) throw new Error(`${setting}: "${text}" is not a pattern like https://smba.trafficmanager.net/ or http://localhost:*/`);
  return { protocol: `${m[1].toLowerCase()}:`, anySubdomain: !!m[2], host: m[3].toLowerCase(), port: m[4] ?? '', pathPrefix: m[5] ?? '/' };
}

/** The patterns from a setting (commas or spaces between them), checked. */
export function parseServiceUrlList(text: string, setting = 'SERVICE_URL_ALLOWLIST'): string[] {
  const patterns = text.split(/[\s,]+/).filter(Boolean);
  for (const p of patterns) parsePattern(p, setting);
  return patterns;
}

function matches(p: Pattern, url: URL): boolean {
  if (url.protocol !== p.protocol || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  const hostOk = p.anySubdomain ? host.endsWith(`.${p.host}`) && host.length > p.host.length + 1 : host === p.host;
  const portOk = p.port === '*' || url.port === p.port;
  return hostOk && portOk && url.pathname.startsWith(p.pathPrefix);
}

export type ServiceUrlCheck = (serviceUrl: string | undefined | null) => boolean;

/** A check that accepts only URLs matching one of `patterns`. */
export function serviceUrlCheck(patterns: string[]): ServiceUrlCheck {
  const parsed = patterns.map((p) => parsePattern(p));
  return (serviceUrl) => {
    if (typeof serviceUrl !== 'string' || serviceUrl.length > 2048) return false;
    let url: URL;
    try {
      url = new URL(serviceUrl);
    } catch {
      return false;
    }
    return parsed.some((p) => matches(p, url));
  };
}
