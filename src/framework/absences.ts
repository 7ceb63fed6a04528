/**
 * Maternity and long-term sickness absence cover (framework 5.6), pure: the absence record, its
 * validation, and the obligations it raises.
 *
 * 5.6: "if a secondment member of staff goes on maternity leave, the NPS have responsibility to
 * ensure cover is provided." "Where there is an issue of long-term sickness, the YOT manager and the
 * NPS lead will need to agree a suitable solution." "In both circumstances where agreed that cover
 * is required, the staged process above [5.5] must be adhered to."
 * The framework does not define "long-term": the threshold is local policy (product default 28
 * calendar days, HMPPS practice), see local-policy.ts.
 */
import { addDays, addYears, type CivilDate } from './dates';
import { Directory, OBLIGATION_SECTION, obligationId, unique, type Obligation } from './obligation-base';
import type { Secondment } from './records';
import { RowReader, type References, type Row, type Validated } from './validation';

export type AbsenceKind = 'maternity' | 'sickness';
export const ABSENCE_KINDS: readonly AbsenceKind[] = ['maternity', 'sickness'];

/** How the cover question was settled (5.6). */
export type CoverDecision = 'cover' | 'no-cover';

export interface Absence {
  absenceId: string;
  secondmentId: string;
  /** The secondment's YOS, kept so permissions hold after the secondment ends. */
  yosId: string;
  kind: AbsenceKind;
  startDate: CivilDate;
  /** Optional: when the person is expected back; past it the absence is treated as over. */
  expectedReturnDate: CivilDate | null;
  /** When they came back, if recorded before the expected date. */
  endedDate: CivilDate | null;
  /** When cover (or, for sickness, another solution) was agreed; closes the obligation. */
  coverAgreedDate: CivilDate | null;
  coverAgreedBy: string | null;
  coverDecision: CoverDecision | null;
  /** What was agreed, in the words of whoever recorded it. */
  coverNote: string | null;
  /** The vacancy opened for the cover, whose 5.5 staged process then runs. */
  coverVacancyId: string | null;
}

/** A newly recorded absence (from the sheet or the chat form): not ended, no cover agreed yet. */
export function newAbsence(fields: Pick<Absence, 'absenceId' | 'secondmentId' | 'yosId' | 'kind' | 'startDate' | 'expectedReturnDate'>): Absence {
  return { ...fields, endedDate: null, coverAgreedDate: null, coverAgreedBy: null, coverDecision: null, coverNote: null, coverVacancyId: null };
}

/** The day an absence is over: its recorded end, else the expected return; null = not known. */
export function absenceEnd(absence: Absence): CivilDate | null {
  return absence.endedDate ?? absence.expectedReturnDate;
}

/** Whether cover is still to be settled (the store keeps these in the 'open' partition). */
export function awaitingCover(absence: Absence): boolean {
  return !absence.coverAgreedDate && !absence.endedDate;
}

/** The day a sickness absence becomes long-term: over `days` calendar days (day days+1 of absence). */
export function longTermFrom(absence: Pick<Absence, 'startDate'>, days: number): CivilDate {
  return addDays(absence.startDate, days);
}

/** The vacancy opened for an absence's cover: one per absence, so agreeing twice opens it once. */
export function coverVacancyId(absenceId: string): string {
  return `VAC-${absenceId}`.slice(0, 64);
}

const KIND_LABEL: Record<AbsenceKind, string> = { maternity: 'maternity leave', sickness: 'sickness absence' };

export function absenceLabel(kind: AbsenceKind): string {
  return KIND_LABEL[kind];
}

