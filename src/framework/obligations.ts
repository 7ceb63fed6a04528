/**
 * The framework's deadlines (SPEC section 2) as pure functions over a snapshot of records.
 * Each obligation id is deterministic (kind, subject, due date), so reminders can be keyed on it
 * and a change that moves a due date (a review recorded) yields a new obligation.
 */
import { addDays, addMonths, addWorkingDays, type CivilDate } from './dates';
import type { BoardMeeting, FrameworkSnapshot, Person, Secondment, Yos } from './records';

export const OBLIGATION_KINDS = [
  'vacancy-tracker',
  'three-way-review',
  'return-plan',
  'secondment-end',
  'expense-signoff',
  'dispute-escalation',
  'vacancy-stage-4',
  'vacancy-stage-5',
] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/** Framework section each kind comes from, cited in cards and answers. */
export const OBLIGATION_SECTION: Record<ObligationKind, string> = {
  'vacancy-tracker': '5.5',
  'three-way-review': '5.3',
  'return-plan': '5.4',
  'secondment-end': '5.4',
  'expense-signoff': '5.4',
  'dispute-escalation': '9.1',
  'vacancy-stage-4': '5.5',
  'vacancy-stage-5': '5.5',
};

export interface Obligation {
  id: string;
  kind: ObligationKind;
  due: CivilDate;
  yosId: string;
  /** The record the obligation is about (secondment, claim, dispute, vacancy or `yos@meeting`). */
  subjectId: string;
  /** One line a person can read: what and whom it concerns. */
  subject: string;
  section: string;
  /** Emails of those who must act. */
  responsible: string[];
  /** Emails of those kept informed. */
  informed: string[];
  /** Emails told once the obligation is overdue (9.1 escalation), besides the informed. */
  escalation: string[];
}

export const EXPENSE_SIGNOFF_WORKING_DAYS = 5;
export const DISPUTE_LOCAL_DAYS = 28;
export const TRACKER_DAYS_BEFORE_BOARD = 7;
export const REVIEW_INTERVAL_MONTHS = 3;
export const RETURN_PLAN_MONTHS_BEFORE_END = 6;
export const VACANCY_STAGE_4_MONTHS = 3;
export const VACANCY_STAGE_5_MONTHS = 4;

function unique(emails: string[]): string[] {
  return [...new Set(emails.filter((e) => e.length > 0))];
}

function obligationId(kind: ObligationKind, subjectId: string, due: CivilDate): string {
  return `${kind}:${subjectId}:${due}`;
}

class Directory {
  private readonly yosById = new Map<string, Yos>();
  private readonly peopleByEmail = new Map<string, Person>();
  private readonly linkManagersByYos = new Map<string, string[]>();

  constructor(snapshot: FrameworkSnapshot) {
    for (const y of snapshot.yos) this.yosById.set(y.yosId, y);
    for (const p of snapshot.people) this.peopleByEmail.set(p.email, p);
    for (const s of snapshot.secondments) {
      const list = this.linkManagersByYos.get(s.yosId) ?? [];
      list.push(s.linkManagerEmail);
      this.linkManagersByYos.set(s.yosId, list);
    }
  }

  yos(yosId: string): Yos | undefined {
    return this.yosById.get(yosId);
  }

  name(email: string): string {
    return this.peopleByEmail.get(email)?.name ?? email;
  }

  linkManagers(yosId: string): string[] {
    return unique(this.linkManagersByYos.get(yosId) ?? []);
  }
}

function secondmentObligations(s: Secondment, yos: Yos | undefined, dir: Directory): Obligation[] {
  if (s.endedDate) return [];
  const yotManager = yos?.yotManagerEmail ?? '';
  const who = `${dir.name(s.secondeeEmail)} (${s.grade}, ${s.secondmentId})`;
  const base = { yosId: s.yosId, subjectId: s.secondmentId, escalation: [] as string[] };
  const result: Obligation[] = [];

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
      informed: unique([s.secondeeEmail, yotManager]),
    });
  }

  if (!s.returnPlanHeldDate) {
    const due = addMonths(s.plannedEndDate, -RETURN_PLAN_MONTHS_BEFORE_END);
    result.push({
      ...base,
      id: obligationId('return-plan', s.secondmentId, due),
      kind: 'return-plan',
      due,
      subject: `Return-plan meeting for ${who}`,
      section: OBLIGATION_SECTION['return-plan'],
      responsible: [s.linkManagerEmail],
      informed: unique([s.secondeeEmail, yotManager]),
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
    informed: unique([yos?.headOfLduEmail ?? '']),
  });
  return result;
}

/** The first board meeting on or after `asOf`, if any is scheduled. */
export function nextBoard(snapshot: Pick<FrameworkSnapshot, 'boards'>, asOf: CivilDate): BoardMeeting | undefined {
  return snapshot.boards.filter((b) => b.meetingDate >= asOf).sort((a, b) => a.meetingDate.localeCompare(b.meetingDate))[0];
}

