/** Card data for vacancies (5.5 staged process, 5.3 link manager review) and the Governance Board agenda. */
import type { BoardAgenda } from '../framework/agenda';
import { vacancyNextStep } from '../framework/agenda';
import { formatLong, type CivilDate } from '../framework/dates';
import { personName, VACANCY_COVERS, type FrameworkSnapshot, type Vacancy, type VacancyEvent, type Yos } from '../framework/records';
import { COVER_LABEL, recordableStages, stage4From, stage5Excluded, stage5From, stageName, VACANCY_STAGES } from '../framework/vacancies';
import { renderCard, type CardJson } from './templates';
import { ALL_LINK_MANAGERS } from './verbs';
import type { FormState } from './workflow-cards';

const covers = () => VACANCY_COVERS.map((c) => ({ title: COVER_LABEL[c], value: c }));

/** Link managers people can pick: those of the YOS's active secondments, plus anyone already named. */
function linkManagerChoices(snapshot: FrameworkSnapshot, yosIds: string[], named: string | null, none: string) {
  const emails = new Set(snapshot.secondments.filter((s) => yosIds.includes(s.yosId)).map((s) => s.linkManagerEmail));
  if (named) emails.add(named);
  return [{ title: none, value: ALL_LINK_MANAGERS }, ...[...emails].sort().map((e) => ({ title: personName(snapshot, e), value: e }))];
}

export function vacancyFormCard(yos: Yos[], snapshot: FrameworkSnapshot, today: CivilDate, state: FormState = {}): CardJson {
  return renderCard('vacancy-form', {
    yos: yos.map((y) => ({ title: y.name, value: y.yosId })),
    selected: yos[0]?.yosId ?? '',
    today,
    covers: covers(),
    linkManagers: linkManagerChoices(snapshot, yos.map((y) => y.yosId), null, 'The link managers of that YOS'),
    problem: state.problem ?? null,
    errors: state.errors ?? {},
    submissionId: state.submissionId ?? '',
  });
}

export interface VacancyAbilities {
  canStage: boolean;
  canUpdate: boolean;
  canFill: boolean;
  /** The viewer recorded the current stage, so may correct its date. */
  canCorrect?: boolean;
}

function trailLine(e: VacancyEvent, snapshot: FrameworkSnapshot): { when: string; what: string; detail: string } {
  const by = e.recordedBy ? ` (recorded by ${personName(snapshot, e.recordedBy)})` : '';
  const what =
    e.kind === 'stage'
      ? `Stage ${e.stage}: ${stageName(e.stage ?? 0)}`
      : e.kind === 'correction'
        ? `Stage ${e.stage} date corrected`
        : e.kind === 'opened'
          ? 'Post fell vacant'
          : e.kind === 'filled'
            ? 'Post filled'
            : 'Reviewed';
  const detail = [e.evidence && `Evidence: ${e.evidence}`, e.note].filter(Boolean).join('. ');
  return { when: formatLong(e.date), what: `${what}${by}`, detail };
}

export interface VacancyCardState extends FormState {
  notice?: string | null;
}

