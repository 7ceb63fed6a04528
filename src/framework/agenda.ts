/**
 * The Governance Board agenda (pure): what the divisional SPOC brings to the next board meeting.
 * 9.1: escalated disputes are made known to the SPOC "so that this can be raised at the YOS
 * Governance Board"; 5.5: "Each divisional SPOC ... will be responsible for reporting back on
 * vacancy management to the Governance Board". Trackers due for the meeting are listed with them.
 */
import { addDays, daysBetween, formatLong, type CivilDate } from './dates';
import { escalatedParties, escalationDate, isEscalated, AUTOMATIC } from './disputes';
import { nextBoard, yosOwingTracker } from './obligations';
import { portfolioLeads, type BoardMeeting, type Dispute, type FrameworkSnapshot, type Vacancy, type Yos } from './records';
import { COVER_LABEL, stage4DueBy, stage5Excluded, stage5From, stageName } from './vacancies';

export interface AgendaDispute {
  disputeId: string;
  yos: string;
  raisedDate: CivilDate;
  escalatedDate: CivilDate;
  /** "after 28 days" or "by hand (name or email)". */
  how: string;
  summary: string;
  /** Who must resolve it (9.1): Head of LDU and YOS senior manager, as emails. */
  toResolve: string[];
}

/** A dispute resolved since the last board: 9.1 has the board manage "the issues and outcome". */
export interface AgendaResolvedDispute {
  disputeId: string;
  yos: string;
  raisedDate: CivilDate;
  /** When it was escalated, if it was. */
  escalatedDate: CivilDate | null;
  resolvedDate: CivilDate;
  resolvedBy: string | null;
  summary: string;
  outcome: string;
}

/** What the agenda needs beyond the snapshot (which holds only open disputes and boards ahead). */
export interface AgendaHistory {
  /** Resolved disputes (any date; the agenda picks those since the last board). */
  resolved: Dispute[];
  /** The last board meeting before the day, if any was held. */
  lastBoardDate: CivilDate | null;
}

/** With no board held yet, "since the last board" reads as the last 90 days (a product choice). */
export const RESOLVED_LOOKBACK_DAYS = 90;

export interface AgendaVacancy {
  vacancyId: string;
  yos: string;
  grade: string;
  fte: number;
  openedDate: CivilDate;
  daysVacant: number;
  stage: number;
  stageName: string;
  stageDate: CivilDate | null;
  cover: string;
  /** What the staged process asks next, in the framework's terms. */
  next: string;
}

export interface AgendaTracker {
  yos: string;
  submitted: boolean;
  submittedDate: CivilDate | null;
}

export interface BoardAgenda {
  asOf: CivilDate;
  board: string | null;
  meetingDate: CivilDate | null;
  /** The YOS in scope: a SPOC's or Head of LDU's own, or all. */
  yos: string[];
  disputes: AgendaDispute[];
  /** Disputes resolved after the last board (or in the last 90 days when none was held). */
  resolvedSince: CivilDate;
  resolved: AgendaResolvedDispute[];
  vacancies: AgendaVacancy[];
  trackers: AgendaTracker[];
}

/**
 * The YOS a person brings to the board: where they are SPOC or Head of LDU; every YOS for the
 * portfolio lead, who chairs the board (9.1), and when no one is named.
 */
export function agendaScope(snapshot: FrameworkSnapshot, email?: string): Yos[] {
  if (!email || portfolioLeads(snapshot).includes(email)) return snapshot.yos;
  return snapshot.yos.filter((y) => y.spocEmail === email || y.headOfLduEmail === email);
}

/** What the staged process asks next for an open vacancy on `asOf`. */
export function vacancyNextStep(v: Vacancy, asOf: CivilDate): string {
  if (v.cover === 'agency') return 'Covered by an operational agency temp (stages 2-3); the NPS keeps sourcing probation resource.';
  if (v.cover === 'yot-temp') return 'A YOT-sourced temporary worker is in post; the YOT invoices the NPS for the cost (stage 4).';
  if (v.stage >= 5) return `NPS reimburses in lieu of the post being filled (stage 5 since ${v.stageDate ? formatLong(v.stageDate) : 'it was recorded'}), until it is filled.`;
  if (v.stage < 4) {
    return asOf > stage4DueBy(v)
      ? `Stage 4 due since ${stage4DueBy(v)}: the YOT manager is to be informed and may secure a temporary worker and invoice the NPS.`
      : `Stage 4 at the latest by ${stage4DueBy(v)} (3 months unfilled) if there is no operational agency temp; sooner once stages 1-3 are exhausted.`;
  }
  if (stage5Excluded(v)) return 'Fractional PSO post left unfilled by local arrangement: no stage-5 funding (5.5).';
  const from = stage5From(v);
  if (!from) return 'Stage 5 follows a month after the stage-4 date is recorded.';
  return asOf >= from
    ? `Stage 5 due since ${from}: evidence from the YOS that the post is still unfilled, for reimbursement in lieu.`
    : `Stage 5 applies from ${from} (a month after stage 4 was recorded) with evidence from the YOS that the post is still unfilled.`;
}

