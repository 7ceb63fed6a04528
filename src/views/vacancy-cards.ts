/** Card data for vacancies (5.5 staged process, 5.3 link manager review) and the Governance Board agenda. */
import type { BoardAgenda } from '../framework/agenda';
import { vacancyNextStep } from '../framework/agenda';
import { formatLong, type CivilDate } from '../framework/dates';
import { personName, VACANCY_COVERS, type FrameworkSnapshot, type Vacancy, type VacancyEvent, type Yos } from '../framework/records';
import { COVER_LABEL, recordableStages, stage4DueBy, stage5Excluded, stage5From, stageName, trailWithOpening, VACANCY_STAGES } from '../framework/vacancies';
import { renderCard, type CardJson } from './templates';
import { ALL_LINK_MANAGERS } from './verbs';
import type { FormState } from './workflow-cards';

/** " on Thursday 10 December 2026", or nothing without a date: the one date format people read. */
const onDate = (date: CivilDate | null | undefined) => (date ? ` on ${formatLong(date)}` : '');

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
  /** 5.5: record "no applicants" (the NPS side) and the discussion that follows (the YOT manager and the NPS lead). */
  canNoApplicants?: boolean;
  canDiscuss?: boolean;
  /** The viewer recorded the current stage, so may correct its date. */
  canCorrect?: boolean;
}

const TRAIL_WHAT: Record<VacancyEvent['kind'], string> = {
  opened: 'Post fell vacant',
  stage: 'Stage',
  review: 'Reviewed',
  filled: 'Post filled',
  correction: 'Stage date corrected',
  'no-applicants': 'No applicants (YOT manager told)',
  discussion: 'No-applicants discussion held (YOT manager and NPS lead)',
};

function trailLine(e: VacancyEvent, snapshot: FrameworkSnapshot): { when: string; what: string; detail: string } {
  const by = e.recordedBy ? ` (recorded by ${personName(snapshot, e.recordedBy)})` : '';
  const what =
    e.kind === 'stage' ? `Stage ${e.stage}: ${stageName(e.stage ?? 0)}` : e.kind === 'correction' ? `Stage ${e.stage} date corrected` : TRAIL_WHAT[e.kind];
  const detail = [e.evidence && `Evidence: ${e.evidence}`, e.note].filter(Boolean).join('. ');
  return { when: formatLong(e.date), what: `${what}${by}`, detail };
}

/** Stage 5 counts from the recorded stage 4 (5.5: "following a further period of 1 month"). */
function stage5Value(vacancy: Vacancy): string {
  if (stage5Excluded(vacancy)) return 'never: fractional PSO post left unfilled by local arrangement';
  if (vacancy.stage >= 5) return `reached on ${formatLong(vacancy.stageDate as CivilDate)}`;
  const from = stage5From(vacancy);
  return from ? formatLong(from) : 'a month after stage 4 is recorded';
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
    { title: 'Stage reached', value: vacancy.stage ? `${vacancy.stage} (${stageName(vacancy.stage)})${onDate(vacancy.stageDate)}` : 'none recorded yet' },
    // A filled post has no stages still to come.
    ...(open
      ? [
          { title: 'Stage 4 at the latest', value: `${formatLong(stage4DueBy(vacancy))} (3 months unfilled; sooner once stages 1-3 are exhausted)` },
          { title: 'Stage 5 from', value: stage5Value(vacancy) },
        ]
      : []),
    { title: 'Link manager', value: vacancy.linkManagerEmail ? personName(snapshot, vacancy.linkManagerEmail) : 'the link managers of the YOS' },
    ...(vacancy.noApplicantsDate
      ? [{ title: 'No applicants', value: `${formatLong(vacancy.noApplicantsDate)}; discussion ${vacancy.noApplicantsDiscussedDate ? `held ${formatLong(vacancy.noApplicantsDiscussedDate)}` : 'not yet recorded'}` }]
      : []),
    ...(vacancy.filledDate ? [{ title: 'Filled', value: formatLong(vacancy.filledDate) }] : []),
  ];
  const discussionOwed = !!vacancy.noApplicantsDate && !vacancy.noApplicantsDiscussedDate;
  // The stages the next record may be; the highest new one is chosen (stage 4 once it applies).
  const offered = recordableStages(vacancy, today);
  const stages = VACANCY_STAGES.filter((s) => offered.includes(s.stage));
  return renderCard('vacancy', {
    vacancyId: vacancy.vacancyId,
    headline: `${vacancy.grade} post at ${yos?.name ?? vacancy.yosId}${open ? '' : ` (filled${onDate(vacancy.filledDate)})`}`,
    facts,
    next: open ? vacancyNextStep(vacancy, today) : 'Nothing: the post is filled.',
    trail: trailWithOpening(vacancy, trail).map((e) => trailLine(e, snapshot)),
    stages: stages.map((s) => ({ title: `Stage ${s.stage}: ${s.name}`, value: String(s.stage) })),
    nextStage: String(offered[offered.length - 1] ?? vacancy.stage),
    cover: vacancy.cover,
    covers: covers(),
    fte: vacancy.fte,
    localArrangement: vacancy.localArrangement ? 'true' : 'false',
    linkManagerEmail: vacancy.linkManagerEmail ?? ALL_LINK_MANAGERS,
    linkManagers: linkManagerChoices(snapshot, [vacancy.yosId], vacancy.linkManagerEmail, 'The link managers of the YOS'),
    today,
    // A refused stage is shown again with what was typed, so the text is not lost (and can be passed on).
    canStage: open && (abilities.canStage || !!state.values?.evidence),
    canUpdate: open && abilities.canUpdate,
    canFill: open && abilities.canFill,
    // Once recorded, "no applicants" waits for its discussion; a later round may record it again.
    canNoApplicants: open && !discussionOwed && !!abilities.canNoApplicants,
    canDiscuss: open && discussionOwed && !!abilities.canDiscuss,
    canCorrect: open && !!abilities.canCorrect && !!vacancy.stageDate,
    stageDate: vacancy.stageDate ?? today,
    currentStage: vacancy.stage,
    notice: state.notice ?? null,
    problem: state.problem ?? null,
    errors: state.errors ?? {},
    // What was typed, shown again when the action was refused or needs a correction.
    values: { evidence: '', ...state.values },
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

/** `pack`: the portfolio lead's board pack, with a line saying what it is and the YOS by division. */
export function boardAgendaCard(agenda: BoardAgenda, snapshot: FrameworkSnapshot, pack?: { intro: string; yosByDivision: string }): CardJson {
  const name = (email: string) => personName(snapshot, email);
  return renderCard('board-agenda', {
    meeting: agenda.meetingDate ? `${agenda.board} on ${formatLong(agenda.meetingDate)}` : 'No board meeting is scheduled yet; the items below stand for the next one.',
    intro: pack?.intro ?? null,
    yos: pack?.yosByDivision ?? (agenda.yos.join(', ') || 'none'),
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
      state: `${v.stage ? `Stage ${v.stage} (${v.stageName})${onDate(v.stageDate)}` : 'No stage recorded yet'}; ${v.cover}.`,
      next: v.next,
    })),
    trackers: agenda.trackers.map((t) => ({ yos: t.yos, state: t.submitted ? `Submitted ${formatLong(t.submittedDate as CivilDate)}` : 'Not submitted' })),
  });
}
