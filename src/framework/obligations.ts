/**
 * The framework's deadlines (SPEC section 2) as pure functions over a snapshot of records. Each
 * obligation id is deterministic (kind, subject, due date), so reminders can be keyed on it and a
 * change that moves a due date (a review recorded) yields a new obligation. Disputes (9.1) and
 * vacancies (5.5) have their own modules; this one holds secondments, trackers and claims and
 * puts them all together.
 */
import { addDays, addMonths, addWorkingDays, formatLong, type CivilDate } from './dates';
import { Directory, OBLIGATION_SECTION, obligationId, unique, type Obligation } from './obligation-base';
import { disputeObligation } from './disputes';
import { vacancyObligations } from './vacancies';
import { absenceObligation } from './absences';
import { claimApprover } from './permissions';
import type { BoardMeeting, ExpenseClaim, FrameworkSnapshot, Secondment, Yos } from './records';

export { OBLIGATION_KINDS, OBLIGATION_SECTION, type Obligation, type ObligationKind } from './obligation-base';
export { DISPUTE_LOCAL_DAYS } from './disputes';
export { VACANCY_STAGE_4_MONTHS } from './vacancies';

export const TRACKER_DAYS_BEFORE_BOARD = 7;
export const REVIEW_INTERVAL_MONTHS = 3;
export const RETURN_PLAN_MONTHS_BEFORE_END = 6;

function secondmentObligations(s: Secondment, yos: Yos | undefined, dir: Directory): Obligation[] {
  if (s.endedDate) return [];
  const who = `${dir.name(s.secondeeEmail)} (${s.grade}, ${s.secondmentId})`;
  const base = { yosId: s.yosId, subjectId: s.secondmentId, notify: [] as string[] };
  const result: Obligation[] = [];

  // 5.3 link manager: "three-way reviews at least quarterly".
  const reviewDue = addMonths(s.lastReviewDate ?? s.startDate, REVIEW_INTERVAL_MONTHS);
  // No review falls due after the secondment has ended; the end itself is its own obligation.
  if (reviewDue <= s.plannedEndDate) {
    result.push({
      ...base,
      id: obligationId('three-way-review', s.secondmentId, reviewDue),
      kind: 'three-way-review',
      due: reviewDue,
      subject: `Three-way review with ${who}`,
      section: OBLIGATION_SECTION['three-way-review'],
      responsible: [s.linkManagerEmail],
      informed: unique([s.secondeeEmail, yos?.yotManagerEmail]),
    });
  }

  // 5.3, 5.4: no later than 6 months before the end, plan the return and start recruiting.
  if (!s.returnPlanHeldDate) {
    const due = addMonths(s.plannedEndDate, -RETURN_PLAN_MONTHS_BEFORE_END);
    result.push({
      ...base,
      id: obligationId('return-plan', s.secondmentId, due),
      kind: 'return-plan',
      due,
      subject: `Return-plan meeting for ${who}, no later than 6 months before the end on ${formatLong(s.plannedEndDate)}`,
      section: OBLIGATION_SECTION['return-plan'],
      responsible: [s.linkManagerEmail],
      // 5.4: the meeting is between the YOS manager, link manager and secondee. The Head of LDU is
      // derived from 5.3 (the link manager needs their approval to recruit to the vacancy), not 5.4.
      informed: unique([s.secondeeEmail, yos?.yotManagerEmail, yos?.headOfLduEmail]),
    });
  }

  result.push({
    ...base,
    id: obligationId('secondment-end', s.secondmentId, s.plannedEndDate),
    kind: 'secondment-end',
    due: s.plannedEndDate,
    subject: `Secondment of ${who} ends`,
    section: OBLIGATION_SECTION['secondment-end'],
    responsible: [s.linkManagerEmail],
    // A product choice derived from 5.3: the Head of LDU sees that secondment arrangements are managed.
    informed: unique([yos?.headOfLduEmail]),
  });
  return result;
}

/**
 * Whether a meeting in the boards file is a YOS Governance Board (YOGB): `YOGB` (the default) or a
 * name with "Governance Board" in it. Vacancy trackers belong to the YOGB only (5.5: "at least 1
 * week prior to YOGB meeting"; 5.3: "quarterly to coincide with YOGB"); other boards (a local YOS
 * management board, say) are stored but raise no tracker.
 */
export function isGovernanceBoard(meeting: Pick<BoardMeeting, 'board'>): boolean {
  const name = meeting.board.trim().toLowerCase().replace(/\s+/g, ' ');
  return name === 'yogb' || name.includes('governance board');
}

/** The first YOS Governance Board meeting on or after `asOf`, if any is scheduled. */
export function nextBoard(snapshot: Pick<FrameworkSnapshot, 'boards'>, asOf: CivilDate): BoardMeeting | undefined {
  return snapshot.boards.filter((b) => isGovernanceBoard(b) && b.meetingDate >= asOf).sort((a, b) => a.meetingDate.localeCompare(b.meetingDate))[0];
}

