/** Small builders for plain records, so tests state only what matters to them. */
import type { FrameworkSnapshot, Secondment, Yos } from '../../src/framework/records';

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