export function vacancyCard(vacancy: Vacancy, trail: VacancyEvent[], snapshot: FrameworkSnapshot, abilities: VacancyAbilities, today: CivilDate, state: VacancyCardState = {}): CardJson {
  const yos = snapshot.yos.find((y) => y.yosId === vacancy.yosId);
  const open = !vacancy.filledDate;
  const facts = [
    { title: 'YOS', value: yos?.name ?? vacancy.yosId },
    { title: 'Post', value: `${vacancy.grade}, ${vacancy.fte} FTE` },
    { title: 'Vacant since', value: formatLong(vacancy.openedDate) },
    { title: 'Cover', value: COVER_LABEL[vacancy.cover] },
    { title: 'Stage reached', value: vacancy.stage ? `${vacancy.stage} (${stageName(vacancy.stage)}) on ${formatLong(vacancy.stageDate ?? vacancy.openedDate)}` : 'none recorded yet' },
    { title: 'Stage 4 from', value: formatLong(stage4From(vacancy)) },
    { title: 'Stage 5 from', value: stage5Excluded(vacancy) ? 'never: fractional PSO post left unfilled by local arrangement' : formatLong(stage5From(vacancy)) },
    { title: 'Link manager', value: vacancy.linkManagerEmail ? personName(snapshot, vacancy.linkManagerEmail) : 'the link managers of the YOS' },
    ...(vacancy.filledDate ? [{ title: 'Filled', value: formatLong(vacancy.filledDate) }] : []),
  ];
  // The stages the next record may be; the highest new one is chosen (stage 4 once it applies).
  const offered = recordableStages(vacancy, today);
  const stages = VACANCY_STAGES.filter((s) => offered.includes(s.stage));
  return renderCard('vacancy', {
    vacancyId: vacancy.vacancyId,
    headline: `${vacancy.grade} post at ${yos?.name ?? vacancy.yosId}${open ? '' : ` (filled ${vacancy.filledDate})`}`,
    facts,
    next: open ? vacancyNextStep(vacancy, today) : 'Nothing: the post is filled.',
    trail: trail.map((e) => trailLine(e, snapshot)),
    stages: stages.map((s) => ({ title: `Stage ${s.stage}: ${s.name}`, value: String(s.stage) })),
    nextStage: String(offered[offered.length - 1] ?? vacancy.stage),
    cover: vacancy.cover,
    covers: covers(),
    fte: vacancy.fte,
    localArrangement: vacancy.localArrangement ? 'true' : 'false',
    linkManagerEmail: vacancy.linkManagerEmail ?? ALL_LINK_MANAGERS,
    linkManagers: linkManagerChoices(snapshot, [vacancy.yosId], vacancy.linkManagerEmail, 'The link managers of the YOS'),
    today,
    canStage: open && abilities.canStage,
    canUpdate: open && abilities.canUpdate,
    canFill: open && abilities.canFill,
    canCorrect: open && !!abilities.canCorrect && !!vacancy.stageDate,
    stageDate: vacancy.stageDate ?? today,
    currentStage: vacancy.stage,
    notice: state.notice ?? null,
    problem: state.problem ?? null,
    errors: state.errors ?? {},
  });
}

export function vacancyListCard(vacancies: Vacancy[], snapshot: FrameworkSnapshot, today: CivilDate): CardJson {
  return renderCard('vacancy-list', {
    items: vacancies.map((v) => ({
      vacancyId: v.vacancyId,
      title: `${v.vacancyId}: ${v.grade} ${v.fte} FTE at ${snapshot.yos.find((y) => y.yosId === v.yosId)?.name ?? v.yosId}`,
      state: `Vacant since ${formatLong(v.openedDate)}; ${v.stage ? `stage ${v.stage} (${stageName(v.stage)})` : 'no stage recorded'}; ${COVER_LABEL[v.cover]}`,
      next: vacancyNextStep(v, today),
    })),
  });
}

export function boardAgendaCard(agenda: BoardAgenda, snapshot: FrameworkSnapshot): CardJson {
  const name = (email: string) => personName(snapshot, email);
  return renderCard('board-agenda', {
    meeting: agenda.meetingDate ? `${agenda.board} on ${formatLong(agenda.meetingDate)}` : 'No board meeting is scheduled yet; the items below stand for the next one.',
    yos: agenda.yos.join(', ') || 'none',
    hasMeeting: !!agenda.meetingDate,
    disputes: agenda.disputes.map((d) => ({
      title: `${d.disputeId}, ${d.yos}: escalated ${d.how} on ${formatLong(d.escalatedDate)}`,
      summary: d.summary,
      detail: `Raised ${formatLong(d.raisedDate)}. To resolve: ${d.toResolve.map(name).join(' and ') || '-'}.`,
    })),
    resolvedSince: `the last board (${formatLong(agenda.resolvedSince)})`,
    resolved: agenda.resolved.map((d) => ({
      title: `${d.disputeId}, ${d.yos}: resolved on ${formatLong(d.resolvedDate)}${d.resolvedBy ? ` by ${name(d.resolvedBy)}` : ''}`,
      summary: d.summary,
      outcome: d.outcome,
      detail: `Raised ${formatLong(d.raisedDate)}${d.escalatedDate ? `; escalated ${formatLong(d.escalatedDate)}` : '; resolved locally'}.`,
    })),
    vacancies: agenda.vacancies.map((v) => ({
      title: `${v.vacancyId}, ${v.yos}: ${v.grade} ${v.fte} FTE, vacant ${v.daysVacant} days`,
      state: `${v.stage ? `Stage ${v.stage} (${v.stageName}) on ${v.stageDate}` : 'No stage recorded yet'}; ${v.cover}.`,
      next: v.next,
    })),
    trackers: agenda.trackers.map((t) => ({ yos: t.yos, state: t.submitted ? `Submitted ${formatLong(t.submittedDate as CivilDate)}` : 'Not submitted' })),
  });
}
