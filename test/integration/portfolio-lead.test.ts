/**
 * The portfolio lead end to end (issue 19 item 9), against Azurite with the mock Bot Connector:
 * the people file's `role` column, the board pack a week before each YOGB (once per meeting),
 * the warning when no YOGB is scheduled within 3 months (once per quarter, to the portfolio lead
 * and every SPOC), and `board agenda` in chat for every division.
 */
import { expect } from 'chai';
import { addDays, addMonths, nextWorkingDay, todayInLondon, type CivilDate } from '../../src/framework/dates';
import { importCsv } from '../../src/cli/csv-import';
import { ConnectorSender } from '../../src/notify/sender';
import { sweep, type SweepDeps } from '../../src/notify/sweep';
import { validateCard } from '../../src/views/templates';
import { cardText, demoPerson, firstCard, say, startIntroducedHarness, type Harness } from '../helpers/harness';

const deps = (h: Harness, instanceId: string): SweepDeps => ({
  store: h.storage.store,
  sender: new ConnectorSender({ baseDelayMs: 20, maxDelayMs: 200 }),
  instanceId,
});
const inbox = (h: Harness, key: string, summary: string) =>
  h.connector.activitiesTo(`a:personal-29:${key}`).filter((a) => a.summary === summary);

/** First working day of the calendar quarter after `date`. */
function nextQuarterStart(date: CivilDate): CivilDate {
  const [year, month] = date.split('-').map(Number);
  const q = Math.floor((month - 1) / 3);
  const start = q === 3 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 4).padStart(2, '0')}-01`;
  return nextWorkingDay(start);
}

describe('the portfolio lead: board pack, no-YOGB warning, board agenda (Azurite + mock Bot Connector)', function () {
  this.timeout(120_000);
  const today = todayInLondon();
  let h: Harness;

  beforeEach(async () => {
    h = await startIntroducedHarness();
  });
  afterEach(async () => h.stop());

  it('people import: role portfolio_lead is stored; another value is refused with a clear message and nothing changes; an empty cell clears it', async () => {
    const people = h.storage.store.people;
    const lead = demoPerson('portfolio_lead');
    expect((await people.get(lead.email))!.record.role).to.equal('portfolio_lead'); // from yosbot demo

    const bad = await importCsv(
      h.storage.store,
      'people',
      `email,name,role\nnew@example.org,New Person,\n${lead.email},${lead.name},chair\n`,
      'test',
    );
    expect(bad.problems).to.deep.equal([{ line: 3, column: 'role', message: bad.problems[0].message }]);
    expect(bad.problems[0].message).to.match(/^"chair" is not a role this file sets: leave it empty or write portfolio_lead/);
    expect(await people.get('new@example.org')).to.equal(null);

    const withoutColumn = await importCsv(h.storage.store, 'people', `email,name\n${lead.email},${lead.name}\n`, 'test');
    expect(withoutColumn).to.include({ created: 0, updated: 0, unchanged: 1 });
    expect((await people.get(lead.email))!.record.role).to.equal('portfolio_lead');

    const cleared = await importCsv(h.storage.store, 'people', `email,name,role\n${lead.email},${lead.name},\n`, 'test');
    expect(cleared).to.include({ updated: 1 });
    expect((await people.get(lead.email))!.record).to.not.have.property('role');
  });

  it('the board pack goes to the portfolio lead once per YOGB, a week before, with every division; two concurrent sweeps and a later one send it once', async () => {
    const meeting = addDays(today, 12); // the demo's next YOGB
    const early = addDays(meeting, -8);
    expect((await sweep(deps(h, 'early'), { asOf: early, evenOnHolidays: true })).planned).to.be.greaterThan(0);
    expect(inbox(h, 'portfolio_lead', 'board-pack')).to.have.length(0); // not before the week

    const asOf = addDays(meeting, -7);
    const [a, b] = await Promise.all([
      sweep(deps(h, 'a'), { asOf, evenOnHolidays: true }),
      sweep(deps(h, 'b'), { asOf, evenOnHolidays: true }),
    ]);
    expect(a.failed + b.failed).to.equal(0);
    await sweep(deps(h, 'c'), { asOf: addDays(asOf, 2), evenOnHolidays: true });
    const packs = inbox(h, 'portfolio_lead', 'board-pack');
    expect(packs).to.have.length(1);
    const pack = packs[0].attachments[0].content;
    expect(validateCard(pack)).to.deep.equal([]);
    const text = cardText(pack);
    expect(text).to.contain('Governance Board agenda').and.contain('Board pack for the chair');
    expect(text).to.contain('YOS: Midlands: Leicester City YOS, Northamptonshire YOS; North East: Leeds YOS');
    expect(text).to.contain('DSP-LE-01'); // Midlands: the escalated dispute
    expect(text).to.contain('VAC-LS-01'); // North East: the vacancy
    expect(text).to.contain("this timing is this product's choice");
    // Only the portfolio lead gets the pack; the SPOC keeps the tracker digest.
    expect(h.connector.sent.filter((s) => s.activity.summary === 'board-pack')).to.have.length(1);
  });

  it('no YOGB within 3 months: the portfolio lead and every SPOC are warned once per quarter; none while one is scheduled', async () => {
    const scheduled = await sweep(deps(h, 'now'), { asOf: nextWorkingDay(addDays(today, 1)), dryRun: true });
    expect(scheduled.reminders!.filter((r) => r.kind === 'no-board-scheduled')).to.deep.equal([]);

    // After the demo's last YOGB (today + 6 months + 12 days) none is scheduled.
    const first = nextQuarterStart(addMonths(today, 7));
    const dry = await sweep(deps(h, 'dry'), { asOf: first, dryRun: true });
    const entries = dry.reminders!.filter((r) => r.kind === 'no-board-scheduled');
    const expected = ['portfolio_lead', 'spoc', 'spoc_north_east'].map((k) => demoPerson(k).email).sort();
    expect(entries.map((e) => e.recipient).sort()).to.deep.equal(expected);
    expect(entries[0]).to.include({ stage: 'warning', when: 'no YOGB in the next 3 months' });

    await sweep(deps(h, 'q1'), { asOf: first });
    await sweep(deps(h, 'q1-later'), { asOf: nextWorkingDay(addDays(first, 14)) });
    for (const key of ['portfolio_lead', 'spoc', 'spoc_north_east']) expect(inbox(h, key, 'no-board-scheduled'), key).to.have.length(1);
    const warning = inbox(h, 'portfolio_lead', 'no-board-scheduled')[0].attachments[0].content;
    expect(validateCard(warning)).to.deep.equal([]);
    expect(cardText(warning)).to.contain('"meets on quarterly basis"').and.contain('You chair the Governance Board (9.1)');
    expect(cardText(warning)).to.contain('The 3-month look-ahead is this product\'s reading of "quarterly" (9.1)');
    expect(cardText(inbox(h, 'spoc', 'no-board-scheduled')[0].attachments[0].content)).to.contain('As divisional SPOC');

    await sweep(deps(h, 'q2'), { asOf: nextQuarterStart(first) });
    for (const key of ['portfolio_lead', 'spoc', 'spoc_north_east']) expect(inbox(h, key, 'no-board-scheduled'), key).to.have.length(2);
  });

  it('board agenda in chat: the portfolio lead sees every division; a secondee is refused', async () => {
    const agenda = cardText(firstCard(await say(h, 'portfolio_lead', 'board agenda')));
    const yosLine = agenda.split('\n').find((l) => l.startsWith('YOS: '))!;
    expect(yosLine.slice(5).split(', ').sort()).to.deep.equal(['Leeds YOS', 'Leicester City YOS', 'Northamptonshire YOS']);
    expect(agenda).to.contain('DSP-LE-01').and.contain('VAC-LS-01');
    const refused = cardText(firstCard(await say(h, 'secondee', 'board agenda')));
    expect(refused).to.contain('Not your agenda').and.contain('the portfolio lead who chairs the board (9.1)');
  });
});
