import { expect } from 'chai';
import { formatSweep } from '../../src/cli/main';
import { addDays, nextWorkingDay, todayInLondon } from '../../src/framework/dates';
import { ConnectorSender } from '../../src/notify/sender';
import { sweep, type SweepDeps } from '../../src/notify/sweep';
import { introduceEveryone, startHarness, type Harness } from '../helpers/harness';

const TEN_MINUTES = 10 * 60_000;

/**
 * A sweep that stops mid-way leaves its claim on the reminder it was sending. Until the claim goes
 * stale (10 minutes) the next sweep must not call that reminder "already handled": it was not sent.
 */
describe('reminders held by a stopped sweep (Azurite + mock Bot Connector)', function () {
  this.timeout(60_000);
  const asOf = nextWorkingDay(addDays(todayInLondon(), 1));
  let h: Harness;

  const deps = (instanceId: string, extra: Partial<SweepDeps> = {}): SweepDeps => ({
    store: h.storage.store,
    sender: new ConnectorSender({ baseDelayMs: 20, maxDelayMs: 200 }),
    instanceId,
    ...extra,
  });

  before(async () => {
    h = await startHarness();
    await introduceEveryone(h);
  });
  after(async () => h.stop());

  it('are reported as held by that sweep since when and until when, not as already handled; then sent once the hold expires', async () => {
    const dry = await sweep(deps('x'), { asOf, dryRun: true });
    let sends = 0;
    const dying = new ConnectorSender();
    const realSend = dying.send.bind(dying);
    dying.send = async (target, activity) => {
      if (++sends > 2) throw new Error('process killed');
      return realSend(target, activity);
    };
    const stoppedAt = Date.now();
    await sweep(deps('sweep-that-died', { sender: dying, concurrency: 1 }), { asOf }).catch(() => undefined);

    const next = await sweep(deps('next-sweep'), { asOf });
    expect(next.planned).to.equal(dry.planned - 2); // the two sent are not planned again
    expect(next.claimedElsewhere, 'nothing was already handled').to.equal(0);
    expect(next.held).to.have.length(1);
    const [held] = next.held;
    expect(held.heldBy).to.equal('sweep-that-died');
    expect(Date.parse(held.since)).to.be.within(stoppedAt - 1000, Date.now());
    expect(Date.parse(held.retryAfter) - Date.parse(held.since)).to.equal(TEN_MINUTES);
    expect(next.sent).to.equal(next.planned - 1);

    const text = formatSweep(next);
    expect(text).to.contain('0 already handled, 1 held by another sweep');
    expect(text).to.match(
      /Held by another sweep \(sweep-that-died, or a stopped one\) since \d\d:\d\d on \d+ \w{3} \d{4}; retried after \d\d:\d\d on \d+ \w{3} \d{4}: /,
    );
    expect(text).to.contain(held.recipient);

    const later = await sweep(deps('later-sweep', { now: () => new Date(Date.parse(held.retryAfter) + 1000) }), { asOf });
    expect(later.held).to.deep.equal([]);
    expect(later.sent).to.equal(1);
    expect(await h.storage.store.outbox.count('sent')).to.equal(dry.planned);
  });
});
