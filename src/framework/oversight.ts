/**
 * The oversight picture (the Teams tab), pure: who may see which YOS, and per YOS the figures the
 * framework puts on its overseers: vacancies by stage (5.5), tracker submissions for the last four
 * Governance Board meetings (5.5, 5.3), disputes against the 28 days (9.1), secondments ending,
 * past the 3-year maximum or with reviews overdue (5.3, 5.4), PO and PSO resource against the
 * minimums (5.1) and claims waiting for sign-off (5.4). Every figure carries the ids behind it.
 */
import { addDays, addMonths, addYears, daysBetween, type CivilDate } from './dates';
import { isEscalated, localDeadline } from './disputes';
import { openObligations, TRACKER_DAYS_BEFORE_BOARD, type Obligation } from './obligations';
import { rolesFor, type Role } from './permissions';
import { MAX_SECONDMENT_YEARS } from './validation';
import { personName, type BoardMeeting, type FrameworkSnapshot, type TrackerSubmission, type Yos } from './records';

/** 5.1: "a 0.5 FTE minimum level of PO resource retained across all YOTs". */
export const PO_MINIMUM_FTE = 0.5;
/** 5.1: PSO resource "allocated at LDU cluster level (with a minimum cap of 0.2 FTE)". */
export const PSO_CLUSTER_MINIMUM_FTE = 0.2;
/** 5.4: three years at most (2+1). */
/** 5.4: the return is planned six months before the end. */
const ENDING_WITHIN_MONTHS = 6;
const TRACKER_MEETINGS_SHOWN = 4;

/** Roles that oversee a YOS (a secondee sees only their own secondment, in chat). */
const OVERSEEING: readonly Role[] = ['link-manager', 'yot-manager', 'deputy', 'yos-senior-manager', 'head-of-ldu', 'spoc'];

export type OversightScope = { ok: true; yosIds: string[]; basis: string } | { ok: false; reason: string };

/**
 * Which YOS a person sees: the portfolio lead every division (9.1: chairs the Governance Board); a
 * SPOC their division (5.5: reports vacancy management to the board); everyone else who holds a
 * managing role, the YOS where they hold it. The roles are the permission table's (rolesFor).
 */
export function oversightScope(email: string, snapshot: FrameworkSnapshot): OversightScope {
  const person = snapshot.people.find((p) => p.email === email) as { role?: string } | undefined;
  if (person?.role === 'portfolio_lead')
    return { ok: true, yosIds: snapshot.yos.map((y) => y.yosId), basis: 'portfolio lead: every division' };
  const divisions = new Set(snapshot.yos.filter((y) => y.spocEmail === email).map((y) => y.division));
  const visible = snapshot.yos.filter(
    (yos) => divisions.has(yos.division) || rolesFor(email, yos, snapshot).some((r) => OVERSEEING.includes(r)),
  );
  if (visible.length)
    return {
      ok: true,
      yosIds: visible.map((y) => y.yosId),
      basis: divisions.size ? `SPOC: ${[...divisions].join(', ')}` : 'the YOS where you hold a managing role',
    };
  if (snapshot.secondments.some((s) => s.secondeeEmail === email)) {
    return { ok: false, reason: 'This page is for managers. Your own dates and claims are in the bot chat: type "my deadlines".' };
  }
  return { ok: false, reason: 'You are not in the framework records. Your divisional SPOC can add you.' };
}

export interface Figure {
  count: number;
  /** The records behind the number (vacancy, dispute, secondment or claim ids). */
  ids: string[];
}

export interface VacancyLine {
  vacancyId: string;
  grade: string;
  fte: number;
  stage: number;
  daysOpen: number;
  nextStage: number | null;
  nextDue: CivilDate | null;
}

export type TrackerStatus = 'on time' | 'late' | 'missing';

export interface DisputeLine {
  disputeId: string;
  ageDays: number;
  escalated: boolean;
  /** Days left in the 28-day local period (negative once past). */
  daysLeft: number;
}

export interface YosOversight {
  yosId: string;
  name: string;
  division: string;
  vacancies: VacancyLine[];
  /** Open vacancies per stage reached, 0 (not started) to 5. */
  vacanciesByStage: number[];
  trackers: { meetingDate: CivilDate; status: TrackerStatus }[];
  disputes: DisputeLine[];
  endingWithin6Months: Figure;
  pastMaximum: Figure;
  reviewsOverdue: Figure;
  claimsWaiting: Figure;
  poFte: number;
  poBelowMinimum: boolean;
}

export interface OversightView {
  asOf: CivilDate;
  meetings: CivilDate[];
  yos: YosOversight[];
  /** PSO FTE per LDU cluster, read as the YOS under one Head of LDU (a product reading: the data has no cluster). */
  psoClusters: { headOfLduEmail: string; headOfLdu: string; yosIds: string[]; psoFte: number; belowMinimum: boolean }[];
}

export interface OversightHistory {
  /** Board meetings before asOf (the view keeps the last four YOGB). */
  pastBoards: BoardMeeting[];
  /** Tracker submissions for those meetings. */
  pastSubmissions: TrackerSubmission[];
}

const figure = (ids: string[]): Figure => ({ count: ids.length, ids });
const roundFte = (n: number) => Math.round(n * 100) / 100;

