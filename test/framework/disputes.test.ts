import { expect } from 'chai';
import { openObligations, type Obligation } from '../../src/framework/obligations';
import { AUTOMATIC, automaticEscalationDate, automaticEscalations, escalationDate, isEscalated, localDeadline, mergeImportedDispute } from '../../src/framework/disputes';
import { may } from '../../src/framework/permissions';
import { reminderWording } from '../../src/views/reminder-wording';
import { YOS } from '../helpers/records';
import { dispute, secondment, snapshot } from '../helpers/records';

function disputeObligations(list: Obligation[]): Obligation[] {
  return list.filter((o) => o.kind === 'dispute-escalation');
}

const world = (d = dispute()) => snapshot({ disputes: [d], secondments: [secondment()] });

describe('disputes (framework 9.1)', () => {
  it('"in the first instance ... raised between the YOS manager and the NPS link manager": they act until day 28', () => {
    const [o] = disputeObligations(openObligations(world(), '2027-01-20'));
    expect(o.due).to.equal('2027-02-07'); // raised 10 Jan + 28 days
    expect(o.section).to.equal('9.1');
    expect(o.responsible).to.deep.equal(['yot@example.org', 'link@example.org']);
    expect(o.informed).to.deep.equal([]);
    expect(o.escalated).to.equal(undefined);
  });

  it('the link manager concerned, when the dispute names one, rather than every link manager of the YOS', () => {
    const d = dispute({ linkManagerEmail: 'named-link@example.org' });
    const [o] = disputeObligations(openObligations(world(d), '2027-01-20'));
    expect(o.responsible).to.deep.equal(['yot@example.org', 'named-link@example.org']);
  });

  it('"cannot be resolved within 28 days": from the day after day 28 the Head of LDU and YOS senior manager must act, the SPOC is informed', () => {
    expect(localDeadline(dispute())).to.equal('2027-02-07');
    expect(automaticEscalationDate(dispute())).to.equal('2027-02-08');
    const [o] = disputeObligations(openObligations(world(), '2027-03-01'));
    expect(o.escalated).to.equal(true);
    expect(o.due).to.equal('2027-02-08');
    expect(o.responsible).to.deep.equal(['ldu@example.org', 'senior@example.org']);
    expect(o.informed).to.deep.equal(['spoc@example.org']);
    // "the NPS divisional SPOC must be made aware": one card, and the local parties hear it has moved on.
    expect(o.notify).to.deep.equal(['spoc@example.org', 'yot@example.org', 'link@example.org']);
  });

  it('an escalated dispute stays open and tracked until it is resolved (it does not disappear)', () => {
    const escalated = dispute({ status: 'escalated', escalatedDate: '2027-02-07', escalatedBy: AUTOMATIC });
    const later = disputeObligations(openObligations(world(escalated), '2027-09-01'));
    expect(later).to.have.length(1);
    expect(later[0].responsible).to.deep.equal(['ldu@example.org', 'senior@example.org']);
    const resolved = dispute({ status: 'resolved', resolvedDate: '2027-03-01' });
    expect(disputeObligations(openObligations(world(resolved), '2027-09-01'))).to.deep.equal([]);
  });

  it('escalated by hand within the 28 days: the escalated people act from that day, with new reminders', () => {
    const byHand = dispute({ status: 'escalated', escalatedDate: '2027-01-15', escalatedBy: 'yot@example.org' });
    expect(escalationDate(byHand)).to.equal('2027-01-15');
    const [o] = disputeObligations(openObligations(world(byHand), '2027-01-16'));
    expect(o.due).to.equal('2027-01-15');
    expect(o.responsible).to.deep.equal(['ldu@example.org', 'senior@example.org']);
    const [local] = disputeObligations(openObligations(world(), '2027-01-16'));
    expect(o.id).to.not.equal(local.id);
    expect(o.subject).to.contain('escalated by hand');
  });

  it('the end of the 28 days is recorded as an automatic escalation, dated the day after day 28 whenever it is written', () => {
    const [written] = automaticEscalations([dispute()], '2027-02-10');
    expect(written).to.include({ status: 'escalated', escalatedDate: '2027-02-08', escalatedBy: AUTOMATIC });
    expect(automaticEscalations([dispute()], '2027-02-07')).to.deep.equal([]);
    expect(automaticEscalations([dispute({ status: 'escalated', escalatedDate: '2027-01-15' })], '2027-02-10')).to.deep.equal([]);
  });

  it('the overdue dispute the issue describes: Head of LDU and YOS senior manager responsible, SPOC informed, whatever its stored status', () => {
    for (const d of [dispute({ raisedDate: '2026-11-01' }), dispute({ raisedDate: '2026-11-01', status: 'escalated' })]) {
      const [o] = disputeObligations(openObligations(world(d), '2027-01-01'));
      expect(o.responsible).to.have.members(['ldu@example.org', 'senior@example.org']);
      expect(o.informed).to.include('spoc@example.org');
      expect(o.responsible).to.not.include('spoc@example.org');
    }
  });

  describe('"within 28 days from when the dispute was raised" includes day 28 (raised 10 Jan: day 28 is 7 Feb)', () => {
    const d = dispute();
    const local = (asOf: string) => disputeObligations(openObligations(world(d), asOf))[0];

    it('day 27 and day 28: still local, the YOS manager and link manager act; nothing is escalated automatically', () => {
      for (const asOf of ['2027-02-06', '2027-02-07']) {
        expect(isEscalated(d, asOf), asOf).to.equal(false);
        expect(automaticEscalations([d], asOf), asOf).to.deep.equal([]);
        const o = local(asOf);
        expect(o.escalated, asOf).to.equal(undefined);
        expect(o.due).to.equal('2027-02-07');
        expect(o.responsible).to.deep.equal(['yot@example.org', 'link@example.org']);
      }
    });

    it('day 29: escalated automatically, dated day 29; the Head of LDU and YOS senior manager act', () => {
      expect(isEscalated(d, '2027-02-08')).to.equal(true);
      expect(automaticEscalations([d], '2027-02-08')[0]).to.include({ escalatedDate: '2027-02-08', escalatedBy: AUTOMATIC });
      const o = local('2027-02-08');
      expect(o).to.include({ escalated: true, due: '2027-02-08' });
      expect(o.responsible).to.deep.equal(['ldu@example.org', 'senior@example.org']);
    });

    it('on day 28 the local parties may still resolve it and escalate it by hand; on day 29 only the escalated parties resolve it', () => {
      const snap = world(d);
      const action = (asOf: string) => (isEscalated(d, asOf) ? 'dispute.resolve-escalated' : 'dispute.resolve');
      for (const who of ['yot@example.org', 'link@example.org']) {
        expect(may(action('2027-02-07'), who, YOS, snap, { linkManagerEmail: d.linkManagerEmail }).ok, who).to.equal(true);
        expect(may('dispute.escalate', who, YOS, snap, { linkManagerEmail: d.linkManagerEmail }).ok, who).to.equal(true);
        expect(may(action('2027-02-08'), who, YOS, snap, { linkManagerEmail: d.linkManagerEmail }).ok, who).to.equal(false);
      }
      expect(may(action('2027-02-08'), 'ldu@example.org', YOS, snap).ok).to.equal(true);
    });

    it('a hand escalation on day 28 is dated day 28, not the automatic day after', () => {
      expect(escalationDate(dispute({ status: 'escalated', escalatedDate: '2027-02-07', escalatedBy: 'yot@example.org' }))).to.equal('2027-02-07');
    });

    it('the reminder on day 28 says it is still theirs that day and escalates the day after', () => {
      const text = reminderWording(local('2027-02-07')).consequence;
      expect(text).to.contain('up to and including 2027-02-07');
      expect(text).to.contain('escalated automatically on 2027-02-08');
      expect(local('2027-02-07').subject).to.contain('or it is escalated on 2027-02-08');
    });
  });

  it('re-importing an older sheet never puts an escalated or resolved dispute back to open', () => {
    const escalated = dispute({ status: 'escalated', escalatedDate: '2027-02-07', escalatedBy: AUTOMATIC });
    expect(mergeImportedDispute(escalated, dispute({ summary: 'reworded' }))).to.deep.equal({ ...escalated, summary: 'reworded' });
    const resolved = dispute({ status: 'resolved', resolvedDate: '2027-03-01', resolvedBy: 'ldu@example.org', outcome: 'hours restored' });
    expect(mergeImportedDispute(resolved, dispute({ status: 'escalated' }))).to.deep.equal(resolved);
    // A sheet that moves it on is taken.
    expect(mergeImportedDispute(dispute(), dispute({ status: 'resolved' })).status).to.equal('resolved');
  });
});