/** Resolved disputes of the YOS in scope, resolved after `since` and by `asOf`, oldest first. */
function resolvedSince(history: AgendaHistory, ids: Set<string>, since: CivilDate, asOf: CivilDate, nameOf: (yosId: string) => string): AgendaResolvedDispute[] {
  return history.resolved
    .filter((d) => ids.has(d.yosId) && d.status === 'resolved' && d.resolvedDate && d.resolvedDate > since && d.resolvedDate <= asOf)
    .map((d) => ({
      disputeId: d.disputeId,
      yos: nameOf(d.yosId),
      raisedDate: d.raisedDate,
      escalatedDate: d.escalatedDate,
      resolvedDate: d.resolvedDate as CivilDate,
      resolvedBy: d.resolvedBy,
      summary: d.summary,
      outcome: d.outcome ?? 'no outcome recorded',
    }))
    .sort((a, b) => a.resolvedDate.localeCompare(b.resolvedDate) || a.disputeId.localeCompare(b.disputeId));
}

/** The agenda for `forMeeting` (default: the next board on or after `asOf`). */
export function boardAgenda(
  snapshot: FrameworkSnapshot,
  asOf: CivilDate,
  email?: string,
  history: AgendaHistory = { resolved: [], lastBoardDate: null },
  forMeeting?: BoardMeeting,
): BoardAgenda {
  const scope = agendaScope(snapshot, email);
  const ids = new Set(scope.map((y) => y.yosId));
  const nameOf = (yosId: string) => snapshot.yos.find((y) => y.yosId === yosId)?.name ?? yosId;
  const personOf = (e: string) => snapshot.people.find((p) => p.email === e)?.name ?? e;
  const meeting = forMeeting ?? nextBoard(snapshot, asOf) ?? null;

  const disputes = snapshot.disputes
    .filter((d) => ids.has(d.yosId) && isEscalated(d, asOf))
    .map((d) => ({
      disputeId: d.disputeId,
      yos: nameOf(d.yosId),
      raisedDate: d.raisedDate,
      escalatedDate: escalationDate(d),
      how: d.escalatedBy && d.escalatedBy !== AUTOMATIC ? `by hand (${personOf(d.escalatedBy)})` : 'after 28 days',
      summary: d.summary,
      toResolve: escalatedParties(snapshot.yos.find((y) => y.yosId === d.yosId)),
    }))
    .sort((a, b) => a.escalatedDate.localeCompare(b.escalatedDate));

  const vacancies = snapshot.vacancies
    .filter((v) => ids.has(v.yosId) && !v.filledDate && v.openedDate <= asOf)
    .map((v) => ({
      vacancyId: v.vacancyId,
      yos: nameOf(v.yosId),
      grade: v.grade,
      fte: v.fte,
      openedDate: v.openedDate,
      daysVacant: daysBetween(v.openedDate, asOf),
      stage: v.stage,
      stageName: stageName(v.stage),
      stageDate: v.stageDate,
      cover: COVER_LABEL[v.cover],
      next: vacancyNextStep(v, asOf),
    }))
    .sort((a, b) => a.openedDate.localeCompare(b.openedDate));

  const trackers = meeting
    ? yosOwingTracker(snapshot, meeting.meetingDate)
        .filter((y) => ids.has(y.yosId))
        .map((y) => {
          const t = snapshot.trackerSubmissions.find((s) => s.yosId === y.yosId && s.meetingDate === meeting.meetingDate);
          return { yos: y.name, submitted: !!t, submittedDate: t?.submittedDate ?? null };
        })
    : [];

  const since = history.lastBoardDate ?? addDays(asOf, -RESOLVED_LOOKBACK_DAYS);
  const resolved = resolvedSince(history, ids, since, asOf, nameOf);
  return { asOf, board: meeting?.board ?? null, meetingDate: meeting?.meetingDate ?? null, yos: scope.map((y) => y.name), disputes, resolvedSince: since, resolved, vacancies, trackers };
}
