import { expect } from 'chai';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  addDays,
  addMonths,
  addWorkingDays,
  daysBetween,
  formatLong,
  isBankHoliday,
  isWorkingDay,
  nextWorkingDay,
  parseCivilDate,
  todayInLondon,
  ZONE,
} from '../../src/framework/dates';

describe('civil dates', () => {
  it('parses ISO and UK DD/MM/YYYY dates to the same civil date', () => {
    expect(parseCivilDate('2027-03-04')).to.equal('2027-03-04');
    expect(parseCivilDate('04/03/2027')).to.equal('2027-03-04');
    expect(parseCivilDate('4/3/2027')).to.equal('2027-03-04');
    expect(parseCivilDate(' 2027-03-04 ')).to.equal('2027-03-04');
  });

  it('refuses impossible or foreign-format dates', () => {
    for (const bad of ['2027-02-29', '31/04/2027', '2027/03/04', '03-04-2027', '13/13/2027', 'tomorrow', '', '2027-3-4']) {
      expect(parseCivilDate(bad), bad).to.equal(null);
    }
    expect(parseCivilDate('29/02/2028')).to.equal('2028-02-29');
  });

  it('adds calendar months with the end-of-month clamp', () => {
    expect(addMonths('2027-01-31', 3)).to.equal('2027-04-30');
    expect(addMonths('2027-11-30', 3)).to.equal('2028-02-29'); // leap year
    expect(addMonths('2026-11-30', 3)).to.equal('2027-02-28');
    expect(addMonths('2028-02-29', 3)).to.equal('2028-05-29');
    expect(addMonths('2028-02-29', 12)).to.equal('2029-02-28');
    expect(addMonths('2027-08-31', -6)).to.equal('2027-02-28');
  });

  it('knows England & Wales bank holidays, including substitute days', () => {
    expect(isBankHoliday('2026-12-25')).to.equal(true);
    expect(isBankHoliday('2026-12-28')).to.equal(true); // Boxing Day falls on a Saturday
    expect(isBankHoliday('2027-08-30')).to.equal(true); // summer bank holiday (England, not Scotland)
    expect(isBankHoliday('2027-08-02')).to.equal(false); // Scotland's summer holiday is not ours
    expect(isWorkingDay('2026-11-21')).to.equal(false); // Saturday
    expect(isWorkingDay('2026-11-23')).to.equal(true);
  });

  it('counts working days over weekends and bank holidays', () => {
    expect(addWorkingDays('2026-11-23', 5)).to.equal('2026-11-30'); // Mon -> next Mon
    // Wed 23 Dec 2026: 24 Thu, (25 Fri BH), (26-27 weekend), (28 Mon BH), 29, 30, 31 Dec, (1 Jan BH), 4 Jan
    expect(addWorkingDays('2026-12-23', 5)).to.equal('2027-01-04');
    expect(nextWorkingDay('2026-12-25')).to.equal('2026-12-29');
    expect(nextWorkingDay('2026-12-29')).to.equal('2026-12-29');
  });

  it('takes today in London, not the server zone', () => {
    expect(todayInLondon(new Date('2027-06-30T23:30:00Z'))).to.equal('2027-07-01'); // BST
    expect(todayInLondon(new Date('2027-01-31T23:30:00Z'))).to.equal('2027-01-31'); // GMT
  });

  it('gives the same results as arithmetic in the London zone, across clock changes (fast-check)', () => {
    const london = (d: string) => DateTime.fromISO(d, { zone: ZONE });
    const civil = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(civil, civil, fc.integer({ min: -400, max: 400 }), fc.integer({ min: -40, max: 40 }), (a, b, days, months) => {
        expect(addDays(a, days)).to.equal(london(a).plus({ days }).toFormat('yyyy-MM-dd'));
        expect(addMonths(a, months)).to.equal(london(a).plus({ months }).toFormat('yyyy-MM-dd'));
        expect(daysBetween(a, b)).to.equal(Math.round(london(b).diff(london(a), 'days').days));
        expect(formatLong(a)).to.equal(london(a).toFormat('cccc d LLLL yyyy'));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes today in London at every instant, the hours around midnight and clock changes included (fast-check)', () => {
    const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) });
    // Runs of instants close together, as a running server asks, exercise the cached day too.
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, fc.integer({ min: 0, max: 3 * 3600_000 })), { minLength: 1, maxLength: 20 }), (runs) => {
        for (const [start, step] of runs) {
          for (const t of [start, start + step, start - step]) {
            expect(todayInLondon(new Date(t))).to.equal(DateTime.fromMillis(t, { zone: ZONE }).toFormat('yyyy-MM-dd'));
          }
        }
      }),
      { numRuns: 500 },
    );
    expect(todayInLondon(new Date('2027-03-27T23:59:59.999Z'))).to.equal('2027-03-27'); // GMT, the night clocks go forward
    expect(todayInLondon(new Date('2027-03-28T00:00:00Z'))).to.equal('2027-03-28');
    expect(todayInLondon(new Date('2027-10-30T22:59:59.999Z'))).to.equal('2027-10-30'); // BST, the night clocks go back
    expect(todayInLondon(new Date('2027-10-30T23:00:00Z'))).to.equal('2027-10-31');
  });
});
