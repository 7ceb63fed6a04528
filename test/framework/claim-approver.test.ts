import { expect } from 'chai';
import { claimApprover, claimApproverRule, mayDecideClaim } from '../../src/framework/permissions';
import { openObligations } from '../../src/framework/obligations';
import { DEFAULT_LOCAL_POLICY } from '../../src/framework/local-policy';
import type { ExpenseClaim, FrameworkSnapshot, Yos } from '../../src/framework/records';

const yos = (extra: Partial<Yos> = {}): Yos => ({
  yosId: 'Y1',
  name: 'Test YOS',
  division: 'D',
  yotManagerEmail: 'yot@x.org',
  yosSeniorManagerEmail: 'senior@x.org',
  headOfLduEmail: 'ldu@x.org',
  spocEmail: 'spoc@x.org',
  ...extra,
});
const snapshotOf = (y: Yos, claims: ExpenseClaim[] = []): FrameworkSnapshot => ({
  yos: [y],
  people: [],
  boards: [],
  trackerSubmissions: [],
  disputes: [],
  vacancies: [],
  claims,
  policy: DEFAULT_LOCAL_POLICY,
  secondments: [
    {
      secondmentId: 'S1',
      yosId: 'Y1',
      secondeeEmail: 'yot@x.org',
      grade: 'PO',
      fte: 1,
      startDate: '2026-01-05',
      plannedEndDate: '2028-01-05',
      linkManagerEmail: 'link@x.org',
      lastReviewDate: null,
      returnPlanHeldDate: null,
      endedDate: null,
    },
  ],
});
const claimOf = (approverEmail: string): ExpenseClaim =>
  ({
    claimId: 'TS-20261201-AAAAAA',
    yosId: 'Y1',
    secondmentId: 'S1',
    secondeeEmail: 'yot@x.org',
    approverEmail,
    submittedDate: '2026-12-01',
    travelDate: '2026-11-30',
    from: 'A',
    to: 'B',
    purpose: 'Court',
    mileage: 10,
    amountPence: 0,
    saturdayCourt: false,
    status: 'pending',
    secondeeConversationId: null,
    secondeeActivityId: null,
    approverConversationId: null,
    approverActivityId: null,
    decidedBy: null,
    decidedAt: null,
    comment: null,
  }) as ExpenseClaim;

describe("who signs a claim (5.4, and a product rule for the YOT manager's own claim)", () => {
  it("anyone else's claim: the YOT manager, as the framework says", () => {
    expect(claimApprover(yos({ deputyEmail: 'dep@x.org' }), 'po@x.org')).to.deep.equal({
      email: 'yot@x.org',
      role: 'yot-manager',
      productRule: false,
    });
  });

  it("the YOT manager's own claim: the deputy if named, else the YOS senior manager, else the Head of LDU, labelled a product rule", () => {
    expect(claimApprover(yos({ deputyEmail: 'dep@x.org' }), 'yot@x.org')).to.include({
      email: 'dep@x.org',
      role: 'deputy',
      productRule: true,
    });
    expect(claimApprover(yos(), 'yot@x.org')).to.include({ email: 'senior@x.org', role: 'yos-senior-manager', productRule: true });
    expect(claimApprover(yos({ yosSeniorManagerEmail: 'yot@x.org' }), 'yot@x.org')).to.include({
      email: 'ldu@x.org',
      role: 'head-of-ldu',
      productRule: true,
    });
    expect(claimApproverRule(claimApprover(yos(), 'yot@x.org'))).to.contain('product rule, not the framework');
  });

  it('the chosen person may decide it and is the one the sign-off reminder names; the claimant may not; others no more than before', () => {
    const y = yos();
    const claim = claimOf(claimApprover(y, 'yot@x.org').email);
    const world = snapshotOf(y, [claim]);
    expect(mayDecideClaim('senior@x.org', claim, y, world).ok).to.equal(true);
    expect(mayDecideClaim('yot@x.org', claim, y, world)).to.deep.equal({ ok: false, reason: 'You cannot decide your own claim.' });
    expect(mayDecideClaim('ldu@x.org', claim, y, world).ok).to.equal(false);
    expect(mayDecideClaim('spoc@x.org', claim, y, world).ok).to.equal(false);
    const signoff = openObligations(world, '2026-12-01').find((o) => o.kind === 'expense-signoff')!;
    expect(signoff.responsible).to.deep.equal(['senior@x.org']);
  });

  it("a claim stored before the rule, naming its own claimant as approver, can still be decided by the rule's choice", () => {
    const y = yos();
    const stuck = claimOf('yot@x.org');
    const world = snapshotOf(y, [stuck]);
    expect(mayDecideClaim('senior@x.org', stuck, y, world).ok).to.equal(true);
    expect(openObligations(world, '2026-12-01').find((o) => o.kind === 'expense-signoff')!.responsible).to.deep.equal(['senior@x.org']);
  });
});