/** The 5.6 obligation of one absence, if it has one on `asOf`. */
export function absenceObligation(absence: Absence, dir: Directory, asOf: CivilDate): Obligation | null {
  const s = dir.secondment(absence.secondmentId);
  const end = absenceEnd(absence);
  if (!s || !awaitingCover(absence) || (end !== null && end <= asOf)) return null;
  const yos = dir.yos(s.yosId);
  const who = `${dir.name(s.secondeeEmail)} (${s.grade}, ${s.secondmentId}) at ${dir.yosName(s.yosId)}`;
  const base = { yosId: s.yosId, subjectId: absence.absenceId, notify: [] as string[] };
  if (absence.kind === 'maternity') {
    return {
      ...base,
      id: obligationId('maternity-cover', absence.absenceId, absence.startDate),
      kind: 'maternity-cover',
      due: absence.startDate,
      subject: `Cover for the maternity leave of ${who}, from ${absence.startDate}`,
      section: OBLIGATION_SECTION['maternity-cover'],
      // "the NPS have responsibility to ensure cover is provided": the link manager and the Head of LDU.
      responsible: unique([s.linkManagerEmail, yos?.headOfLduEmail]),
      informed: unique([yos?.yotManagerEmail]),
    };
  }
  const days = dir.policy.longTermSicknessDays;
  const due = longTermFrom(absence, days);
  // Back before it became long-term: managed locally, nothing to agree (5.6).
  if (end !== null && end <= due) return null;
  return {
    ...base,
    id: obligationId('sickness-cover', absence.absenceId, due),
    kind: 'sickness-cover',
    due,
    subject: `Long-term sickness absence of ${who} since ${absence.startDate} (long-term from ${due}: over ${days} days, a product setting): agree a solution`,
    section: OBLIGATION_SECTION['sickness-cover'],
    // "the YOT manager and the NPS lead will need to agree a suitable solution". Health data: nobody else is told.
    responsible: unique([yos?.yotManagerEmail, s.linkManagerEmail]),
    informed: [],
  };
}

export interface AbsenceReferences extends References {
  secondments: ReadonlyMap<string, Secondment>;
  today: CivilDate;
}

/** Why an absence's dates do not fit its secondment, by column, or null. */
export function absenceDatesError(
  s: Pick<Secondment, 'startDate' | 'plannedEndDate'>,
  kind: AbsenceKind,
  start: CivilDate,
  expectedReturn: CivilDate | null,
  today: CivilDate,
): { column: string; message: string } | null {
  if (start < s.startDate) return { column: 'start_date', message: `is before the secondment started (${s.startDate})` };
  if (start > s.plannedEndDate) return { column: 'start_date', message: `is after the secondment's planned end (${s.plannedEndDate})` };
  if (kind === 'sickness' && start > today) return { column: 'start_date', message: 'a sickness absence cannot start in the future' };
  if (start > addYears(today, 1)) return { column: 'start_date', message: 'is more than a year ahead' };
  if (expectedReturn && expectedReturn <= start) return { column: 'expected_return_date', message: 'must be after the start date' };
  return null;
}

export function validateAbsence(row: Row, refs: AbsenceReferences): Validated<Absence> {
  const r = new RowReader(row);
  const absenceId = r.id('absence_id');
  const secondmentId = r.id('secondment_id');
  const secondment = refs.secondments.get(secondmentId);
  if (secondmentId) r.check(!!secondment, 'secondment_id', `unknown secondment "${secondmentId}" (import secondments first)`);
  const kind = r.text('kind').toLowerCase() as AbsenceKind;
  if (kind) r.check(ABSENCE_KINDS.includes(kind), 'kind', `"${kind}" must be maternity or sickness (5.6)`);
  const startDate = r.date('start_date');
  const expectedReturnDate = r.date('expected_return_date', { required: false });
  if (secondment && startDate && ABSENCE_KINDS.includes(kind)) {
    const problem = absenceDatesError(secondment, kind, startDate, expectedReturnDate, refs.today);
    if (problem) r.check(false, problem.column, problem.message);
  }
  return r.result(newAbsence({ absenceId, secondmentId, yosId: secondment?.yosId ?? '', kind, startDate: startDate ?? '', expectedReturnDate }));
}

/** A re-imported absence: the sheet's dates and kind win; what was recorded in Teams (cover, return) is kept. */
export function mergeImportedAbsence(existing: Absence, incoming: Absence): Absence {
  const { endedDate, coverAgreedDate, coverAgreedBy, coverDecision, coverNote, coverVacancyId } = existing;
  return { ...incoming, endedDate, coverAgreedDate, coverAgreedBy, coverDecision, coverNote, coverVacancyId };
}
