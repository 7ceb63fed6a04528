import { expect } from 'chai';
import { buildApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { Store } from '../../src/store/store';
import { startTestStorage, type TestStorage } from '../helpers/azurite';
import { demoPerson } from '../helpers/harness';
import { loadDemoData } from '../../src/cli/demo';
import { todayInLondon } from '../../src/framework/dates';

/** Storage that is gone (its port refuses connections) is not storage that is slow: the bot says which. */
describe('storage that refuses connections outright', function () {
  this.timeout(60_000);
  let storage: TestStorage;
  let app: RunningApp;
  let baseUrl: string;

  before(async () => {
    storage = await startTestStorage();
    await loadDemoData(storage.store, todayInLondon(), 'test');
    const store = await Store.open(storage.azurite.connectionString, { timeoutMs: 3000 });
    app = await buildApp({ store, config: loadConfig({ PORT: '0' }, false) });
    baseUrl = `http://127.0.0.1:${await app.listen(0)}`;
    await storage.azurite.stop(); // nothing listens on its port any more: connection refused
  });
  after(async () => app.close());

  const person = demoPerson('yot_manager');
  const activity = (fields: object) => ({
    type: 'message',
    id: 'x',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    from: { id: '29:yot', name: person.name, aadObjectId: person.aadObjectId },
    recipient: { id: '28:bot' },
    conversation: { id: 'a:yot', conversationType: 'personal', tenantId: 't' },
    ...fields,
  });
  const post = async (body: object) => {
    const res = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    expect(res.status).to.equal(200);
    return JSON.stringify(await res.json());
  };

  it('a chat command is told storage could not be reached, not that it "did not answer in time"', async () => {
    const said = await post(activity({ text: 'my deadlines' }));
    expect(said).to.contain(
      'Not done: I could not reach my storage (the connection was refused or cut off). Please try again in a moment.',
    );
    expect(said).to.not.contain('did not answer in time');
  });

  it('a card press gets the same truth on a card', async () => {
    const card = await post(
      activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'claim.decide', data: { claimId: 'c1', decision: 'approve' } } },
      }),
    );
    expect(card).to.contain('Not done: I could not reach my storage (the connection was refused or cut off).');
    expect(card).to.not.contain('did not answer in time');
    expect(card).to.not.match(/\bat .*\.js:\d+|ECONNREFUSED|devstoreaccount/i);
  });
});
