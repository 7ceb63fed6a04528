import { expect } from 'chai';
import { dueWithin, isGovernanceBoard, isOverdue, nextBoard, openObligations, type Obligation } from '../../src/framework/obligations';
import { trackerDigests } from '../../src/notify/digest';
import { reminderWording } from '../../src/views/reminder-wording';
import { DEFAULT_LOCAL_POLICY } from '../../src/framework/local-policy';
import type { ExpenseClaim } from '../../src/framework/records';
import { YOS, secondment, snapshot, vacancy } from '../helpers/records';

function ofKind(list: Obligation[], kind: string): Obligation[] {
  return list.filter((o) => o.kind === kind);
}

function claim(overrides: Partial<ExpenseClaim> = {}): ExpenseClaim {
  return {
    claimId: 'C1', yosId: YOS.yosId, secondmentId: 'S1', secondeeEmail: 'po@example.org', approverEmail: YOS.yotManagerEmail,
    submittedDate: '2026-12-23', travelDate: '2026-12-20', from: 'Northampton', to: 'Kettering', purpose: 'Court',
    mileage: 20, amountPence: 900, saturdayCourt: false, status: 'pending', decidedBy: null, decidedAt: null, comment: null,
    secondeeConversationId: null, secondeeActivityId: null, approverConversationId: null, approverActivityId: null,
    ...overrides,
  };
}