/** YOS that owe a tracker for a meeting: an active secondment or an open vacancy on that date (5.5). */
export function yosOwingTracker(snapshot: FrameworkSnapshot, meetingDate: CivilDate): Yos[] {
  return snapshot.yos.filter(
    (yos) =>
      snapshot.secondments.some((s) => s.yosId === yos.yosId && !s.endedDate && s.startDate <= meetingDate && meetingDate <= s.plannedEndDate) ||
      snapshot.vacancies.some((v) => v.yosId === yos.yosId && !v.filledDate && v.openedDate <= meetingDate),
  );
}

/**
 * Every open obligation in the snapshot, sorted by due date then id. `asOf` only matters for the
 * vacancy tracker: a meeting already held can no longer be prepared for.
 */
export function openObligations(snapshot: FrameworkSnapshot, asOf: CivilDate): Obligation[] {
  const dir = new Directory(snapshot);
  const result: Obligation[] = [];

  for (const s of snapshot.secondments) {
    result.push(...secondmentObligations(s, dir.yos(s.yosId), dir));
  }

  const submitted = new Set(snapshot.trackerSubmissions.map((t) => `${t.yosId}@${t.meetingDate}`));
  for (const meeting of snapshot.boards) {
    if (meeting.meetingDate < asOf) continue;
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
        escalation: [],
      });
    }
  }

  for (const claim of snapshot.claims) {
    if (claim.status !== 'pending') continue;
    const due = addWorkingDays(claim.submittedDate, EXPENSE_SIGNOFF_WORKING_DAYS);
    result.push({
      id: obligationId('expense-signoff', claim.claimId, due),
      kind: 'expense-signoff',
      due,
      yosId: claim.yosId,
      subjectId: claim.claimId,
      subject: `T&S claim ${claim.claimId} from ${dir.name(claim.secondeeEmail)} (travel on ${claim.travelDate})`,
      section: OBLIGATION_SECTION['expense-signoff'],
      responsible: [claim.approverEmail],
      informed: [claim.secondeeEmail],
      escalation: [],
    });
  }

  for (const dispute of snapshot.disputes) {
    if (dispute.status !== 'open') continue;
    const yos = dir.yos(dispute.yosId);
    const due = addDays(dispute.raisedDate, DISPUTE_LOCAL_DAYS);
    const linkManagers = dir.linkManagers(dispute.yosId);
    result.push({
      id: obligationId('dispute-escalation', dispute.disputeId, due),
      kind: 'dispute-escalation',
      due,
      yosId: dispute.yosId,
      subjectId: dispute.disputeId,
      subject: `Dispute ${dispute.disputeId} at ${yos?.name ?? dispute.yosId}: resolve locally or escalate`,
      section: OBLIGATION_SECTION['dispute-escalation'],
      responsible: unique([yos?.yotManagerEmail ?? '', ...linkManagers]),
      informed: [],
      escalation: unique([yos?.headOfLduEmail ?? '', yos?.yosSeniorManagerEmail ?? '', yos?.spocEmail ?? '']),
    });
  }

  for (const vacancy of snapshot.vacancies) {
    if (vacancy.filledDate) continue;
    const yos = dir.yos(vacancy.yosId);
    const what = `${vacancy.grade} vacancy ${vacancy.vacancyId} (${vacancy.fte} FTE) at ${yos?.name ?? vacancy.yosId}`;
    const stage4 = addMonths(vacancy.openedDate, VACANCY_STAGE_4_MONTHS);
    result.push({
      id: obligationId('vacancy-stage-4', vacancy.vacancyId, stage4),
      kind: 'vacancy-stage-4',
      due: stage4,
      yosId: vacancy.yosId,
      subjectId: vacancy.vacancyId,
      subject: `Stage 4 for ${what}: YOS may source a temporary worker and invoice NPS`,
      section: OBLIGATION_SECTION['vacancy-stage-4'],
      responsible: unique([yos?.spocEmail ?? '']),
      informed: unique([yos?.yotManagerEmail ?? '', yos?.headOfLduEmail ?? '']),
      escalation: [],
    });
    const stage5 = addMonths(vacancy.openedDate, VACANCY_STAGE_5_MONTHS);
    result.push({
      id: obligationId('vacancy-stage-5', vacancy.vacancyId, stage5),
      kind: 'vacancy-stage-5',
      due: stage5,
      yosId: vacancy.yosId,
      subjectId: vacancy.vacancyId,
      subject: `Stage 5 for ${what}: reimbursement in lieu of the post`,
      section: OBLIGATION_SECTION['vacancy-stage-5'],
      responsible: unique([yos?.spocEmail ?? '']),
      informed: unique([yos?.yotManagerEmail ?? '']),
      escalation: [],
    });
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

/** Who is told about an obligation on a given day: the informed, plus the escalation once overdue. */
export function informedOn(obligation: Obligation, asOf: CivilDate): string[] {
  return isOverdue(obligation, asOf) ? unique([...obligation.informed, ...obligation.escalation]) : obligation.informed;
}
