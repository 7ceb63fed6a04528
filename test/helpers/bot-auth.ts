/**
 * A local stand-in for the Bot Framework's OpenID metadata and signing keys, and a signer of
 * channel tokens with its private key, so tests can send activities the bot authenticates as
 * coming from Teams (no network needed).
 */
import http from 'node:http';
import { createHmac, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export const TEST_APP_ID = '3f2b6c1e-8a4d-4e2f-9b1a-5c6d7e8f9a0b';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Tokens an attacker could make: signed with a key of their own, or HS256 keyed with our public key. */
export type ForgedToken = 'wrong-key' | 'hs256-with-public-key';

export class BotFrameworkKeys {
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  private readonly server: http.Server;
  metadataUrl = '';

  private constructor() {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    const jwk = { ...(publicKey.export({ format: 'jwk' }) as object), kid: 'test-key', use: 'sig', endorsements: ['msteams'] };
    this.server = http.createServer((req, res) => {
      const base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(req.url === '/keys' ? { keys: [jwk] } : { issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    });
  }

  static async start(): Promise<BotFrameworkKeys> {
    const keys = new BotFrameworkKeys();
    await new Promise<void>((resolve) => keys.server.listen(0, '127.0.0.1', resolve));
    keys.metadataUrl = `http://127.0.0.1:${(keys.server.address() as AddressInfo).port}/openid`;
    return keys;
  }

  /** An Authorization header value for an activity Teams sent from `serviceUrl`. */
  authorization(serviceUrl: string, appId = TEST_APP_ID): string {
    const unsigned = this.unsigned('RS256', serviceUrl, appId);
    const signature = createSign('RSA-SHA256').update(unsigned).sign(this.privateKey).toString('base64url');
    return `Bearer ${unsigned}.${signature}`;
  }

  /** The same claims and key id as a real token, but signed as an attacker could. */
  forged(serviceUrl: string, how: ForgedToken, appId = TEST_APP_ID): string {
    if (how === 'wrong-key') {
      const unsigned = this.unsigned('RS256', serviceUrl, appId);
      const { privateKey: theirs } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      return `Bearer ${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(theirs).toString('base64url')}`;
    }
    const unsigned = this.unsigned('HS256', serviceUrl, appId);
    const publicPem = this.publicKey.export({ format: 'pem', type: 'spki' });
    return `Bearer ${unsigned}.${createHmac('sha256', publicPem).update(unsigned).digest('base64url')}`;
  }

  private unsigned(alg: string, serviceUrl: string, appId: string): string {
    const now = Math.floor(Date.now() / 1000);
    return `${b64({ alg, typ: 'JWT', kid: 'test-key' })}.${b64({ iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl, nbf: now - 60, exp: now + 600 })}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