/** YOS that owe a tracker for a meeting: an active secondment or an open vacancy on that date (5.5). */
export function yosOwingTracker(snapshot: FrameworkSnapshot, meetingDate: CivilDate): Yos[] {
  return snapshot.yos.filter(
    (yos) =>
      snapshot.secondments.some((s) => s.yosId === yos.yosId && !s.endedDate && s.startDate <= meetingDate && meetingDate <= s.plannedEndDate) ||
      snapshot.vacancies.some((v) => v.yosId === yos.yosId && !v.filledDate && v.openedDate <= meetingDate),
  );
}

/** 5.5: "quarterly, at least 1 week prior to YOGB meeting"; 5.3 Head of LDU: "submission to NPS". */
function trackerObligations(snapshot: FrameworkSnapshot, asOf: CivilDate, dir: Directory): Obligation[] {
  const result: Obligation[] = [];
  const submitted = new Set(snapshot.trackerSubmissions.map((t) => `${t.yosId}@${t.meetingDate}`));
  for (const meeting of snapshot.boards) {
    // A meeting already held can no longer be prepared for; only the YOGB takes trackers.
    if (meeting.meetingDate < asOf || !isGovernanceBoard(meeting)) continue;
    const due = addDays(meeting.meetingDate, -TRACKER_DAYS_BEFORE_BOARD);
    for (const yos of yosOwingTracker(snapshot, meeting.meetingDate)) {
      const subjectId = `${yos.yosId}@${meeting.meetingDate}`;
      if (submitted.has(subjectId)) continue;
      result.push({
        id: obligationId('vacancy-tracker', subjectId, due),
        kind: 'vacancy-tracker',
        due,
        yosId: yos.yosId,
        subjectId,
        subject: `Vacancy tracker from ${yos.name} for the ${meeting.board} on ${meeting.meetingDate}`,
        section: OBLIGATION_SECTION['vacancy-tracker'],
        responsible: unique([yos.yotManagerEmail, yos.headOfLduEmail]),
        informed: dir.linkManagers(yos.yosId),
        notify: [],
      });
    }
  }
  return result;
}

/** Who must sign: the claim's approver; a claim stored naming its own claimant (before the product rule) goes to the rule's choice. */
function signer(claim: ExpenseClaim, dir: Directory): string {
  const yos = dir.yos(claim.yosId);
  return claim.approverEmail === claim.secondeeEmail && yos ? claimApprover(yos, claim.secondeeEmail).email : claim.approverEmail;
}

/**
 * 5.4: the YOS manager signs off before the claim goes into SOP. The framework sets no deadline:
 * the number of working days is local policy (product default 5).
 */
function claimObligation(claim: ExpenseClaim, dir: Directory): Obligation | null {
  if (claim.status !== 'pending') return null;
  const due = addWorkingDays(claim.submittedDate, dir.policy.expenseSignoffWorkingDays);
  const linkManager = dir.secondment(claim.secondmentId)?.linkManagerEmail;
  return {
    id: obligationId('expense-signoff', claim.claimId, due),
    kind: 'expense-signoff',
    due,
    yosId: claim.yosId,
    subjectId: claim.claimId,
    subject: `T&S claim ${claim.claimId} from ${dir.name(claim.secondeeEmail)} (travel on ${claim.travelDate})`,
    section: OBLIGATION_SECTION['expense-signoff'],
    responsible: [signer(claim, dir)],
    // 5.3 secondee: evidence of T&S claims goes to the YOS manager and the link manager.
    informed: unique([claim.secondeeEmail, linkManager]),
    notify: [],
  };
}

/**
 * Every open obligation in the snapshot on `asOf`, sorted by due date then id. `asOf` matters for
 * the tracker (a meeting already held is past) and for disputes (escalated from the day after day 28).
 */
export function openObligations(snapshot: FrameworkSnapshot, asOf: CivilDate): Obligation[] {
  const dir = new Directory(snapshot);
  const result: Obligation[] = [];
  for (const s of snapshot.secondments) result.push(...secondmentObligations(s, dir.yos(s.yosId), dir));
  result.push(...trackerObligations(snapshot, asOf, dir));
  for (const claim of snapshot.claims) {
    const o = claimObligation(claim, dir);
    if (o) result.push(o);
  }
  for (const dispute of snapshot.disputes) {
    const o = disputeObligation(dispute, dir, asOf);
    if (o) result.push(o);
  }
  for (const vacancy of snapshot.vacancies) result.push(...vacancyObligations(vacancy, dir));
  for (const absence of snapshot.absences ?? []) {
    const o = absenceObligation(absence, dir, asOf);
    if (o) result.push(o);
  }
  return result.sort((a, b) => (a.due === b.due ? a.id.localeCompare(b.id) : a.due < b.due ? -1 : 1));
}

export function isOverdue(obligation: Obligation, asOf: CivilDate): boolean {
  return obligation.due < asOf;
}

/** Obligations due on or before asOf + days, overdue ones included (what `yosbot due` lists). */
export function dueWithin(obligations: Obligation[], asOf: CivilDate, days: number): Obligation[] {
  const horizon = addDays(asOf, days);
  return obligations.filter((o) => o.due <= horizon);
}
