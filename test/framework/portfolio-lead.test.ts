/**
 * The NPS portfolio lead (issue 19 item 9): 5.3 "Recruitment Vacancy Tracker to be reviewed at
 * each Board meeting"; 9.1 "The Governance Board is chaired by the NPS Portfolio lead ... The
 * Board meets on quarterly basis".
 */
import { expect } from 'chai';
import { agendaScope, boardAgenda } from '../../src/framework/agenda';
import { boardGap, boardPacksDue, isGovernanceBoard } from '../../src/framework/governance-board';
import { describeRoles } from '../../src/framework/personal';
import { may } from '../../src/framework/permissions';
import { portfolioLeads } from '../../src/framework/records';
import { validatePerson } from '../../src/framework/validation';
import { YOS, dispute, snapshot, vacancy } from '../helpers/records';

const LEEDS = {
  ...YOS,
  yosId: 'LEEDS',
  name: 'Leeds YOS',
  division: 'North East',
  spocEmail: 'north-spoc@example.org',
  headOfLduEmail: 'north-ldu@example.org',
};
const LEAD = { email: 'lead@example.org', name: 'Lee Lead', role: 'portfolio_lead' as const };

describe('the portfolio lead (5.3, 9.1)', () => {
  const world = snapshot({
    yos: [YOS, LEEDS],
    people: [LEAD, { email: 'po@example.org', name: 'Pat Officer' }],
    boards: [
      { board: 'YOGB', meetingDate: '2027-03-10' },
      { board: 'Local YOS management board', meetingDate: '2027-03-05' },
    ],
    disputes: [
      dispute({ disputeId: 'SOUTH', raisedDate: '2026-12-01' }),
      dispute({ disputeId: 'NORTH', yosId: 'LEEDS', raisedDate: '2026-12-01' }),
    ],
    vacancies: [vacancy({ vacancyId: 'V-NORTH', yosId: 'LEEDS' })],
  });

  it('the people file sets the role: portfolio_lead (any case) or empty; anything else is refused, saying what is allowed', () => {
    const ok = validatePerson({ email: 'Lead@Example.org', name: 'Lee Lead', role: ' Portfolio_Lead ' });
    expect(ok).to.deep.equal({ ok: true, record: { email: 'lead@example.org', name: 'Lee Lead', role: 'portfolio_lead' } });
    const empty = validatePerson({ email: 'a@example.org', name: 'A', role: '' });
    expect(empty.ok && 'role' in empty.record && empty.record.role === undefined).to.equal(true); // clears a stored role on merge
    const absent = validatePerson({ email: 'a@example.org', name: 'A' });
    expect(absent.ok && !('role' in absent.record)).to.equal(true); // no column: the stored role is kept
    const bad = validatePerson({ email: 'a@example.org', name: 'A', role: 'spoc' });
    expect(bad.ok).to.equal(false);
    if (!bad.ok) {
      expect(bad.errors).to.have.length(1);
      expect(bad.errors[0].column).to.equal('role');
      expect(bad.errors[0].message).to.contain('"spoc" is not a role this file sets').and.contain('portfolio_lead');
    }
    expect(portfolioLeads(world)).to.deep.equal(['lead@example.org']);
  });

  it('sees the board agenda for every division (a labelled local choice); others still see only their own', () => {
    expect(agendaScope(world, LEAD.email).map((y) => y.yosId)).to.deep.equal(['NORTHANTS', 'LEEDS']);
    const agenda = boardAgenda(world, '2027-03-01', LEAD.email);
    expect(agenda.disputes.map((d) => d.disputeId).sort()).to.deep.equal(['NORTH', 'SOUTH']);
    expect(agenda.vacancies.map((v) => v.vacancyId)).to.deep.equal(['V-NORTH']);
    expect(agendaScope(world, 'north-spoc@example.org').map((y) => y.yosId)).to.deep.equal(['LEEDS']);
    expect(agendaScope(world, 'po@example.org')).to.deep.equal([]);
    expect(may('agenda.view', LEAD.email, LEEDS, world).ok).to.equal(true);
    expect(may('claim.decide', LEAD.email, YOS, world).ok).to.equal(false);
    expect(describeRoles(world, LEAD.email)).to.deep.equal(['NPS portfolio lead (chairs the YOS Governance Board)']);
  });

  it('the board pack is due from 7 days before each YOGB until the meeting, and never for another board', () => {
    expect(isGovernanceBoard({ board: 'YOGB' })).to.equal(true);
    expect(isGovernanceBoard({ board: 'YOS Governance Board' })).to.equal(true);
    expect(isGovernanceBoard({ board: 'Local YOS management board' })).to.equal(false);
    expect(boardPacksDue(world, '2027-03-02')).to.deep.equal([]);
    expect(boardPacksDue(world, '2027-03-03')).to.deep.equal([{ board: 'YOGB', meetingDate: '2027-03-10' }]);
    expect(boardPacksDue(world, '2027-03-10')).to.have.length(1);
    expect(boardPacksDue(world, '2027-03-11')).to.deep.equal([]);
  });

  it('"meets on quarterly basis": no YOGB within 3 months of today is a gap, named by calendar quarter; a local board does not fill it', () => {
    expect(boardGap(world, '2027-01-01')).to.equal(null); // 10 March is within 3 months
    expect(boardGap(world, '2026-12-09')).to.deep.equal({ from: '2026-12-09', to: '2027-03-09', quarter: '2026-Q4' });
    const onlyLocal = snapshot({ boards: [{ board: 'Local YOS management board', meetingDate: '2027-05-01' }] });
    expect(boardGap(onlyLocal, '2027-04-01')).to.deep.equal({ from: '2027-04-01', to: '2027-07-01', quarter: '2027-Q2' });
  });
});