export function lastMeetings(boards: BoardMeeting[], asOf: CivilDate): CivilDate[] {
  const held = boards.filter((b) => b.board.toUpperCase() === 'YOGB' && b.meetingDate < asOf).map((b) => b.meetingDate);
  return [...new Set(held)].sort().slice(-TRACKER_MEETINGS_SHOWN);
}

export function trackerStatus(meetingDate: CivilDate, yosId: string, submissions: TrackerSubmission[]): TrackerStatus {
  const found = submissions.find((s) => s.meetingDate === meetingDate && s.yosId === yosId);
  if (!found) return 'missing';
  return found.submittedDate <= addDays(meetingDate, -TRACKER_DAYS_BEFORE_BOARD) ? 'on time' : 'late';
}

function vacancyLines(yosId: string, snapshot: FrameworkSnapshot, obligations: Obligation[], asOf: CivilDate): VacancyLine[] {
  return snapshot.vacancies
    .filter((v) => v.yosId === yosId && !v.filledDate)
    .map((v) => {
      const next = obligations
        .filter((o) => o.subjectId === v.vacancyId && o.kind.startsWith('vacancy-stage-'))
        .sort((a, b) => a.due.localeCompare(b.due))[0];
      return {
        vacancyId: v.vacancyId,
        grade: v.grade,
        fte: v.fte,
        stage: v.stage,
        daysOpen: daysBetween(v.openedDate, asOf),
        nextStage: v.stage < 5 ? v.stage + 1 : null,
        nextDue: next?.due ?? null,
      };
    });
}

function yosOversight(
  yos: Yos,
  snapshot: FrameworkSnapshot,
  obligations: Obligation[],
  history: OversightHistory,
  meetings: CivilDate[],
  asOf: CivilDate,
): YosOversight {
  const secondments = snapshot.secondments.filter((s) => s.yosId === yos.yosId && !s.endedDate);
  const vacancies = vacancyLines(yos.yosId, snapshot, obligations, asOf);
  const byStage = [0, 0, 0, 0, 0, 0];
  for (const v of vacancies) byStage[Math.min(Math.max(v.stage, 0), 5)]++;
  const horizon = addMonths(asOf, ENDING_WITHIN_MONTHS);
  const poFte = roundFte(secondments.filter((s) => s.grade === 'PO').reduce((sum, s) => sum + s.fte, 0));
  return {
    yosId: yos.yosId,
    name: yos.name,
    division: yos.division,
    vacancies,
    vacanciesByStage: byStage,
    trackers: meetings.map((meetingDate) => ({ meetingDate, status: trackerStatus(meetingDate, yos.yosId, history.pastSubmissions) })),
    disputes: snapshot.disputes
      .filter((d) => d.yosId === yos.yosId && d.status !== 'resolved')
      .map((d) => ({
        disputeId: d.disputeId,
        ageDays: daysBetween(d.raisedDate, asOf),
        escalated: isEscalated(d, asOf),
        daysLeft: daysBetween(asOf, localDeadline(d)),
      })),
    endingWithin6Months: figure(
      secondments.filter((s) => s.plannedEndDate >= asOf && s.plannedEndDate <= horizon).map((s) => s.secondmentId),
    ),
    pastMaximum: figure(secondments.filter((s) => asOf > addYears(s.startDate, MAX_SECONDMENT_YEARS)).map((s) => s.secondmentId)),
    reviewsOverdue: figure(
      obligations.filter((o) => o.kind === 'three-way-review' && o.yosId === yos.yosId && o.due < asOf).map((o) => o.subjectId),
    ),
    claimsWaiting: figure(snapshot.claims.filter((c) => c.yosId === yos.yosId && c.status === 'pending').map((c) => c.claimId)),
    poFte,
    poBelowMinimum: poFte < PO_MINIMUM_FTE,
  };
}

function psoClusters(snapshot: FrameworkSnapshot, yosIds: string[]): OversightView['psoClusters'] {
  const byHead = new Map<string, string[]>();
  for (const yos of snapshot.yos.filter((y) => yosIds.includes(y.yosId)))
    byHead.set(yos.headOfLduEmail, [...(byHead.get(yos.headOfLduEmail) ?? []), yos.yosId]);
  return [...byHead].map(([headOfLduEmail, ids]) => {
    const psoFte = roundFte(
      snapshot.secondments.filter((s) => ids.includes(s.yosId) && s.grade === 'PSO' && !s.endedDate).reduce((sum, s) => sum + s.fte, 0),
    );
    return {
      headOfLduEmail,
      headOfLdu: personName(snapshot, headOfLduEmail),
      yosIds: ids,
      psoFte,
      belowMinimum: psoFte < PSO_CLUSTER_MINIMUM_FTE,
    };
  });
}

/** The picture of the given YOS on `asOf`. */
export function oversightView(snapshot: FrameworkSnapshot, history: OversightHistory, yosIds: string[], asOf: CivilDate): OversightView {
  const obligations = openObligations(snapshot, asOf);
  const meetings = lastMeetings(history.pastBoards, asOf);
  const yos = snapshot.yos
    .filter((y) => yosIds.includes(y.yosId))
    .sort((a, b) => a.division.localeCompare(b.division) || a.name.localeCompare(b.name));
  return {
    asOf,
    meetings,
    yos: yos.map((y) => yosOversight(y, snapshot, obligations, history, meetings, asOf)),
    psoClusters: psoClusters(snapshot, yosIds),
  };
}
