/** The sweep's summary agrees with itself (issue 22, item 7): the unreachable count covers the people it lists, and each failure says why. */
import { expect } from 'chai';
import { addDays, nextWorkingDay, todayInLondon } from '../../src/framework/dates';
import { formatSweep } from '../../src/cli/main';
import { say, startHarness, type Harness } from '../helpers/harness';

describe('sweep summary (Azurite, mock connector)', function () {
  this.timeout(90_000);
  const asOf = nextWorkingDay(addDays(todayInLondon(), 1));
  let h: Harness;
  beforeEach(async () => (h = await startHarness({ connector: { createNeedsRoster: true } })));
  afterEach(async () => h.stop());

  it('"N unreachable" counts the reminders held for the people listed, and a failure gives its reason', async () => {
    for (const who of ['secondee', 'yot_manager', 'link_manager']) await say(h, who, 'help'); // they have a chat; nobody else can be reached
    h.connector.failNext({ status: 400 }); // the one send that goes out fails, not to be retried in this sweep
    const result = await h.app.runSweep(asOf);
    expect(result.notReached.length).to.be.greaterThan(0);
    expect(result.unreachable).to.be.at.least(result.notReached.length); // each listed person holds at least one reminder
    expect(result.sent + result.failed + result.unreachable + result.claimedElsewhere).to.equal(result.planned);
    const text = formatSweep(result);
    expect(text).to.contain(`${result.unreachable} unreachable (${result.notReached.length} people, listed below)`);
    expect(text.split('\n').filter((l) => l.startsWith('Not reachable in Teams:'))).to.have.length(result.notReached.length);
    expect(result.sent, JSON.stringify(result)).to.be.greaterThan(0);
    expect(result.failed).to.equal(1);
    expect(result.failures).to.have.length(1);
    expect(text).to.contain(`Failed (tried again at the next sweep): ${result.failures[0].email}: HTTP 400`);
  });
});
