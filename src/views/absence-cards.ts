/** Card data for 5.6 absences: the form to record one, and the absence with its cover form. */
import { absenceEnd, absenceLabel, absenceObligation, type Absence } from '../framework/absences';
import { formatLong, type CivilDate } from '../framework/dates';
import { DEFAULT_LOCAL_POLICY, describeLocalPolicy } from '../framework/local-policy';
import { Directory } from '../framework/obligation-base';
import { personName, type FrameworkSnapshot, type Secondment } from '../framework/records';
import { statusLine } from './format';
import { renderCard, type CardJson } from './templates';
import type { FormState } from './workflow-cards';

/** The long-term sickness threshold, said as the product default (or local setting) it is. */
function longTermNote(snapshot: FrameworkSnapshot): string {
  return describeLocalPolicy(snapshot.policy ?? DEFAULT_LOCAL_POLICY).find((line) => line.startsWith('Long-term sickness')) ?? '';
}

export function absenceFormCard(secondments: Secondment[], snapshot: FrameworkSnapshot, today: CivilDate, state: FormState = {}): CardJson {
  const name = (email: string) => personName(snapshot, email);
  const yosName = (id: string) => snapshot.yos.find((y) => y.yosId === id)?.name ?? id;
  return renderCard('absence-form', {
    secondments: secondments.map((s) => ({ title: `${name(s.secondeeEmail)} (${s.grade}, ${yosName(s.yosId)})`, value: s.secondmentId })),
    selected: state.values?.secondmentId ?? secondments[0]?.secondmentId ?? '',
    values: { kind: '', startDate: today, expectedReturnDate: '', ...state.values },
    longTermNote: longTermNote(snapshot),
    problem: state.problem ?? null,
    errors: state.errors ?? {},
    submissionId: state.submissionId ?? '',
  });
}

export interface AbsenceCardState {
  notice?: string | null;
  problem?: string | null;
  errors?: Record<string, string>;
}

/** Where the cover question stands, for the viewer. */
function coverStatus(absence: Absence, snapshot: FrameworkSnapshot, today: CivilDate): { text: string; color: string } {
  if (absence.coverAgreedDate) {
    const what = absence.coverDecision === 'cover' ? 'Cover agreed' : 'Solution agreed without cover';
    return {
      text: `${what} on ${formatLong(absence.coverAgreedDate)} by ${personName(snapshot, absence.coverAgreedBy ?? '')}`,
      color: 'Good',
    };
  }
  const obligation = absenceObligation(absence, new Directory(snapshot), today);
  if (!obligation) return { text: 'No cover to agree: the absence is over, or shorter than long-term.', color: 'Default' };
  const status = statusLine(obligation.due, today);
  return { text: `Cover: ${status.text.charAt(0).toLowerCase()}${status.text.slice(1)}`, color: status.color };
}

/** What the viewer may do on the card: agree the cover (5.6), record the return (5.3 absence records). */
export interface AbsenceAbilities {
  agree: boolean;
  end: boolean;
}

export function absenceCard(
  absence: Absence,
  snapshot: FrameworkSnapshot,
  can: AbsenceAbilities,
  today: CivilDate,
  state: AbsenceCardState = {},
): CardJson {
  const s = snapshot.secondments.find((x) => x.secondmentId === absence.secondmentId);
  const yos = snapshot.yos.find((y) => y.yosId === absence.yosId);
  const end = absenceEnd(absence);
  const maternity = absence.kind === 'maternity';
  const facts = [
    { title: 'Secondee', value: s ? `${personName(snapshot, s.secondeeEmail)} (${s.grade}, ${s.fte} FTE)` : absence.secondmentId },
    { title: 'YOS', value: yos?.name ?? absence.yosId },
    { title: 'Absence', value: absenceLabel(absence.kind) },
    { title: 'From', value: formatLong(absence.startDate) },
    { title: absence.endedDate ? 'Back' : 'Expected back', value: end ? formatLong(end) : 'not known' },
    ...(absence.coverNote ? [{ title: 'Agreed', value: absence.coverNote }] : []),
    ...(absence.coverVacancyId ? [{ title: 'Cover vacancy', value: absence.coverVacancyId }] : []),
    { title: 'Reference', value: absence.absenceId },
  ];
  const open = !absence.coverAgreedDate;
  return renderCard('absence', {
    title: `${maternity ? 'Maternity leave' : 'Sickness absence'}: cover`,
    absenceId: absence.absenceId,
    notice: state.notice ?? null,
    problem: state.problem ?? null,
    errors: state.errors ?? {},
    statusText: coverStatus(absence, snapshot, today).text,
    statusColor: coverStatus(absence, snapshot, today).color,
    facts,
    asks: maternity
      ? 'Framework 5.6: the NPS "have responsibility to ensure cover is provided" (the link manager and the Head of LDU), no later than the day the leave starts. Agreed cover opens a vacancy and the staged process of 5.5 is followed.'
      : 'Framework 5.6: sickness is managed locally; where it is long-term, "the YOT manager and the NPS lead will need to agree a suitable solution". Where cover is required, a vacancy is opened and the staged process of 5.5 is followed.',
    canAgree: can.agree && open && !absence.endedDate,
    canEnd: can.end && !absence.endedDate && absence.startDate < today,
    minEnd: absence.startDate,
    formTitle: maternity ? 'Record the cover agreed' : 'Record what was agreed',
    decisions: maternity
      ? [{ title: 'Cover is to be provided: open a vacancy for the 5.5 staged process', value: 'cover' }]
      : [
          { title: 'Cover is required: open a vacancy for the 5.5 staged process', value: 'cover' },
          { title: 'Another solution, without cover (say what)', value: 'no-cover' },
        ],
    today,
    policyNote: maternity ? '' : longTermNote(snapshot),
    vacancyId: absence.coverVacancyId,
  });
}
