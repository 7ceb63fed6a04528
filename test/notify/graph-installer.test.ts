import { expect } from 'chai';
import type { TokenCredential } from '@azure/identity';
import { GraphInstaller, GRAPH_SCOPE } from '../../src/notify/graph-installer';
import { loadConfig } from '../../src/config';
import { MockGraph } from '../helpers/mock-graph';

const MANIFEST_ID = '3f2b6c1e-8a4d-4e2f-9b1a-5c6d7e8f9a0b';
const ALICE = '11111111-1111-4111-8111-111111111111';
const BOB = '22222222-2222-4222-8222-222222222222';

describe('proactive installation through Microsoft Graph (local stand-in)', function () {
  this.timeout(30_000);
  let graph: MockGraph;
  const scopes: string[] = [];
  const credential: TokenCredential = {
    getToken: async (scope) => {
      scopes.push(String(scope));
      return { token: graph.token, expiresOnTimestamp: Date.now() + 3_600_000 };
    },
  };
  const waits: number[] = [];
  const installer = (extra: Partial<ConstructorParameters<typeof GraphInstaller>[0]> = {}) =>
    new GraphInstaller({ baseUrl: graph.url, externalAppId: MANIFEST_ID, credential, sleep: async (ms) => void waits.push(ms), random: () => 0.5, ...extra });

  beforeEach(async () => {
    graph = new MockGraph();
    await graph.start();
    graph.catalog.set(MANIFEST_ID, 'catalog-app-1');
    graph.users.add(ALICE).add(BOB);
    waits.length = 0;
    scopes.length = 0;
  });
  afterEach(async () => graph.stop());

  it('installs the app for a user and returns the chat, finding the catalog app once', async () => {
    const graphInstaller = installer();
    const alice = await graphInstaller.installFor(ALICE);
    expect(alice).to.deep.equal({ ok: true, chatId: `19:${ALICE}_bot@unq.gbl.spaces`, alreadyInstalled: false });
    const bob = await graphInstaller.installFor(BOB);
    expect(bob.ok).to.equal(true);
    expect(graph.callsTo(/GET \/v1\.0\/appCatalogs/)).to.have.length(1);
    const install = graph.callsTo(/POST .*installedApps$/)[0];
    expect(install.body).to.deep.equal({ 'teamsApp@odata.bind': `${graph.url}/appCatalogs/teamsApps/catalog-app-1` });
    expect(scopes.every((s) => s === GRAPH_SCOPE)).to.equal(true);
  });

  it('treats 409 as already installed and still finds the chat', async () => {
    graph.installed.set(ALICE, new Set(['catalog-app-1']));
    const result = await installer().installFor(ALICE);
    expect(result).to.deep.equal({ ok: true, chatId: `19:${ALICE}_bot@unq.gbl.spaces`, alreadyInstalled: true });
  });

  it('403 and 404 mean unreachable, with the reason, and are not retried', async () => {
    graph.forbidden.add(ALICE);
    const refused = await installer().installFor(ALICE);
    expect(refused).to.deep.include({ ok: false, status: 403 });
    expect((refused as { reason: string }).reason).to.match(/Forbidden: Missing role permissions/);
    const unknown = await installer().installFor('33333333-3333-4333-8333-333333333333');
    expect(unknown).to.deep.include({ ok: false, status: 404 });
    expect(graph.callsTo(/POST/)).to.have.length(2);
    expect(waits).to.deep.equal([]);
  });

  it('honours Retry-After when throttled (429) and then succeeds', async () => {
    graph.throttleNext(2, 7);
    const graphInstaller = installer();
    const result = await graphInstaller.installFor(ALICE);
    expect(result.ok).to.equal(true);
    expect(waits).to.deep.equal([7000, 7000]);
    expect(graphInstaller.stats.throttled).to.equal(2);
  });

  it('gives up after the attempts when throttling goes on, and says so', async () => {
    graph.throttleNext(10, 1);
    const result = await installer({ maxAttempts: 3 }).installFor(ALICE);
    expect(result.ok).to.equal(false);
    expect((result as { reason: string }).reason).to.match(/429/);
    expect(graph.calls).to.have.length(3);
  });

  it('an app missing from the org catalog makes everyone unreachable with that reason', async () => {
    graph.catalog.clear();
    const result = await installer().installFor(ALICE);
    expect(result).to.deep.include({ ok: false, status: 404 });
    expect((result as { reason: string }).reason).to.contain("is not in the organisation's app catalog");
  });

  it('a wrong token is refused, as Graph would', async () => {
    const stranger: TokenCredential = { getToken: async () => ({ token: 'not-the-token', expiresOnTimestamp: Date.now() + 60_000 }) };
    const result = await installer({ maxAttempts: 1, credential: stranger }).installFor(ALICE);
    expect(result.ok).to.equal(false);
    expect((result as { reason: string }).reason).to.match(/401/);
  });
});

describe('Graph configuration', () => {
  it('is off unless configured', () => {
    expect(loadConfig({}, false).graph).to.equal(null);
    expect(loadConfig({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'p' }, false).graph).to.equal(null); // multi-tenant bot, no tenant
  });

  it('uses GRAPH_* when set, else the bot registration with its tenant', () => {
    const own = loadConfig({ GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c', GRAPH_CLIENT_SECRET: 's', TEAMS_APP_ID: 'm' }, false).graph;
    expect(own).to.include({ tenantId: 't', clientId: 'c', clientSecret: 's', externalAppId: 'm', baseUrl: 'https://graph.microsoft.com/v1.0' });
    const bot = loadConfig({ MicrosoftAppId: 'bot', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 'tt' }, false).graph;
    expect(bot).to.include({ tenantId: 'tt', clientId: 'bot', clientSecret: 'pw', externalAppId: 'bot' });
  });
});
