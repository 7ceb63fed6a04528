/** Small builders for plain records, so tests state only what matters to them. */
import type { Dispute, ExpenseClaim, FrameworkSnapshot, Secondment, Vacancy, Yos } from '../../src/framework/records';
import type { Absence } from '../../src/framework/absences';

export const YOS: Yos = {
  yosId: 'NORTHANTS',
  name: 'Northamptonshire YOS',
  division: 'Midlands',
  yotManagerEmail: 'yot@example.org',
  yosSeniorManagerEmail: 'senior@example.org',
  headOfLduEmail: 'ldu@example.org',
  spocEmail: 'spoc@example.org',
};

export function secondment(overrides: Partial<Secondment> = {}): Secondment {
  return {
    secondmentId: 'S1',
    yosId: YOS.yosId,
    secondeeEmail: 'po@example.org',
    grade: 'PO',
    fte: 1,
    startDate: '2027-01-31',
    plannedEndDate: '2029-01-30',
    linkManagerEmail: 'link@example.org',
    lastReviewDate: null,
    returnPlanHeldDate: null,
    endedDate: null,
    ...overrides,
  };
}

export function snapshot(overrides: Partial<FrameworkSnapshot> = {}): FrameworkSnapshot {
  return {
    yos: [YOS],
    people: [{ email: 'po@example.org', name: 'Pat Officer' }],
    secondments: [],
    boards: [],
    trackerSubmissions: [],
    disputes: [],
    vacancies: [],
    claims: [],
    ...overrides,
  };
}

export function dispute(overrides: Partial<Dispute> = {}): Dispute {
  return {
    disputeId: 'D1',
    yosId: YOS.yosId,
    raisedDate: '2027-01-10',
    raisedByEmail: YOS.yotManagerEmail,
    summary: 'PSO hours not replaced',
    status: 'open',
    linkManagerEmail: null,
    escalatedDate: null,
    escalatedBy: null,
    resolvedDate: null,
    resolvedBy: null,
    outcome: null,
    ...overrides,
  };
}

export function absence(overrides: Partial<Absence> = {}): Absence {
  return {
    absenceId: 'A1',
    secondmentId: 'S1',
    yosId: YOS.yosId,
    kind: 'maternity',
    startDate: '2027-03-01',
    expectedReturnDate: null,
    endedDate: null,
    coverAgreedDate: null,
    coverAgreedBy: null,
    coverDecision: null,
    coverNote: null,
    coverVacancyId: null,
    ...overrides,
  };
}

export function vacancy(overrides: Partial<Vacancy> = {}): Vacancy {
  return {
    vacancyId: 'V1',
    yosId: YOS.yosId,
    grade: 'PO',
    fte: 1,
    openedDate: '2026-10-31',
    filledDate: null,
    cover: 'none',
    localArrangement: false,
    linkManagerEmail: null,
    stage: 0,
    stageDate: null,
    secondmentId: null,
    ...overrides,
  };
}

/** A T&S claim already approved (as the export reads them). */
export function decidedClaim(overrides: Partial<ExpenseClaim> = {}): ExpenseClaim {
  return {
    claimId: 'TS-20270101-00001',
    yosId: YOS.yosId,
    secondmentId: 'S1',
    secondeeEmail: 'po@example.org',
    approverEmail: YOS.yotManagerEmail,
    submittedDate: '2027-01-01',
    travelDate: '2026-12-30',
    from: 'Northampton',
    to: 'Kettering Magistrates',
    purpose: 'Court report',
    mileage: 24,
    amountPence: 350,
    saturdayCourt: false,
    status: 'approved',
    secondeeConversationId: null,
    secondeeActivityId: null,
    approverConversationId: null,
    approverActivityId: null,
    decidedBy: YOS.yotManagerEmail,
    decidedAt: '2027-01-02T10:00:00.000Z',
    comment: null,
    ...overrides,
  };
}
