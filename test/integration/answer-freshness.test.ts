/**
 * Answers come from facts worked out once per change of the records (issue 13), so they must
 * still follow the records: a change made through this instance shows in the very next answer,
 * a change made by another instance (a CLI import, a second bot) within the snapshot TTL.
 */
import { expect } from 'chai';
import { todayInLondon } from '../../src/framework/dates';
import { SNAPSHOT_TTL_MS, Store } from '../../src/store/store';
import { cardText, firstCard, say, startHarness, type Harness } from '../helpers/harness';

describe('answers follow the records', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h.stop());

  const disputeAnswer = async () => cardText(firstCard(await say(h, 'yot_manager_leicester', 'who handles a dispute?')));
  const dispute = (disputeId: string) => ({ disputeId, yosId: 'LEICESTER', raisedDate: todayInLondon(), raisedByEmail: 'sunita.patel@leicester.example.org', summary: 'test', status: 'open' as const });

  it('a change made through this instance is in the next answer', async () => {
    const before = await disputeAnswer();
    expect(before).to.contain('Open dispute DSP-LE-01');
    expect(before).to.not.contain('DSP-LE-LOCAL');
    expect(await disputeAnswer()).to.equal(before); // asked again: the same answer
    await h.storage.store.disputes.insert(dispute('DSP-LE-LOCAL'), 'test');
    expect(await disputeAnswer()).to.contain('Open dispute DSP-LE-LOCAL: the 28-day local deadline is');
  });

  it('a change made by another instance shows within the snapshot TTL', async () => {
    expect(await disputeAnswer()).to.not.contain('DSP-LE-REMOTE');
    const other = await Store.open(h.storage.azurite.connectionString);
    await other.disputes.insert(dispute('DSP-LE-REMOTE'), 'another instance');
    const changedAt = Date.now();
    let seen = false;
    while (!seen && Date.now() - changedAt < SNAPSHOT_TTL_MS + 1500) {
      seen = (await disputeAnswer()).includes('Open dispute DSP-LE-REMOTE');
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(seen, 'the other instance\'s dispute shows').to.equal(true);
  });
});
