import { expect } from 'chai';
import { addDays, nextWorkingDay, todayInLondon } from '../../src/framework/dates';
import { validateCard } from '../../src/views/templates';
import { DEMO_PEOPLE } from '../../src/cli/demo';
import { ConnectorSender } from '../../src/notify/sender';
import { sweep, type SweepDeps } from '../../src/notify/sweep';
import { introduceEveryone, post, startHarness, type Harness } from '../helpers/harness';

/** Every demo person opens a chat with the bot, so each has a conversation reference. */
async function everyoneSaysHello(h: Harness): Promise<void> {
  await introduceEveryone(h);
}

function deps(h: Harness, instanceId: string, extra: Partial<SweepDeps> = {}): SweepDeps {
  return { store: h.storage.store, sender: new ConnectorSender({ baseDelayMs: 20, maxDelayMs: 200 }), instanceId, ...extra };
}

/** (conversation, card title + subject) of each reminder the connector received. */
function deliveries(h: Harness): string[] {
  return h.connector.sent
    .filter((s) => s.activity.attachments?.[0]?.content?.body)
    .filter((s) => s.activity.summary !== undefined)
    .map((s) => `${s.conversationId}|${s.activity.attachments[0].content.body[0].text}|${s.activity.attachments[0].content.body[1].text}`);
}

describe('proactive reminders (Azurite + mock Bot Connector)', function () {
  this.timeout(60_000);
  const asOf = nextWorkingDay(addDays(todayInLondon(), 1));
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness();
    await everyoneSaysHello(h);
    h.connector.sent.length = 0; // keep only reminders
  });
  afterEach(async () => h.stop());

  // Removal on uninstall needs an authenticated activity: see test/security/service-url.test.ts.
  it('stores a conversation reference per person', async () => {
    const refs = await h.storage.store.conversationRefs.all();
    expect(refs).to.have.length(DEMO_PEOPLE.length);
    const priya = refs.find((r) => r.email === 'priya.shah@probation.example.org');
    expect(priya).to.include({ conversationId: 'a:personal-29:secondee', serviceUrl: h.connector.url });
  });

  it('two concurrent sweeps send each reminder exactly once; a repeat sweep sends nothing', async () => {
    const [a, b] = await Promise.all([sweep(deps(h, 'instance-a'), { asOf }), sweep(deps(h, 'instance-b'), { asOf })]);
    expect(a.planned).to.be.greaterThan(5);
    expect(a.sent + b.sent).to.equal(a.planned);
    expect(a.failed + b.failed).to.equal(0);
    const got = deliveries(h);
    expect(got).to.have.length(a.planned);
    expect(new Set(got).size).to.equal(got.length);
    expect(await h.storage.store.outbox.count('sent')).to.equal(a.planned);
    for (const s of h.connector.sent) expect(validateCard(s.activity.attachments[0].content)).to.deep.equal([]);

    const again = await sweep(deps(h, 'instance-a'), { asOf });
    expect(again.planned).to.equal(0);
    expect(h.connector.sent).to.have.length(a.planned);
  });

  it('a sweep killed mid-way and rerun loses nothing and duplicates nothing', async () => {
    const dry = await sweep(deps(h, 'x'), { asOf, dryRun: true });
    // The first sweep dies after three sends: its in-flight claims are left behind.
    let sends = 0;
    const dying = new ConnectorSender();
    const realSend = dying.send.bind(dying);
    dying.send = async (target, activity) => {
      if (++sends > 3) throw new Error('process killed');
      return realSend(target, activity);
    };
    await sweep(deps(h, 'dying', { sender: dying, concurrency: 1 }), { asOf }).catch(() => undefined);
    expect(h.connector.sent).to.have.length(3);
    // Claims are stale once older than staleAfterMs; the rerun takes them over.
    const rerun = await sweep(deps(h, 'rerun', { staleAfterMs: 0 }), { asOf });
    expect(rerun.failed).to.equal(0);
    const got = deliveries(h);
    expect(got).to.have.length(dry.planned);
    expect(new Set(got).size).to.equal(dry.planned);
  });

  it('after a week of downtime the first sweep sends one catch-up per obligation and person', async () => {
    const later = nextWorkingDay(addDays(asOf, 7));
    const result = await sweep(deps(h, 'after-downtime'), { asOf: later });
    expect(result.sent).to.be.greaterThan(5);
    expect(h.connector.sent.length).to.equal(result.sent);
    // One stage per obligation and person, never the stale ones it slept through.
    const perKey = new Map<string, number>();
    for (const d of deliveries(h)) perKey.set(d, (perKey.get(d) ?? 0) + 1);
    expect([...perKey.values()].every((n) => n === 1)).to.equal(true);
  });

  it('retries 429 and 502 honouring Retry-After, and marks 403 unreachable without retrying', async () => {
    h.connector.failNext({ status: 429, retryAfter: 1 }, { status: 502 });
    const started = Date.now();
    const first = await sweep(deps(h, 'a', { concurrency: 1 }), { asOf });
    expect(Date.now() - started).to.be.at.least(1000);
    expect(first.failed).to.equal(0);
    expect(first.sent).to.equal(first.planned);
    expect(h.connector.throttled).to.equal(0); // our limiter never exceeded Teams' limits

    const blockedConversation = 'a:personal-29:link_manager';
    h.connector.blocked.add(blockedConversation);
    const requestsBefore = h.connector.requests;
    const next = await sweep(deps(h, 'a'), { asOf: nextWorkingDay(addDays(asOf, 8)) });
    expect(next.unreachable).to.be.at.least(1);
    const ref = await h.storage.store.conversationRefs.get(DEMO_PEOPLE.find((p) => p.key === 'link_manager')!.aadObjectId);
    expect(ref!.unreachableReason).to.equal('HTTP 403');
    // One request per unreachable reminder at most: no retry storm.
    expect(h.connector.requests - requestsBefore).to.be.at.most(next.sent + next.unreachable);
  });

  it('POST /api/notify needs the bearer key and returns counts', async () => {
    expect((await post(h, '/api/notify', {})).status).to.equal(401);
    expect((await post(h, '/api/notify', {}, { authorization: 'Bearer wrong' })).status).to.equal(401);
    const ok = await post(h, `/api/notify?asOf=${asOf}`, {}, { authorization: 'Bearer test-notify-key' });
    expect(ok.status).to.equal(200);
    expect(ok.body).to.include({ asOf, failed: 0 });
    expect(ok.body.sent).to.equal(ok.body.planned);
  });

  it('sends the SPOC one tracker digest per meeting, and escalates an overdue dispute', async () => {
    const result = await sweep(deps(h, 'digest'), { asOf: nextWorkingDay(addDays(todayInLondon(), 5)) });
    expect(result.failed).to.equal(0);
    const spoc = h.connector.activitiesTo('a:personal-29:spoc');
    const digests = spoc.filter((a) => a.summary === 'tracker-digest');
    expect(digests).to.have.length(1);
    const digest = digests[0].attachments[0].content;
    expect(JSON.stringify(digest)).to.contain('Not submitted');
    const escalations = h.connector.activitiesTo('a:personal-29:head_of_ldu_leicester').filter((a) => a.summary === 'dispute-escalation');
    expect(escalations).to.have.length(1);
    expect(JSON.stringify(escalations[0])).to.contain('Escalated to you');
  });
});
