/**
 * "Done" means saved: the embedded store writes its file a moment after a change, so the bot must
 * not tell anyone a change is done before it is on disk. Real processes: `yosbot demo`, then
 * `npm start` (its own embedded Azurite), real HTTP on loopback, and kill -9 of the whole process
 * group the moment the answer arrives. The store's own save loop is slowed to a minute here, so
 * nothing but the confirmation path can have saved the change (before the fix every trial lost it).
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { addDays, todayInLondon } from '../../src/framework/dates';
import { BIN, SERVER, groupGone, reopen, run, checkoutOnOwnPort, type Checkout } from '../helpers/processes';
import { cardText, demoPerson, findAction, firstCard } from '../helpers/harness';
import { MockConnector } from '../helpers/mock-connector';

const TRIALS = 5;
const today = todayInLondon();

function activity(connector: MockConnector, who: string, fields: Record<string, unknown>) {
  const person = demoPerson(who);
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: connector.url,
    locale: 'en-GB',
    from: { id: `29:${who}`, name: person.name, aadObjectId: person.aadObjectId },
    recipient: { id: '28:yosbot', name: 'YOS bot' },
    conversation: { id: `a:personal-29:${who}`, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    ...fields,
  };
}

async function postTo(port: number, body: unknown): Promise<any> {
  const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).to.equal(200);
  return res.json();
}

const invoke = (connector: MockConnector, who: string, verb: string, data: Record<string, unknown>) =>
  activity(connector, who, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: 'm-form',
    value: { action: { type: 'Action.Execute', verb, data } },
  });

async function startServer(checkout: Checkout) {
  const server = run(checkout, SERVER, [], { AZURITE_SAVE_INTERVAL_MS: '60000' });
  await server.waitFor(/listening/);
  return { server, port: Number(/"port":(\d+)/.exec(server.stdout)![1]) };
}

describe('a change confirmed in chat is on disk (kill -9 right after the answer)', function () {
  this.timeout(180_000);
  const connector = new MockConnector();
  before(() => connector.start());
  after(() => connector.stop());

  it(`${TRIALS} trials: each submitted claim, and the decision on the one before, survive kill -9 of the bot and its Azurite`, async () => {
    const checkout = await checkoutOnOwnPort();
    const demo = run(checkout, BIN, ['demo']);
    expect(await demo.exited).to.equal(0);
    const submitted: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const { server, port } = await startServer(checkout);
      const form = firstCard(
        (await postTo(port, activity(connector, 'secondee', { text: 'claim expenses', deliveryMode: 'expectReplies' }))).activities,
      );
      const submit = findAction(form, 'Submit claim');
      const claim = {
        travelDate: addDays(today, -1),
        from: 'Northampton',
        to: 'Kettering',
        purpose: `Court report ${trial}`,
        mileage: '24',
        amount: '3.50',
      };
      // The secondee submits while the manager approves the claim of the trial before, at the same moment.
      const [answer, decision] = await Promise.all([
        postTo(port, invoke(connector, 'secondee', submit.verb, { ...submit.data, ...claim })),
        trial > 0
          ? postTo(
              port,
              invoke(connector, 'yot_manager', 'claim.decide', { claimId: submitted[trial - 1], decision: 'approve', comment: '' }),
            )
          : null,
      ]);
      server.signalGroup('SIGKILL');
      const text = cardText(answer.value);
      expect(text).to.contain('Waiting for sign-off');
      submitted.push(/T&S claim (TS-\d{8}-\w+)/.exec(text)![1]);
      if (decision) expect(cardText(decision.value)).to.match(/approved/i);
      await groupGone(server);
    }
    const opened = await reopen(checkout);
    try {
      const stored = await Promise.all(submitted.map((id) => opened.store.claims.get(id)));
      expect(stored.map((s) => s?.record.status ?? 'lost')).to.deep.equal([...Array(TRIALS - 1).fill('approved'), 'pending']);
    } finally {
      await opened.close();
    }
  });
});
