import http from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import { expect } from 'chai';
import fc from 'fast-check';
import { CARD_VERBS } from '../../src/views/verbs';
import { cardText, post, startHarness, teamsActivity, type Harness } from '../helpers/harness';

describe('hostile input on /api/messages', function () {
  this.timeout(120_000);
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h.stop());

  it('malformed JSON gets 400 and no stack trace', async () => {
    const r = await post(h, '/api/messages', '{"type": "message", "text": ');
    expect(r.status).to.equal(400);
    expect(r.text).to.not.match(/\bat .*\.js:\d+/);
  });

  it('a body over 256 KB gets 413', async () => {
    const r = await post(h, '/api/messages', teamsActivity(h, 'secondee', { text: 'x'.repeat(300 * 1024) }));
    expect(r.status).to.equal(413);
  });

  it('unknown activity types are ignored with 200', async () => {
    for (const type of ['typing', 'messageReaction', 'somethingNew', 'endOfConversation']) {
      const r = await post(h, '/api/messages', teamsActivity(h, 'secondee', { type }));
      expect(r.status, type).to.be.oneOf([200, 201]);
    }
  });

  it('invokes with unknown verbs or missing data get a card error, never a 500', async () => {
    const cases = [
      { action: { type: 'Action.Execute', verb: 'nope', data: {} } },
      { action: { type: 'Action.Execute', verb: 'claim.decide' } },
      { action: { type: 'Action.Execute', verb: 'claim.decide', data: 'not an object' } },
      { action: { type: 'Action.Execute', verb: 'review.record', data: { secondmentId: { $ne: null } } } },
      {},
    ];
    for (const value of cases) {
      const r = await post(h, '/api/messages', teamsActivity(h, 'yot_manager', { type: 'invoke', name: 'adaptiveCard/action', value }));
      expect(r.status, JSON.stringify(value)).to.equal(200);
      expect(r.body?.type, JSON.stringify(value)).to.equal('application/vnd.microsoft.card.adaptive');
    }
  });

  it('every card verb is handled: empty data gets that handler\'s answer, not "button not recognised"', async () => {
    for (const verb of CARD_VERBS) {
      const r = await post(h, '/api/messages', teamsActivity(h, 'yot_manager', { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data: {} } } }));
      expect(r.status, verb).to.equal(200);
      expect(r.body?.type, verb).to.equal('application/vnd.microsoft.card.adaptive');
      expect(cardText(r.body.value), verb).to.not.contain('That button is not recognised');
    }
  });

  it('survives 1,000 random and mutated activities with no 5xx (fast-check)', async () => {
    const base = teamsActivity(h, 'secondee', { text: 'help' });
    const mutated = fc.record(
      {
        type: fc.oneof(fc.constantFrom('message', 'invoke', 'conversationUpdate', 'installationUpdate', 'event'), fc.string()),
        name: fc.oneof(fc.constant('adaptiveCard/action'), fc.string()),
        text: fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 2000 }), fc.constant(undefined)),
        value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ action: fc.record({ type: fc.constant('Action.Execute'), verb: fc.string(), data: fc.jsonValue({ maxDepth: 2 }) }) })),
        from: fc.oneof(fc.constant(base.from), fc.jsonValue({ maxDepth: 2 }), fc.record({ id: fc.string(), aadObjectId: fc.string() })),
        conversation: fc.oneof(fc.constant(base.conversation), fc.jsonValue({ maxDepth: 2 })),
        action: fc.oneof(fc.constantFrom('add', 'remove'), fc.string()),
        membersAdded: fc.oneof(fc.constant(undefined), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 })),
      },
      { requiredKeys: [] },
    );
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(mutated, fc.boolean(), async (fields, expectReplies) => {
        requests++;
        const activity = { ...base, ...fields, serviceUrl: h.connector.url, ...(expectReplies ? { deliveryMode: 'expectReplies' } : {}) };
        const r = await post(h, '/api/messages', activity);
        return r.status < 500 && !/\bat .*\.js:\d+/.test(r.text);
      }),
      { numRuns: 1000, seed: 20261122 },
    );
    expect(requests).to.equal(1000);
    expect((await fetch(`${h.baseUrl}/healthz`)).status).to.equal(200);
  });
});

describe('authentication when an app id is configured', function () {
  this.timeout(30_000);
  let h: Harness;
  let keys: http.Server;
  before(async () => {
    // A local stand-in for the Bot Framework's OpenID metadata and signing keys (no network here).
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = { ...(publicKey.export({ format: 'jwk' }) as object), kid: 'real-key', use: 'sig', endorsements: ['msteams'] };
    keys = http.createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      const base = `http://127.0.0.1:${(keys.address() as { port: number }).port}`;
      res.end(JSON.stringify(req.url === '/keys' ? { keys: [jwk] } : { issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    });
    await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
    const metadata = `http://127.0.0.1:${(keys.address() as { port: number }).port}/openid`;
    h = await startHarness({ env: { MicrosoftAppId: '3f2b6c1e-8a4d-4e2f-9b1a-5c6d7e8f9a0b', MicrosoftAppPassword: 'not-a-real-secret', BOT_OPENID_METADATA_URL: metadata }, demo: false });
  });
  after(async () => {
    await h.stop();
    keys.close();
  });

  it('refuses unsigned requests with 401', async () => {
    const r = await post(h, '/api/messages', teamsActivity(h, 'secondee', { text: 'help' }));
    expect(r.status).to.equal(401);
  });

  it('refuses a forged token with 401', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'made-up', typ: 'JWT' })).toString('base64url');
    const claims = Buffer.from(JSON.stringify({ iss: 'https://api.botframework.com', aud: '3f2b6c1e-8a4d-4e2f-9b1a-5c6d7e8f9a0b', exp: 4102444800 })).toString('base64url');
    const r = await post(h, '/api/messages', teamsActivity(h, 'secondee', { text: 'help' }), { authorization: `Bearer ${header}.${claims}.c2lnbmF0dXJl` });
    expect(r.status).to.equal(401);
  });
});
