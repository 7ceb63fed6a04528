/** The oversight picture (src/framework/oversight.ts): who sees which YOS, and the figures. */
import { expect } from 'chai';
import { lastMeetings, oversightScope, oversightView, trackerStatus } from '../../src/framework/oversight';
import type { Yos } from '../../src/framework/records';
import { dispute, secondment, snapshot, YOS } from '../helpers/records';

const OTHER: Yos = {
  ...YOS,
  yosId: 'LEICESTER',
  name: 'Leicester City YOS',
  yotManagerEmail: 'yot2@example.org',
  headOfLduEmail: 'ldu2@example.org',
};
const NORTH: Yos = {
  ...YOS,
  yosId: 'LEEDS',
  name: 'Leeds YOS',
  division: 'North East',
  yotManagerEmail: 'yot3@example.org',
  headOfLduEmail: 'ldu3@example.org',
  spocEmail: 'spoc3@example.org',
};
const data = snapshot({
  yos: [YOS, OTHER, NORTH],
  people: [
    { email: 'lead@example.org', name: 'Lee Lead', role: 'portfolio_lead' } as never,
    { email: 'po@example.org', name: 'Pat Officer' },
  ],
  secondments: [
    secondment(),
    secondment({
      secondmentId: 'S2',
      yosId: 'LEEDS',
      secondeeEmail: 'pso@example.org',
      grade: 'PSO',
      fte: 0.1,
      linkManagerEmail: 'link3@example.org',
    }),
  ],
});

describe('oversight: who sees what (the roles of the permission table)', () => {
  const seen = (email: string) => {
    const scope = oversightScope(email, data);
    return scope.ok ? scope.yosIds.sort() : scope.reason;
  };
  it('the portfolio lead sees every division (9.1: chairs the Governance Board)', () =>
    expect(seen('lead@example.org')).to.deep.equal(['LEEDS', 'LEICESTER', 'NORTHANTS']));
  it('a SPOC sees their whole division, not another', () => expect(seen('spoc@example.org')).to.deep.equal(['LEICESTER', 'NORTHANTS']));
  it('a Head of LDU, YOT manager or YOS senior manager sees their YOS', () => {
    expect(seen('ldu2@example.org')).to.deep.equal(['LEICESTER']);
    expect(seen('yot@example.org')).to.deep.equal(['NORTHANTS']);
    expect(seen('senior@example.org')).to.deep.equal(['LEEDS', 'LEICESTER', 'NORTHANTS']);
  });
  it('a link manager sees the YOS of their secondees', () => expect(seen('link3@example.org')).to.deep.equal(['LEEDS']));
  it('a secondee is told the page is for managers; someone unknown is told who can add them', () => {
    expect(seen('po@example.org')).to.match(/for managers/);
    expect(seen('nobody@example.org')).to.match(/not in the framework records/);
  });
});

describe('oversight: the figures', () => {
  it('trackers: on time up to 7 days before the meeting (5.5), late after, missing without one', () => {
    const subs = [
      { meetingDate: '2027-03-10', yosId: 'A', submittedBy: 'x', submittedDate: '2027-03-03' },
      { meetingDate: '2027-03-10', yosId: 'B', submittedBy: 'x', submittedDate: '2027-03-04' },
    ];
    expect(trackerStatus('2027-03-10', 'A', subs)).to.equal('on time');
    expect(trackerStatus('2027-03-10', 'B', subs)).to.equal('late');
    expect(trackerStatus('2027-03-10', 'C', subs)).to.equal('missing');
  });

  it('the last four YOGB meetings before the day, not other boards or later meetings', () => {
    const boards = ['2026-03-01', '2026-06-01', '2026-09-01', '2026-12-01', '2027-03-01', '2027-06-01'].map((meetingDate) => ({
      board: 'YOGB',
      meetingDate,
    }));
    expect(lastMeetings([...boards, { board: 'Local management board', meetingDate: '2027-04-01' }], '2027-05-01')).to.deep.equal([
      '2026-06-01',
      '2026-09-01',
      '2026-12-01',
      '2027-03-01',
    ]);
  });

  it('disputes against the 28 days, PO resource against the 0.5 minimum and PSO per cluster against 0.2 (5.1)', () => {
    const view = oversightView(
      { ...data, disputes: [dispute({ raisedDate: '2027-02-01' })] },
      { pastBoards: [], pastSubmissions: [] },
      ['NORTHANTS', 'LEEDS'],
      '2027-02-11',
    );
    const northants = view.yos.find((y) => y.yosId === 'NORTHANTS')!;
    expect(northants.disputes).to.deep.equal([{ disputeId: 'D1', ageDays: 10, escalated: false, daysLeft: 18 }]);
    expect(northants.poFte).to.equal(1);
    expect(northants.poBelowMinimum).to.equal(false);
    expect(view.yos.find((y) => y.yosId === 'LEEDS')!.poBelowMinimum).to.equal(true);
    expect(view.psoClusters.find((c) => c.headOfLduEmail === 'ldu3@example.org')).to.deep.include({ psoFte: 0.1, belowMinimum: true });
  });

  it('secondments ending within 6 months and reviews overdue carry the ids behind them', () => {
    const view = oversightView(data, { pastBoards: [], pastSubmissions: [] }, ['NORTHANTS'], '2028-09-01');
    const row = view.yos[0];
    expect(row.endingWithin6Months).to.deep.equal({ count: 1, ids: ['S1'] });
    expect(row.reviewsOverdue.ids).to.deep.equal(['S1']);
    expect(row.pastMaximum.count).to.equal(0);
  });
});
