import net from 'node:net';
import { expect } from 'chai';
import { buildApp } from '../../src/app';
import { isLoopback, loadConfig } from '../../src/config';
import { log, logSink } from '../../src/log';
import { startTestStorage, type TestStorage } from '../helpers/azurite';
import { post, startHarness, teamsActivity, type Harness } from '../helpers/harness';

const APP_ID = '3f2b6c1e-8a4d-4e2f-9b1a-5c6d7e8f9a0b';

describe('where the server listens', function () {
  this.timeout(30_000);
  let storage: TestStorage;
  before(async () => (storage = await startTestStorage()));
  after(async () => storage.azurite.stop());

  async function boundAddress(env: Record<string, string>): Promise<string> {
    const app = await buildApp({ store: storage.store, config: loadConfig({ PORT: '0', ...env }, false) });
    try {
      await app.listen(0);
      return (app.server.address() as net.AddressInfo).address;
    } finally {
      await app.close();
    }
  }

  it('binds loopback by default, and HOST changes it', async () => {
    expect(await boundAddress({})).to.equal('127.0.0.1');
    expect(await boundAddress({ HOST: '0.0.0.0', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' })).to.equal('0.0.0.0');
  });

  it('refuses to listen anonymously (no app id) on a non-loopback address unless explicitly allowed', async () => {
    const refused = await boundAddress({ HOST: '0.0.0.0' }).then(
      () => 'listened',
      (err: Error) => err.message,
    );
    expect(refused).to.match(/refusing to listen on 0\.0\.0\.0 without an app id/);
    expect(refused).to.contain('ALLOW_ANONYMOUS_ON_NETWORK=true');
    expect(await boundAddress({ HOST: '0.0.0.0', ALLOW_ANONYMOUS_ON_NETWORK: 'true' })).to.equal('0.0.0.0');
    expect(await boundAddress({ HOST: 'localhost' })).to.match(/^(127\.0\.0\.1|::1)$/);
  });

  it('knows which addresses are loopback', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1']) expect(isLoopback(host), host).to.equal(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.4', 'bot.example.org']) expect(isLoopback(host), host).to.equal(false);
  });
});

describe('tokens that cannot be checked', function () {
  this.timeout(30_000);
  let h: Harness;
  let closedPort: number;
  before(async () => {
    const probe = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => probe.once('listening', resolve));
    closedPort = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    // The Bot Framework's OpenID metadata and key endpoints are unreachable.
    h = await startHarness({ env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', BOT_OPENID_METADATA_URL: `http://127.0.0.1:${closedPort}/openid` }, demo: false });
  });
  after(async () => h.stop());

  it('a well-formed fake JWT while the key endpoint is unreachable gets 401 or 503, no internals, one JSON log line and no stack', async () => {
    const lines: string[] = [];
    const printed: string[] = [];
    const saved = { write: logSink.write, level: log.level, error: console.error, stderr: process.stderr.write };
    logSink.write = (line) => void lines.push(line);
    log.level = 'warn';
    console.error = (...args: unknown[]) => void printed.push(args.map(String).join(' '));
    process.stderr.write = ((chunk: string) => printed.push(String(chunk)) > 0) as typeof process.stderr.write;
    const results: { status: number; text: string }[] = [];
    try {
      for (const iss of ['https://api.botframework.com', 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/']) {
        const header = Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'made-up', typ: 'JWT' })).toString('base64url');
        const claims = Buffer.from(JSON.stringify({ iss, aud: APP_ID, exp: 4102444800 })).toString('base64url');
        results.push(await post(h, '/api/messages', teamsActivity(h, 'secondee', { text: 'help' }), { authorization: `Bearer ${header}.${claims}.c2lnbmF0dXJl` }));
      }
    } finally {
      Object.assign(logSink, { write: saved.write });
      log.level = saved.level;
      console.error = saved.error;
      process.stderr.write = saved.stderr;
    }
    for (const r of results) {
      expect(r.status).to.be.oneOf([401, 503]);
      expect(r.text).to.not.match(/https?:|request to|absolute|ENOTFOUND|ECONNREFUSED|\bat .*\.js:\d+/);
    }
    expect(printed, 'nothing printed outside the JSON log').to.deep.equal([]);
    expect(lines).to.have.length(results.length);
    for (const line of lines) expect(JSON.parse(line).msg).to.match(/^request refused/);
  });
});
