import { expect } from 'chai';
import { buildApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { main, type Io } from '../../src/cli/main';
import { Store } from '../../src/store/store';
import { StorageUnavailableError } from '../../src/store/table';
import { startHangingStorage, type HangingStorage } from '../helpers/hanging-proxy';
import { demoPerson } from '../helpers/harness';

const DEADLINE_MS = 800;
const APP_DEADLINE_MS = 3000;

/** Resolves to how long `run` took to fail, and with what. */
async function failure(run: () => Promise<unknown>): Promise<{ ms: number; err: unknown }> {
  const started = Date.now();
  try {
    await run();
  } catch (err) {
    return { ms: Date.now() - started, err };
  }
  throw new Error('expected a failure');
}

describe('storage that accepts connections but never answers', function () {
  this.timeout(60_000);
  let storage: HangingStorage;
  let store: Store;
  let app: RunningApp;
  let baseUrl: string;

  before(async () => {
    storage = await startHangingStorage();
    store = await storage.openStore(DEADLINE_MS);
    // The app's store has a longer deadline: /healthz must answer sooner than that.
    const appStore = await storage.openStore(APP_DEADLINE_MS);
    app = await buildApp({ store: appStore, config: loadConfig({ PORT: '0' }, false) });
    baseUrl = `http://127.0.0.1:${await app.listen(0)}`;
    storage.proxy.hanging = true;
  });
  after(async () => {
    await app.close();
    await storage.stop();
  });

  it('every kind of repository call gives up at its deadline with a typed error', async () => {
    const calls: [string, () => Promise<unknown>][] = [
      ['get', () => store.people.get('priya.shah@probation.example.org')],
      ['list', () => store.snapshot('2031-01-01')],
      ['insert', () => store.people.insert({ email: 'new@example.org', name: 'New' }, 'test')],
      ['batch', () => store.people.writeBatches([{ before: null, after: { email: 'batch@example.org', name: 'Batch' } }], 'test')],
      ['reference', () => store.conversationRefs.get('00000000-0000-4000-8000-000000000001')],
      ['ping', () => store.ping()],
    ];
    for (const [name, call] of calls) {
      const { ms, err } = await failure(call);
      expect(err, name).to.be.instanceOf(StorageUnavailableError);
      expect((err as StorageUnavailableError).reason, name).to.equal('timeout');
      expect(ms, name).to.be.below(DEADLINE_MS + 1500);
    }
  });

  it('/healthz answers 503 within 2 s', async () => {
    const started = Date.now();
    const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(10_000) });
    expect(res.status).to.equal(503);
    expect(Date.now() - started).to.be.below(2000);
    expect(await res.json()).to.deep.equal({ status: 'storage unavailable' });
  });

  it('a chat message and a card press are answered within the deadline: not done, try again', async () => {
    const person = demoPerson('yot_manager');
    const activity = (fields: object) => ({
      type: 'message', id: 'x', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies',
      from: { id: '29:yot', name: person.name, aadObjectId: person.aadObjectId }, recipient: { id: '28:bot' },
      conversation: { id: 'a:yot', conversationType: 'personal', tenantId: 't' }, ...fields,
    });
    const post = (body: object) => fetch(`${baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(20_000) });
    let started = Date.now();
    const message = await post(activity({ text: 'my deadlines' }));
    expect(Date.now() - started).to.be.below(APP_DEADLINE_MS + 2000);
    expect(message.status).to.equal(200);
    expect(JSON.stringify(await message.json())).to.contain('Not done: storage did not answer in time');
    started = Date.now();
    const press = await post(activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'claim.decide', data: { claimId: 'c1', decision: 'approve' } } } }));
    expect(Date.now() - started).to.be.below(APP_DEADLINE_MS + 2000);
    expect(press.status).to.equal(200);
    const card = JSON.stringify(await press.json());
    expect(card).to.contain('Not done');
    expect(card).to.not.match(/\bat .*\.js:\d+|TABLE|devstoreaccount/i);
  });

  it('a CLI command says it was not done and to run it again, within the deadline', async () => {
    let err = '';
    const io: Io = { out: () => undefined, err: (t) => (err += t) };
    const saved = { cs: process.env.TABLES_CONNECTION_STRING, timeout: process.env.STORAGE_TIMEOUT_MS };
    process.env.TABLES_CONNECTION_STRING = storage.connectionString;
    process.env.STORAGE_TIMEOUT_MS = String(DEADLINE_MS);
    try {
      const started = Date.now();
      const code = await main(['node', 'yosbot', 'due', '--json'], io);
      expect(Date.now() - started).to.be.below(DEADLINE_MS + 2000);
      expect(code).to.equal(1);
      expect(err).to.match(/storage did not answer within 800 ms .*Not done: run the command again/);
    } finally {
      process.env.TABLES_CONNECTION_STRING = saved.cs;
      process.env.STORAGE_TIMEOUT_MS = saved.timeout;
      if (saved.timeout === undefined) delete process.env.STORAGE_TIMEOUT_MS;
    }
  });
});
