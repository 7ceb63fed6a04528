/**
 * Run as a child process (NODE_EXTRA_CA_CERTS trusts the test's self-signed certificate, which
 * Node reads only at start): opens the Store on ACCOUNT_URL with a credential that hands out an
 * Entra-shaped token (audience AUDIENCE), writes a board meeting, reads it back, and prints JSON.
 */
import type { AccessToken, TokenCredential } from '@azure/identity';
import { Store } from '../../src/store/store';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An Entra access token as a managed identity gets one (Azurite's "basic" OAuth checks its claims, not its signature). */
class ManagedIdentityStandIn implements TokenCredential {
  requests: string[] = [];
  async getToken(scopes: string | string[]): Promise<AccessToken> {
    this.requests.push(...(Array.isArray(scopes) ? scopes : [scopes]));
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      aud: process.env.AUDIENCE,
      iss: 'https://sts.windows.net/11111111-2222-3333-4444-555555555555/',
      iat: now - 60,
      nbf: now - 60,
      exp: now + 3600,
      oid: '66666666-7777-8888-9999-000000000000',
    };
    return {
      token: `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url(claims)}.c2lnbmF0dXJl`,
      expiresOnTimestamp: (now + 3600) * 1000,
    };
  }
}

async function main(): Promise<void> {
  const credential = new ManagedIdentityStandIn();
  try {
    const store = await Store.open({ accountUrl: process.env.ACCOUNT_URL!, credential }, { timeoutMs: 10_000 });
    await store.boards.insert({ meetingDate: '2027-03-04', board: 'YOGB' }, 'probe');
    const back = await store.boards.listAll();
    console.log(JSON.stringify({ ok: true, boards: back.length, scopes: [...new Set(credential.requests)] }));
  } catch (err) {
    console.log(JSON.stringify({ ok: false, error: (err as Error).message.slice(0, 300), scopes: [...new Set(credential.requests)] }));
  }
}

void main();
