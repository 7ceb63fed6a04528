import { expect } from 'chai';
import type { TokenCredential } from '@azure/identity';
import { GraphInstaller } from '../../src/notify/graph-installer';
import { ADVICE, Reacher, type ReacherDeps } from '../../src/notify/reach';
import { ConnectorSender } from '../../src/notify/sender';
import { sweep } from '../../src/notify/sweep';
import { loadDemoData, DEMO_PEOPLE } from '../../src/cli/demo';
import { addDays, nextWorkingDay, todayInLondon } from '../../src/framework/dates';
import type { RosterMember } from '../../src/store/roster';
import { startTestStorage, type TestStorage } from '../helpers/azurite';
import { MockConnector } from '../helpers/mock-connector';
import { MockGraph } from '../helpers/mock-graph';

const aad = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const MANIFEST_ID = '3f2b6c1e-8a4d-4e2f-9b1a-5c6d7e8f9a0b';

describe('reaching a person: chat, roster, Graph installation or a reason (Azurite, mock connector, Graph stand-in)', function () {
  this.timeout(30_000);
  let storage: TestStorage;
  let connector: MockConnector;
  let graph: MockGraph;

  const member = (i: number): RosterMember => ({
    tenantId: 'tenant-1', aadObjectId: aad(i), teamsUserId: `29:user-${i}`, email: `p${i}@example.org`, userPrincipalName: null,
    name: `Person ${i}`, serviceUrl: connector.url, updatedAt: new Date().toISOString(),
  });
  const credential: TokenCredential = { getToken: async () => ({ token: graph.token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
  const reacher = (extra: Partial<ReacherDeps> = {}) => new Reacher({
    store: storage.store, sender: new ConnectorSender({ baseDelayMs: 10, maxDelayMs: 50 }), botId: '28:bot', defaultServiceUrl: connector.url, ...extra,
  });
  const withGraph = () => reacher({ graph: new GraphInstaller({ baseUrl: graph.url, externalAppId: MANIFEST_ID, credential, sleep: async () => undefined }), graphTenantId: 'tenant-1' });

  beforeEach(async () => {
    storage = await startTestStorage();
    connector = new MockConnector({ createNeedsRoster: true });
    await connector.start();
    graph = new MockGraph();
    await graph.start();
    graph.catalog.set(MANIFEST_ID, 'catalog-1');
  });
  afterEach(async () => {
    await graph.stop();
    await connector.stop();
    await storage.azurite.stop();
  });

  it('opens a 1:1 chat from the team roster once, and uses it from then on', async () => {
    await storage.store.roster.syncTeam('tenant-1', 'team-1', [member(1)]);
    connector.addMember('team-1', { id: '29:user-1', name: 'Person 1', aadObjectId: aad(1), email: 'p1@example.org' });
    const r = reacher();
    const [first, racing] = await Promise.all([r.reach({ email: 'p1@example.org', aadObjectId: aad(1) }), r.reach({ email: 'P1@example.org', aadObjectId: aad(1) })]);
    expect(first).to.deep.include({ ok: true, via: 'roster' });
    expect(racing).to.equal(first);
    expect(connector.created).to.have.length(1);
    expect(connector.created[0].params).to.deep.include({ isGroup: false, tenantId: 'tenant-1', members: [{ id: '29:user-1' }], channelData: { tenant: { id: 'tenant-1' } } });
    const ref = await storage.store.conversationRefs.get(aad(1));
    expect(ref).to.include({ conversationId: 'a:personal-29:user-1', serviceUrl: connector.url, via: 'roster', email: 'p1@example.org' });
    const again = await reacher().reach({ email: 'p1@example.org', aadObjectId: aad(1) });
    expect(again).to.deep.include({ ok: true, via: 'roster' });
    expect(connector.created).to.have.length(1);
  });

  it('finds a person with no Entra id on record through the roster email index', async () => {
    await storage.store.roster.syncTeam('tenant-1', 'team-1', [member(2)]);
    connector.addMember('team-1', { id: '29:user-2', name: 'Person 2', aadObjectId: aad(2), email: 'p2@example.org' });
    const result = await reacher().reach({ email: 'p2@example.org' });
    expect(result).to.deep.include({ ok: true, via: 'roster' });
    expect((await storage.store.conversationRefs.get(aad(2)))?.via).to.equal('roster');
  });

  it('installs the app through Graph for someone in no roster, and sends into that chat', async () => {
    graph.users.add(aad(3));
    const result = await withGraph().reach({ email: 'p3@example.org', aadObjectId: aad(3) });
    expect(result).to.deep.include({ ok: true, via: 'installed' });
    expect(result.ok && result.target).to.deep.equal({ serviceUrl: connector.url, conversationId: `19:${aad(3)}_bot@unq.gbl.spaces`, tenantId: 'tenant-1' });
  });

  it('a roster member Teams will not open a chat with falls back to Graph; a Graph 403 is unreachable with the reason', async () => {
    await storage.store.roster.syncTeam('tenant-1', 'team-1', [member(4)]); // not in the connector's roster: 403 on create
    graph.users.add(aad(4));
    graph.forbidden.add(aad(4));
    const result = await withGraph().reach({ email: 'p4@example.org', aadObjectId: aad(4) });
    expect(result).to.deep.include({ ok: false, transient: false, action: ADVICE.graphRefused });
    expect(!result.ok && result.reason).to.match(/Graph failed .*403/);
    expect((await storage.store.roster.unreachableNotes()).get('p4@example.org')?.reason).to.match(/403/);
  });

  it('says why and what to do when there is no way at all', async () => {
    expect(await reacher().reach({ email: 'p5@example.org', aadObjectId: aad(5) })).to.deep.include({ ok: false, action: ADVICE.graph });
    expect(await reacher().reach({ email: 'p6@example.org' })).to.deep.include({ ok: false, action: ADVICE.aad });
    expect(connector.created).to.have.length(0);
  });

  it('does not write again to someone whose chat Teams refused', async () => {
    await storage.store.conversationRefs.save({ aadObjectId: aad(7), email: 'p7@example.org', userId: '29:u7', name: 'P7', conversationId: 'a:7', serviceUrl: connector.url, tenantId: 'tenant-1', channelId: 'msteams', botId: '28:bot', updatedAt: '', unreachableReason: 'HTTP 403' });
    expect(await reacher().reach({ email: 'p7@example.org', aadObjectId: aad(7) })).to.deep.include({ ok: false, action: ADVICE.blocked });
  });

  it('a sweep installs the app through Graph for people in no roster, sends into those chats, and a second sweep sends nothing', async () => {
    await loadDemoData(storage.store, todayInLondon(), 'test');
    for (const p of DEMO_PEOPLE) graph.users.add(p.aadObjectId);
    graph.throttleNext(1, 1); // Graph throttles once on the way: honoured, not fatal
    const asOf = nextWorkingDay(addDays(todayInLondon(), 1));
    const deps = { store: storage.store, sender: new ConnectorSender({ baseDelayMs: 10, maxDelayMs: 50 }), reacher: withGraph() };
    const first = await sweep(deps, { asOf });
    expect(first.planned).to.be.greaterThan(5);
    expect(first).to.include({ sent: first.planned, failed: 0, unreachable: 0 });
    expect(first.noReference).to.deep.equal([]);
    expect(first.opened).to.equal(graph.callsTo(/POST .*installedApps$/).length);
    expect(graph.callsTo(/GET \/v1\.0\/appCatalogs/)).to.have.length(2); // throttled once, then found, once for the sweep
    expect(new Set(connector.sent.map((s) => s.conversationId)).size).to.equal(first.opened);
    expect(connector.sent.every((s) => s.conversationId.endsWith('_bot@unq.gbl.spaces'))).to.equal(true);
    const second = await sweep(deps, { asOf });
    expect(second).to.include({ planned: 0, sent: 0, opened: 0 });
    expect(connector.created).to.have.length(0); // no roster: no conversation was created through the connector
  });
});
