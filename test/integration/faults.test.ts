import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { addDays, nextWorkingDay, todayInLondon } from '../../src/framework/dates';
import { startAzurite } from '../../src/store/azurite';
import { ConnectorSender } from '../../src/notify/sender';
import { sweep } from '../../src/notify/sweep';
import { startIntroducedHarness, type Harness } from '../helpers/harness';

const asOf = nextWorkingDay(addDays(todayInLondon(), 1));

function reminderDeliveries(h: Harness): string[] {
  return h.connector.sent
    .filter((s) => s.activity.summary !== undefined && s.activity.attachments?.[0]?.content?.body)
    .map((s) => `${s.conversationId}|${JSON.stringify(s.activity.attachments[0].content.body.slice(0, 2))}`);
}

describe('faults', function () {
  this.timeout(90_000);
  let h: Harness;
  let dataDir: string;

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'azurite-fault-'));
    h = await startIntroducedHarness({ dataDir });
  });
  afterEach(async () => h.stop());

  it('storage stops mid-sweep: the sweep fails cleanly, /healthz says 503, the next sweep sends what was missed, nothing twice', async () => {
    const plan = await sweep({ store: h.storage.store, sender: new ConnectorSender() }, { asOf, dryRun: true });
    const port = h.storage.azurite.port;
    let sends = 0;
    const sender = new ConnectorSender();
    const realSend = sender.send.bind(sender);
    sender.send = async (target, activity) => {
      if (++sends === 3) {
        await h.storage.azurite.stop(); // storage goes away before the third reminder
        return { ok: false, unreachable: false, status: 0, reason: 'storage gone', attempts: 1 };
      }
      return realSend(target, activity);
    };
    let failure: Error | null = null;
    await sweep({ store: h.storage.store, sender, concurrency: 1 }, { asOf }).catch((err) => (failure = err));
    expect(failure, 'the sweep reports the failure').to.not.equal(null);
    expect(reminderDeliveries(h)).to.have.length(2);
    expect((await fetch(`${h.baseUrl}/healthz`)).status).to.equal(503);

    h.storage.azurite = await startAzurite({ dataDir, port });
    expect((await fetch(`${h.baseUrl}/healthz`)).status).to.equal(200);
    // Later (the interrupted claim has gone stale), the next sweep finishes the job.
    const rerun = await sweep({ store: h.storage.store, sender: new ConnectorSender(), staleAfterMs: 0 }, { asOf });
    expect(rerun.failed).to.equal(0);
    const got = reminderDeliveries(h);
    expect(got).to.have.length(plan.planned);
    expect(new Set(got).size).to.equal(plan.planned);
  });

  it('connector down for a while: reminders wait and go out once', async () => {
    const plan = await sweep({ store: h.storage.store, sender: new ConnectorSender() }, { asOf, dryRun: true });
    h.connector.down = true;
    setTimeout(() => (h.connector.down = false), 1500);
    const first = await sweep({ store: h.storage.store, sender: new ConnectorSender({ baseDelayMs: 50, maxDelayMs: 200, maxAttempts: 3 }), concurrency: 4 }, { asOf });
    expect(first.sent + first.failed).to.equal(plan.planned);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const second = await sweep({ store: h.storage.store, sender: new ConnectorSender() }, { asOf });
    expect(second.failed).to.equal(0);
    const got = reminderDeliveries(h);
    expect(got).to.have.length(plan.planned);
    expect(new Set(got).size).to.equal(plan.planned);
  });

  it('a 429 storm: every reminder still goes once, Retry-After is honoured, limits never exceeded', async () => {
    const plan = await sweep({ store: h.storage.store, sender: new ConnectorSender() }, { asOf, dryRun: true });
    h.connector.failNext(...Array.from({ length: 8 }, () => ({ status: 429, retryAfter: 0.3 })));
    const started = Date.now();
    const result = await sweep({ store: h.storage.store, sender: new ConnectorSender({ baseDelayMs: 10 }), concurrency: 4 }, { asOf });
    expect(result.failed).to.equal(0);
    expect(result.sent).to.equal(plan.planned);
    expect(Date.now() - started).to.be.at.least(300);
    expect(h.connector.throttled).to.equal(0);
    expect(new Set(reminderDeliveries(h)).size).to.equal(plan.planned);
  });
});
