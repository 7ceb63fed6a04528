import { expect } from 'chai';
import { useCliStorage, yosbot } from '../helpers/cli';
import { decidedClaim } from '../helpers/records';

/**
 * Decision instants just either side of midnight in London, in summer time, in winter time and on
 * both clock-change days of 2027 (Sunday 28 March: 01:00 UTC becomes 02:00 BST; Sunday 31 October:
 * 02:00 BST becomes 01:00 GMT). The id says the London date each one belongs to.
 */
const DECIDED: Record<string, string> = {
  'TS-20270327-LATE': '2027-03-27T23:59:59.000Z', // 23:59:59 GMT, Saturday 27 March
  'TS-20270328-MIDNIGHT': '2027-03-28T00:00:00.000Z', // 00:00 GMT, the spring-forward day
  'TS-20270328-LATE': '2027-03-28T22:59:59.000Z', // 23:59:59 BST, still 28 March
  'TS-20270329-MIDNIGHT': '2027-03-28T23:00:00.000Z', // 00:00 BST, Monday 29 March (UTC says 28th)
  'TS-20270630-LATE': '2027-06-30T22:59:59.999Z', // 23:59:59.999 BST, 30 June
  'TS-20270701-MIDNIGHT': '2027-06-30T23:00:00.000Z', // 00:00 BST, 1 July (UTC says 30 June)
  'TS-20270701-HALFPAST': '2027-06-30T23:30:00.000Z', // 00:30 BST, 1 July: the case finance found
  'TS-20271030-LATE': '2027-10-30T22:59:59.000Z', // 23:59:59 BST, Saturday 30 October
  'TS-20271031-MIDNIGHT': '2027-10-30T23:00:00.000Z', // 00:00 BST, the fall-back day (UTC says 30th)
  'TS-20271031-LATE': '2027-10-31T23:59:59.000Z', // 23:59:59 GMT, still 31 October (a 25-hour day)
  'TS-20271101-MIDNIGHT': '2027-11-01T00:00:00.000Z', // 00:00 GMT, 1 November
};

async function exported(...period: string[]): Promise<string[]> {
  const r = await yosbot('export', 'expenses', ...period);
  expect(r.code, r.err).to.equal(0);
  return r.out
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0]);
}

describe('yosbot export expenses --from/--to: London civil dates, inclusive (Azurite)', () => {
  const cli = useCliStorage();

  before(async () => {
    const claims = Object.entries(DECIDED).map(([claimId, decidedAt]) => decidedClaim({ claimId, decidedAt }));
    await cli.storage.store.claims.writeBatches(
      claims.map((after) => ({ before: null, after })),
      'test',
    );
  });

  it("June's export ends at midnight London time: a claim decided at 00:30 BST on 1 July is July's", async () => {
    expect(await exported('--from', '2027-06-01', '--to', '2027-06-30')).to.deep.equal(['TS-20270630-LATE']);
    expect(await exported('--from', '2027-07-01', '--to', '2027-07-31')).to.deep.equal(['TS-20270701-MIDNIGHT', 'TS-20270701-HALFPAST']);
  });

  it('the spring-forward day (28 March 2027) runs from 00:00 GMT to 23:59:59 BST', async () => {
    expect(await exported('--from', '2027-03-28', '--to', '2027-03-28')).to.deep.equal(['TS-20270328-MIDNIGHT', 'TS-20270328-LATE']);
    expect(await exported('--to', '2027-03-27')).to.deep.equal(['TS-20270327-LATE']);
    expect(await exported('--from', '2027-03-29', '--to', '2027-03-29')).to.deep.equal(['TS-20270329-MIDNIGHT']);
  });

  it('the fall-back day (31 October 2027) runs from 00:00 BST to 23:59:59 GMT', async () => {
    expect(await exported('--from', '2027-10-31', '--to', '2027-10-31')).to.deep.equal(['TS-20271031-MIDNIGHT', 'TS-20271031-LATE']);
    expect(await exported('--from', '2027-10-30', '--to', '2027-10-30')).to.deep.equal(['TS-20271030-LATE']);
    expect(await exported('--from', '2027-11-01')).to.deep.equal(['TS-20271101-MIDNIGHT']);
  });

  it('each claim is in exactly one monthly export, the one of its London date', async () => {
    const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
    const lastDay = (m: string) => new Date(Date.UTC(2027, Number(m), 0)).getUTCDate();
    const byMonth = await Promise.all(months.map((m) => exported('--from', `2027-${m}-01`, '--to', `2027-${m}-${lastDay(m)}`)));
    const all = byMonth.flat();
    expect([...all].sort()).to.deep.equal(Object.keys(DECIDED).sort());
    months.forEach((m, i) => byMonth[i].forEach((id) => expect(id.slice(7, 9), id).to.equal(m)));
  });

  it('--from after --to is refused with a clear message', async () => {
    const r = await yosbot('export', 'expenses', '--from', '2027-07-01', '--to', '2027-06-30');
    expect(r.code).to.equal(1);
    expect(r.err).to.contain('yosbot: --from 2027-07-01 is after --to 2027-06-30: nothing to export');
    expect(r.out).to.equal('');
  });
});