describe('obligations (SPEC section 2; disputes and vacancies have their own files)', () => {
  const asOf = '2027-01-01';

  it('5.3 three-way review "at least quarterly": start + 3 months with month-end clamp, then last review + 3 months', () => {
    const first = ofKind(openObligations(snapshot({ secondments: [secondment()] }), asOf), 'three-way-review');
    expect(first).to.have.length(1);
    expect(first[0].due).to.equal('2027-04-30'); // 31 Jan + 3 months
    expect(first[0].responsible).to.deep.equal(['link@example.org']);
    expect(first[0].informed).to.deep.equal(['po@example.org', 'yot@example.org']);
    expect(first[0].section).to.equal('5.3');

    const reviewed = openObligations(snapshot({ secondments: [secondment({ lastReviewDate: '2027-11-30' })] }), asOf);
    expect(ofKind(reviewed, 'three-way-review')[0].due).to.equal('2028-02-29'); // leap year clamp
    expect(ofKind(reviewed, 'three-way-review')[0].id).to.not.equal(first[0].id);
  });

  it('5.3/5.4 return plan: "no later than 6 months before the planned end"; the Head of LDU is informed', () => {
    const open = ofKind(openObligations(snapshot({ secondments: [secondment({ plannedEndDate: '2029-08-31' })] }), asOf), 'return-plan');
    expect(open.map((o) => o.due)).to.deep.equal(['2029-02-28']);
    expect(open[0].responsible).to.deep.equal(['link@example.org']);
    expect(open[0].informed).to.deep.equal(['po@example.org', 'yot@example.org', 'ldu@example.org']);
    const held = openObligations(snapshot({ secondments: [secondment({ returnPlanHeldDate: '2028-07-01' })] }), asOf);
    expect(ofKind(held, 'return-plan')).to.have.length(0);
  });

  it('the tracker reminder says the evidence for stage 5 is "where necessary", not that the NPS has nothing to reimburse on without it', () => {
    const [tracker] = ofKind(openObligations(snapshot({ secondments: [secondment()], boards: [{ board: 'YOGB', meetingDate: '2027-03-10' }] }), asOf), 'vacancy-tracker');
    const { consequence } = reminderWording(tracker);
    expect(consequence).to.contain('"evidence for reimbursement at Stage 5, where necessary"');
    expect(consequence).to.not.contain('no evidence to reimburse on');
  });

  it('the Head of LDU on a return plan is labelled as derived from 5.3, never as what 5.4 says', () => {
    const [plan] = ofKind(openObligations(snapshot({ secondments: [secondment()] }), asOf), 'return-plan');
    const { asks } = reminderWording(plan);
    // 5.4 names the YOS manager, link manager and secondee; the Head of LDU comes from 5.3's approval to recruit.
    const fiveFour = asks.slice(0, asks.indexOf('5.3:'));
    expect(fiveFour).to.not.contain('Head of LDU');
    expect(asks).to.contain('derived from 5.3');
    expect(asks).to.contain('"receive approval from Head of LDU to recruit to the vacancy"');
    expect(asks).to.not.match(/5\.4[^.]*Head of LDU is informed/);
  });

  it('secondment end goes to the link manager and informs the Head of LDU; ended secondments have no obligations', () => {
    const end = ofKind(openObligations(snapshot({ secondments: [secondment()] }), asOf), 'secondment-end')[0];
    expect(end.due).to.equal('2029-01-30');
    expect(end.responsible).to.deep.equal(['link@example.org']);
    expect(end.informed).to.deep.equal(['ldu@example.org']);
    expect(openObligations(snapshot({ secondments: [secondment({ endedDate: '2028-01-01' })] }), asOf)).to.deep.equal([]);
  });

  it('no review falls due after the planned end', () => {
    const s = secondment({ lastReviewDate: '2028-12-01' }); // +3 months is after 30 Jan 2029
    expect(ofKind(openObligations(snapshot({ secondments: [s] }), asOf), 'three-way-review')).to.have.length(0);
  });

  it('vacancy tracker: a week before each YOGB, per YOS with an active secondment, until submitted', () => {
    const base = { secondments: [secondment()], boards: [{ board: 'YOGB', meetingDate: '2027-03-10' }] };
    const trackers = ofKind(openObligations(snapshot(base), asOf), 'vacancy-tracker');
    expect(trackers).to.have.length(1);
    expect(trackers[0].due).to.equal('2027-03-03');
    expect(trackers[0].responsible).to.deep.equal(['yot@example.org', 'ldu@example.org']);
    expect(trackers[0].informed).to.deep.equal(['link@example.org']);

    const submitted = snapshot({ ...base, trackerSubmissions: [{ meetingDate: '2027-03-10', yosId: 'NORTHANTS', submittedBy: 'yot@example.org', submittedDate: '2027-03-01' }] });
    expect(ofKind(openObligations(submitted, asOf), 'vacancy-tracker')).to.have.length(0);

    const noStaff = snapshot({ boards: base.boards });
    expect(ofKind(openObligations(noStaff, asOf), 'vacancy-tracker')).to.have.length(0);
    const vacancyOnly = snapshot({ boards: base.boards, vacancies: [vacancy({ openedDate: '2026-12-01' })] });
    expect(ofKind(openObligations(vacancyOnly, asOf), 'vacancy-tracker')).to.have.length(1);
    // A meeting already held can no longer be prepared for.
    expect(ofKind(openObligations(snapshot(base), '2027-03-11'), 'vacancy-tracker')).to.have.length(0);
  });

  describe('vacancy trackers belong to the YOS Governance Board only (5.5 "prior to YOGB meeting"; 5.3 "to coincide with YOGB")', () => {
    const local = { board: 'YOS management board', meetingDate: '2027-02-10' };
    const yogb = { board: 'YOGB', meetingDate: '2027-03-10' };

    it('a local YOS management board is stored but raises no tracker, no SPOC digest, and is not "the next board"', () => {
      const world = snapshot({ secondments: [secondment()], vacancies: [vacancy({ openedDate: '2026-12-01' })], boards: [local] });
      expect(ofKind(openObligations(world, asOf), 'vacancy-tracker')).to.deep.equal([]);
      expect(trackerDigests(world, '2027-02-05')).to.deep.equal([]);
      expect(nextBoard(world, asOf)).to.equal(undefined);
    });

    it('with both in the file, only the YOGB meeting raises trackers', () => {
      const world = snapshot({ secondments: [secondment()], boards: [local, yogb] });
      expect(ofKind(openObligations(world, asOf), 'vacancy-tracker').map((o) => o.subjectId)).to.deep.equal(['NORTHANTS@2027-03-10']);
      expect(nextBoard(world, asOf)).to.deep.equal(yogb);
      expect(trackerDigests(world, '2027-02-05')).to.deep.equal([]);
      expect(trackerDigests(world, '2027-03-05').map((d) => d.meetingDate)).to.deep.equal(['2027-03-10']);
    });

    it('the Governance Board by any of its usual names counts; other boards do not', () => {
      for (const board of ['YOGB', 'yogb', 'YOS Governance Board', 'NPS YOS governance  board']) expect(isGovernanceBoard({ board }), board).to.equal(true);
      for (const board of ['YOS management board', 'Local management board', 'LCJB', 'YOT partnership board']) expect(isGovernanceBoard({ board }), board).to.equal(false);
    });
  });

  it('5.4 T&S sign-off: the product default of 5 working days skips Christmas bank holidays', () => {
    const o = ofKind(openObligations(snapshot({ claims: [claim()] }), asOf), 'expense-signoff')[0];
    expect(DEFAULT_LOCAL_POLICY.expenseSignoffWorkingDays).to.equal(5);
    expect(o.due).to.equal('2027-01-04');
    expect(o.responsible).to.deep.equal(['yot@example.org']);
    expect(ofKind(openObligations(snapshot({ claims: [claim({ status: 'approved' })] }), asOf), 'expense-signoff')).to.have.length(0);
  });

  it('5.4 T&S sign-off: the framework sets no deadline, so a local setting changes it', () => {
    const policy = { ...DEFAULT_LOCAL_POLICY, expenseSignoffWorkingDays: 10 };
    const o = ofKind(openObligations(snapshot({ claims: [claim()], policy }), asOf), 'expense-signoff')[0];
    expect(o.due).to.equal('2027-01-11'); // 23 Dec + 10 working days, Christmas and New Year skipped
  });

  it('5.3 secondee: "evidence of any travel and subsistence claims to YOS manager and Link manager": the link manager is informed', () => {
    const o = ofKind(openObligations(snapshot({ claims: [claim()], secondments: [secondment()] }), asOf), 'expense-signoff')[0];
    expect(o.informed).to.deep.equal(['po@example.org', 'link@example.org']);
  });

  it('due today is not overdue; the day after is; the window includes overdue ones, sorted by date', () => {
    const list = openObligations(snapshot({ secondments: [secondment()] }), asOf);
    const review = ofKind(list, 'three-way-review')[0];
    expect(isOverdue(review, '2027-04-30')).to.equal(false);
    expect(isOverdue(review, '2027-05-01')).to.equal(true);
    expect(dueWithin(list, '2027-05-10', 0).map((o) => o.kind)).to.deep.equal(['three-way-review']);
    expect(dueWithin(list, '2027-04-01', 29)).to.have.length(1);
    expect(dueWithin(list, '2027-04-01', 28)).to.have.length(0);
    const dues = list.map((o) => o.due);
    expect(dues).to.deep.equal([...dues].sort());
  });
});
