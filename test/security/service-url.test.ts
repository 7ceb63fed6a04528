import { expect } from 'chai';
import { loadConfig } from '../../src/config';
import { BOT_FRAMEWORK_SERVICE_URLS, serviceUrlCheck } from '../../src/service-urls';
import { ConnectorSender } from '../../src/notify/sender';
import { DEMO_PEOPLE } from '../../src/cli/demo';
import { BotFrameworkKeys, TEST_APP_ID } from '../helpers/bot-auth';
import { MockConnector } from '../helpers/mock-connector';
import { demoPerson, introduceEveryone, post, say, startHarness, teamsActivity, type Harness } from '../helpers/harness';

const manager = demoPerson('yot_manager');

describe('serviceUrl allow-list', () => {
  it('accepts the Teams / Bot Framework channels and nothing that merely looks like them', () => {
    const allowed = serviceUrlCheck(BOT_FRAMEWORK_SERVICE_URLS);
    for (const url of ['https://smba.trafficmanager.net/amer/', 'https://smba.trafficmanager.net/emea/', 'https://europe.smba.botframework.com/', 'https://smba.infra.gov.teams.microsoft.us/']) {
      expect(allowed(url), url).to.equal(true);
    }
    for (const url of [
      'https://smba.trafficmanager.net.attacker.example/',
      'https://attacker.example/smba.trafficmanager.net/',
      'http://smba.trafficmanager.net/amer/',
      'https://smba.trafficmanager.net:8443/amer/',
      'https://user:pw@smba.trafficmanager.net/',
      'https://botframework.com.attacker.example/',
      'https://attackerbotframework.com/',
      'http://localhost:3978/',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(allowed(url), url).to.equal(false);
    }
  });

  it('includes loopback only when running without an app id; SERVICE_URL_ALLOWLIST replaces the list; a bad pattern stops start-up', () => {
    const check = (env: Record<string, string>) => serviceUrlCheck(loadConfig(env, false).serviceUrlAllowList);
    expect(check({})('http://localhost:56150/_connector')).to.equal(true);
    expect(check({ MicrosoftAppId: TEST_APP_ID })('http://localhost:56150/_connector')).to.equal(false);
    expect(check({ MicrosoftAppId: TEST_APP_ID })('https://smba.trafficmanager.net/amer/')).to.equal(true);
    const custom = check({ SERVICE_URL_ALLOWLIST: 'https://connector.example.org/bots/, http://127.0.0.1:*/' });
    expect(custom('https://connector.example.org/bots/x')).to.equal(true);
    expect(custom('https://connector.example.org/other/')).to.equal(false);
    expect(custom('https://smba.trafficmanager.net/amer/')).to.equal(false);
    expect(() => loadConfig({ SERVICE_URL_ALLOWLIST: 'ftp://x' }, false)).to.throw(/SERVICE_URL_ALLOWLIST: "ftp:\/\/x"/);
  });

  it('the sender never calls an endpoint outside the list (a reference stored before the list existed)', async () => {
    const connector = new MockConnector();
    await connector.start();
    try {
      const sender = new ConnectorSender({ allowServiceUrl: serviceUrlCheck(['http://127.0.0.1:*/']) });
      const elsewhere = connector.url.replace('127.0.0.1', 'localhost');
      expect(await sender.send({ serviceUrl: elsewhere, conversationId: 'a:x' }, { text: 'hi' })).to.deep.include({ ok: false, unreachable: true, reason: 'serviceUrl not allowed' });
      expect(connector.requests).to.equal(0);
      expect(await sender.send({ serviceUrl: connector.url, conversationId: 'a:x' }, { text: 'hi' })).to.deep.include({ ok: true });
    } finally {
      await connector.stop();
    }
  });
});

describe('anonymous mode: a forged activity never changes where a person is reached', function () {
  this.timeout(60_000);
  let h: Harness;
  let attacker: MockConnector;
  beforeEach(async () => {
    h = await startHarness();
    attacker = new MockConnector();
    await attacker.start();
    await introduceEveryone(h);
  });
  afterEach(async () => {
    await h.stop();
    await attacker.stop();
  });

  it('refuses a serviceUrl outside the allow-list with 400 before anything runs', async () => {
    const before = await h.storage.store.conversationRefs.get(manager.aadObjectId);
    const forged = teamsActivity(h, 'yot_manager', { text: 'help', serviceUrl: 'https://attacker.example/', conversation: { id: 'a:evil', conversationType: 'personal' } });
    const r = await post(h, '/api/messages', forged);
    expect(r.status).to.equal(400);
    expect(r.body).to.deep.equal({ error: 'activity.serviceUrl is not a Bot Framework channel endpoint' });
    expect(await h.storage.store.conversationRefs.get(manager.aadObjectId)).to.deep.equal(before);
  });

  it('an allowed but different serviceUrl or conversation does not replace the stored reference, nor does a forged uninstall remove it', async () => {
    const before = await h.storage.store.conversationRefs.get(manager.aadObjectId);
    const forged = teamsActivity(h, 'yot_manager', { text: 'help', serviceUrl: attacker.url, conversation: { id: 'a:evil', conversationType: 'personal', tenantId: 'tenant-1' }, deliveryMode: 'expectReplies' });
    expect((await post(h, '/api/messages', forged)).status).to.equal(200);
    const uninstall = teamsActivity(h, 'yot_manager', { type: 'installationUpdate', action: 'remove', serviceUrl: attacker.url, deliveryMode: 'expectReplies' });
    expect((await post(h, '/api/messages', uninstall)).status).to.be.oneOf([200, 201]);
    expect(await h.storage.store.conversationRefs.get(manager.aadObjectId)).to.deep.equal(before);

    // The next approval card goes to the manager's real chat, never to the forged one.
    const form = (await say(h, 'secondee', 'claim expenses'))[0].attachments[0].content;
    const submit = form.actions.find((a: any) => a.verb === 'claim.submit');
    const claim = { travelDate: new Date(Date.now() - 2 * 86400_000).toISOString().slice(0, 10), from: 'Northampton', to: 'Kettering', purpose: 'Court report', mileage: '24' };
    const invoke = teamsActivity(h, 'secondee', { type: 'invoke', name: 'adaptiveCard/action', replyToId: 'm-form', value: { action: { type: 'Action.Execute', verb: 'claim.submit', data: { ...submit.data, ...claim } } } });
    expect((await post(h, '/api/messages', invoke)).status).to.equal(200);
    await h.app.background.idle();
    expect(h.connector.activitiesTo('a:personal-29:yot_manager').some((a) => a.summary === 'T&S claim to sign off')).to.equal(true);
    expect(attacker.requests).to.equal(0);
  });

  it('a first reference may still be created (the Playground works with no app id)', async () => {
    // beforeEach: everyone said hello anonymously, which created their references.
    expect(await h.storage.store.conversationRefs.get(manager.aadObjectId)).to.include({ conversationId: 'a:personal-29:yot_manager', serviceUrl: h.connector.url });
    expect(await h.storage.store.conversationRefs.all()).to.have.length(DEMO_PEOPLE.length);
  });
});

describe('with an app id: authenticated activities keep references current, others cannot', function () {
  this.timeout(60_000);
  let h: Harness;
  let keys: BotFrameworkKeys;
  let attacker: MockConnector;
  const signed = (activity: Record<string, unknown>) => post(h, '/api/messages', activity, { authorization: keys.authorization(activity.serviceUrl as string) });

  beforeEach(async () => {
    keys = await BotFrameworkKeys.start();
    h = await startHarness({
      env: { MicrosoftAppId: TEST_APP_ID, MicrosoftAppPassword: 'not-a-real-secret', BOT_OPENID_METADATA_URL: keys.metadataUrl, SERVICE_URL_ALLOWLIST: 'http://127.0.0.1:*/' },
    });
    attacker = new MockConnector();
    await attacker.start();
    attacker.url = attacker.url.replace('127.0.0.1', 'localhost'); // signed, but not an allowed endpoint
    attacker.addMember('a:evil', { id: '29:yot_manager', name: 'x', aadObjectId: manager.aadObjectId, email: 'attacker@example.org' });
    expect((await signed(teamsActivity(h, 'yot_manager', { text: 'help', deliveryMode: 'expectReplies' }))).status).to.equal(200);
  });
  afterEach(async () => {
    await h.stop();
    await attacker.stop();
    await keys.stop();
  });

  it('a signed activity from a new conversation updates the reference; a signed uninstall removes it', async () => {
    const moved = teamsActivity(h, 'yot_manager', { text: 'help', conversation: { id: 'a:new-chat', conversationType: 'personal', tenantId: 'tenant-1' }, deliveryMode: 'expectReplies' });
    expect((await signed(moved)).status).to.equal(200);
    expect(await h.storage.store.conversationRefs.get(manager.aadObjectId)).to.include({ conversationId: 'a:new-chat' });
    const uninstall = teamsActivity(h, 'yot_manager', { type: 'installationUpdate', action: 'remove', conversation: { id: 'a:new-chat', conversationType: 'personal', tenantId: 'tenant-1' }, deliveryMode: 'expectReplies' });
    expect((await signed(uninstall)).status).to.be.oneOf([200, 201]);
    expect(await h.storage.store.conversationRefs.get(manager.aadObjectId)).to.equal(null);
  });

  it('a signed activity naming an endpoint outside the allow-list is not processed and nothing calls that endpoint', async () => {
    const before = await h.storage.store.conversationRefs.get(manager.aadObjectId);
    const message = teamsActivity(h, 'yot_manager', { text: 'my deadlines', serviceUrl: attacker.url, conversation: { id: 'a:evil', conversationType: 'personal', tenantId: 'tenant-1' } });
    const r = await signed(message);
    expect(r.status).to.be.lessThan(500);
    const invoke = teamsActivity(h, 'yot_manager', { type: 'invoke', name: 'adaptiveCard/action', serviceUrl: attacker.url, value: { action: { type: 'Action.Execute', verb: 'claim.open', data: { claimId: 'TS-20260101-ABCDEF' } } } });
    expect((await signed(invoke)).status).to.equal(400);
    expect(await h.storage.store.conversationRefs.get(manager.aadObjectId)).to.deep.equal(before);
    expect(attacker.requests).to.equal(0);
  });
});
