/**
 * Who is looking at the oversight tab. In Teams the page asks teams-js for the user's Entra token
 * (tab single sign-on) and sends it as a bearer token; it is checked here against Entra's signing
 * keys, audience (the tab's app: TAB_SSO_APP_ID, else the bot id, or its `api://` resource) and a
 * Microsoft issuer. Without an app id (local runs, loopback only, as for the bot) the page names
 * the person in `?as=`, so the demo people can be tried in a browser.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

export type TabViewer = { ok: true; email: string | null; aadObjectId: string | null } | { ok: false; status: number; error: string };

export interface TabAuthOptions {
  /** Unset: anonymous local mode, `?as=` names the viewer. */
  appId: string;
  /** Entra signing keys (JWKS). */
  keysUrl?: string;
  fetchImpl?: typeof fetch;
}

const ENTRA_KEYS = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';
const ISSUER = /^https:\/\/(login\.microsoftonline\.com\/[0-9a-f-]{36}\/v2\.0|sts\.windows\.net\/[0-9a-f-]{36}\/)$/;
const KEYS_TTL_MS = 6 * 3600_000;

export class TabAuth {
  private keys: { at: number; byKid: Map<string, KeyObject> } | null = null;
  constructor(private readonly options: TabAuthOptions) {}

  async viewer(authorization: string | undefined, asParam: string | undefined): Promise<TabViewer> {
    if (!this.options.appId) {
      if (!asParam) return { ok: false, status: 401, error: 'local mode: name yourself with ?as=<email> (one of the demo people)' };
      return { ok: true, email: asParam.trim().toLowerCase(), aadObjectId: null };
    }
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return { ok: false, status: 401, error: 'sign-in token required (open the tab in Teams)' };
    try {
      return this.claims(token, await this.keyFor(token));
    } catch (err) {
      const unavailable = (err as Error).name === 'KeysUnavailable';
      return {
        ok: false,
        status: unavailable ? 503 : 401,
        error: unavailable ? 'cannot check sign-in right now; try again' : 'sign-in token refused',
      };
    }
  }

  private claims(token: string, key: KeyObject): TabViewer {
    const appId = this.options.appId;
    const claims = jwt.verify(token, key, {
      algorithms: ['RS256'],
      audience: [appId, new RegExp(`^api://[^/]+/${appId}$`)],
    }) as jwt.JwtPayload;
    if (typeof claims.iss !== 'string' || !ISSUER.test(claims.iss)) throw new Error('issuer');
    const email = [claims.preferred_username, claims.upn, claims.email].find((v): v is string => typeof v === 'string' && v.includes('@'));
    return { ok: true, email: email?.toLowerCase() ?? null, aadObjectId: typeof claims.oid === 'string' ? claims.oid.toLowerCase() : null };
  }

  private async keyFor(token: string): Promise<KeyObject> {
    const kid = jwt.decode(token, { complete: true })?.header.kid;
    if (!kid) throw new Error('no key id');
    let keys = await this.loadKeys(false);
    if (!keys.has(kid)) keys = await this.loadKeys(true); // keys roll over: read again once
    const key = keys.get(kid);
    if (!key) throw new Error('unknown key');
    return key;
  }

  private async loadKeys(force: boolean): Promise<Map<string, KeyObject>> {
    if (!force && this.keys && Date.now() - this.keys.at < KEYS_TTL_MS) return this.keys.byKid;
    try {
      const res = await (this.options.fetchImpl ?? fetch)(this.options.keysUrl ?? ENTRA_KEYS, { signal: AbortSignal.timeout(5000) });
      const body = (await res.json()) as { keys?: ({ kid?: string } & Record<string, unknown>)[] };
      const byKid = new Map<string, KeyObject>();
      for (const jwk of body.keys ?? []) if (jwk.kid) byKid.set(jwk.kid, createPublicKey({ key: jwk as never, format: 'jwk' }));
      this.keys = { at: Date.now(), byKid };
      return byKid;
    } catch (err) {
      throw Object.assign(new Error(`keys unavailable: ${(err as Error).message}`), { name: 'KeysUnavailable' });
    }
  }
}
