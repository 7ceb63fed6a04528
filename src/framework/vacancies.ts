/**
 * The staged vacancy process (framework 5.5), pure: the stages in the framework's words, when
 * stages 4 and 5 apply, what a stage record must show, and the obligations an open vacancy raises.
 * "There must be a clear evidence trail which is easily able to demonstrate the timescales and
 * efforts to follow each of the staged processes."
 */
import { addMonths, addWorkingDays, type CivilDate } from './dates';
import { Directory, OBLIGATION_SECTION, obligationId, unique, type Obligation } from './obligation-base';
import type { Vacancy, VacancyCover, VacancyEvent } from './records';

/**
 * Stage 4: "the vacancy has been unfilled for a maximum period of 3 months". A ceiling, not a
 * waiting time: stage 4 may be reached sooner once stages 1-3 are exhausted, and at the latest
 * 3 months after the post fell vacant.
 */
export const VACANCY_STAGE_4_MONTHS = 3;
/**
 * 5.5 "Where there are no applicants the YOT manager is to be made aware of this and a discussion
 * held with the NPS lead": the framework sets no time for the discussion. PRODUCT DEFAULT: 10
 * working days from when "no applicants" is recorded.
 */
export const NO_APPLICANTS_DISCUSSION_WORKING_DAYS = 10;

/** Stage 5: "Following a further period of 1 month". */
export const VACANCY_STAGE_5_FURTHER_MONTHS = 1;

export interface StageDefinition {
  stage: number;
  /** Short name for lists and exports. */
  name: string;
  /** What the framework says happens, close to its words. */
  framework: string;
}

export const VACANCY_STAGES: readonly StageDefinition[] = [
  { stage: 1, name: 'existing probation resource', framework: 'NPS provide an existing Probation Officer(s) and Probation Service Officer(s) (Probation Resource) into the YOT role.' },
  { stage: 2, name: 'agency back-fill', framework: 'If no Probation Resource is available, NPS to make use of an operational agency temporary worker to back fill, to allow Probation Resource to be released to the YOT.' },
  { stage: 3, name: 'agency temp in the post', framework: 'If there is still no Probation Resource to be released, an operational agency temp is used to fulfil the secondment.' },
  {
    stage: 4,
    name: 'YOT-sourced temporary worker',
    framework:
      'Where there are no operational temporary staff available, and the vacancy has been unfilled for a maximum period of 3 months, the YOT manager is informed. Where possible, the YOT secures an appropriate temporary worker and invoices the NPS for the cost (the NPS SPOC gives the business hub details; the YOS vets the candidate).',
  },
  {
    stage: 5,
    name: 'reimbursement in lieu',
    framework:
      'After a further month, with evidence from the YOS that the vacancy remains unfilled by either a PO/PSO or a YOT-appointed temporary worker, the NPS reimburses in lieu of the vacancy being filled. Not for fractional PSO resource that cannot be filled due to local arrangements.',
  },
];

export const COVER_LABEL: Record<VacancyCover, string> = {
  none: 'no temporary cover',
  agency: 'operational agency temp (stages 2-3)',
  'yot-temp': 'YOT-sourced temporary worker (stage 4)',
};

export function stageName(stage: number): string {
  return VACANCY_STAGES.find((s) => s.stage === stage)?.name ?? 'not started';
}

/** The latest day for stage 4: "a maximum period of 3 months" unfilled, from when the post fell vacant. */
export function stage4DueBy(vacancy: Pick<Vacancy, 'openedDate'>): CivilDate {
  return addMonths(vacancy.openedDate, VACANCY_STAGE_4_MONTHS);
}

/** The recorded stage-4 date, while stage 4 is the stage reached (null before it is recorded). */
export function stage4Date(vacancy: Pick<Vacancy, 'stage' | 'stageDate'>): CivilDate | null {
  return vacancy.stage === 4 ? vacancy.stageDate : null;
}

/** The day stage 5 applies: "following a further period of 1 month" after the RECORDED stage 4; null until then. */
export function stage5From(vacancy: Pick<Vacancy, 'stage' | 'stageDate'>): CivilDate | null {
  const reached = stage4Date(vacancy);
  return reached ? addMonths(reached, VACANCY_STAGE_5_FURTHER_MONTHS) : null;
}

/** 5.5 never funds fractional PSO resource left unfilled by local arrangement. */
export function stage5Excluded(vacancy: Vacancy): boolean {
  return vacancy.localArrangement && vacancy.grade === 'PSO' && vacancy.fte < 1;
}

export interface StageInput {
  stage: number;
  date: CivilDate;
  evidence: string;
  /** Cover in post after this step. */
  cover: VacancyCover;
}

export const MIN_EVIDENCE_CHARS = 10;

/**
 * The stages the next record may be: the current one again (further efforts), the next one, and
 * stage 4 once it applies. 5.5 sets stage 4's own conditions (unfilled 3 months, no operational
 * temporary staff), not that stages 1-3 were recorded here first: a vacancy imported at stage 0
 * reaches stage 4 directly.
 */
export function recordableStages(vacancy: Vacancy, today: CivilDate): number[] {
  const stages = new Set<number>();
  if (vacancy.stage >= 1) stages.add(vacancy.stage);
  if (vacancy.stage < 5) stages.add(vacancy.stage + 1);
  if (vacancy.stage < 4 && vacancy.cover !== 'agency' && today >= stage4DueBy(vacancy)) stages.add(4);
  return [...stages].sort((a, b) => a - b);
}

/** Why a stage cannot be recorded as given (column/field -> message), or null when it can. */
export function stageRecordError(vacancy: Vacancy, input: StageInput, today: CivilDate): { field: string; message: string } | null {
  const { stage, date, evidence, cover } = input;
  if (vacancy.filledDate) return { field: 'stage', message: `The post was filled on ${vacancy.filledDate}; no further stage applies.` };
  if (!Number.isInteger(stage) || stage < 1 || stage > 5) return { field: 'stage', message: 'Choose a stage from 1 to 5.' };
  if (stage > vacancy.stage && !recordableStages(vacancy, today).includes(stage)) return { field: 'stage', message: `Record stage ${vacancy.stage + 1} first: the staged process (5.5) is followed in order.` };
  if (stage < vacancy.stage) return { field: 'stage', message: `Stage ${vacancy.stage} is already recorded; record further efforts at stage ${vacancy.stage} or the next stage.` };
  if (date > today) return { field: 'date', message: 'The date cannot be in the future.' };
  if (date < vacancy.openedDate) return { field: 'date', message: `That is before the post fell vacant (${vacancy.openedDate}).` };
  if (vacancy.stageDate && date < vacancy.stageDate) return { field: 'date', message: `Stage ${vacancy.stage} was reached on ${vacancy.stageDate}; this cannot be earlier.` };
  if (evidence.trim().length < MIN_EVIDENCE_CHARS) return { field: 'evidence', message: 'Describe the evidence (what was done, by whom, references): 5.5 asks for a clear evidence trail.' };
  if (stage === 4 && cover === 'agency') return { field: 'cover', message: 'Stage 4 applies only where no operational agency temp is available (5.5).' };
  if (stage === 5) return stage5Error(vacancy, date, cover);
  return null;
}

function stage5Error(vacancy: Vacancy, date: CivilDate, cover: VacancyCover): { field: string; message: string } | null {
  if (stage5Excluded(vacancy)) return { field: 'stage', message: 'Funding is not provided to replace fractional PSO resource that cannot be filled due to local arrangements (5.5).' };
  const from = stage5From(vacancy);
  if (!from) return { field: 'stage', message: 'Record stage 4 first: stage 5 follows it after a further month (5.5).' };
  if (date < from) return { field: 'date', message: `Stage 5 follows stage 4 after a further month, from ${from} (5.5).` };
  if (cover !== 'none') return { field: 'cover', message: 'Stage 5 needs evidence that neither a PO/PSO nor a temporary worker is in the post (5.5).' };
  return null;
}

/** The "NPS lead" of a vacancy: the link manager concerned, else the Head of LDU (a product reading; 5.5 names no role). */
export function npsLeads(vacancy: Vacancy, dir: Directory): string[] {
  const linkManagers = dir.linkManagersConcerned(vacancy);
  return linkManagers.length ? linkManagers : unique([dir.yos(vacancy.yosId)?.headOfLduEmail]);
}

/**
 * 5.5: no applicants recorded and the discussion not yet held: the YOT manager and the NPS lead
 * hold it; the YOT manager is told at once ("to be made aware"). Due date: a product default.
 */
export function noApplicantsObligation(vacancy: Vacancy, dir: Directory): Obligation | null {
  if (vacancy.filledDate || !vacancy.noApplicantsDate || vacancy.noApplicantsDiscussedDate) return null;
  const yot = dir.yos(vacancy.yosId)?.yotManagerEmail;
  const due = addWorkingDays(vacancy.noApplicantsDate, NO_APPLICANTS_DISCUSSION_WORKING_DAYS);
  return {
    id: obligationId('no-applicants-discussion', vacancy.vacancyId, due),
    kind: 'no-applicants-discussion',
    due,
    yosId: vacancy.yosId,
    subjectId: vacancy.vacancyId,
    subject: `No applicants for ${vacancy.grade} vacancy ${vacancy.vacancyId} (${vacancy.fte} FTE) at ${dir.yosName(vacancy.yosId)} (recorded ${vacancy.noApplicantsDate}): the YOT manager and the NPS lead discuss it`,
    section: OBLIGATION_SECTION['no-applicants-discussion'],
    responsible: unique([yot, ...npsLeads(vacancy, dir)]),
    informed: [],
    notify: unique([yot]),
  };
}

/** Stage 4 and 5 obligations of an open vacancy (a covered post raises neither), and the 5.5 no-applicants discussion. */
export function vacancyObligations(vacancy: Vacancy, dir: Directory): Obligation[] {
  const discussion = noApplicantsObligation(vacancy, dir);
  const staged = stageObligations(vacancy, dir);
  return discussion ? [discussion, ...staged] : staged;
}

function stageObligations(vacancy: Vacancy, dir: Directory): Obligation[] {
  if (vacancy.filledDate || vacancy.cover !== 'none') return [];
  const yos = dir.yos(vacancy.yosId);
  const linkManagers = dir.linkManagersConcerned(vacancy);
  const what = `${vacancy.grade} vacancy ${vacancy.vacancyId} (${vacancy.fte} FTE) at ${dir.yosName(vacancy.yosId)}, vacant since ${vacancy.openedDate}`;
  const base = { yosId: vacancy.yosId, subjectId: vacancy.vacancyId, section: OBLIGATION_SECTION['vacancy-stage-4'], notify: [] as string[] };
  const result: Obligation[] = [];
  if (vacancy.stage < 4) {
    // Due at the latest 3 months after the post fell vacant; it may be done sooner.
    const due = stage4DueBy(vacancy);
    result.push({
      ...base,
      id: obligationId('vacancy-stage-4', vacancy.vacancyId, due),
      kind: 'vacancy-stage-4',
      due,
      subject: `Stage 4 for ${what}, once unfilled for a maximum period of 3 months: inform the YOT manager, who may secure a temporary worker and invoice the NPS`,
      // "the NPS (link manager / NPS lead) informs the YOT manager"; with no link manager, the Head of LDU.
      responsible: linkManagers.length ? linkManagers : unique([yos?.headOfLduEmail]),
      informed: unique([yos?.yotManagerEmail, yos?.spocEmail, yos?.headOfLduEmail]),
    });
  }
  // Only once stage 4 is recorded: stage 5 counts a further month from it, never from the vacant date.
  const due = stage5From(vacancy);
  if (due && !stage5Excluded(vacancy)) {
    result.push({
      ...base,
      id: obligationId('vacancy-stage-5', vacancy.vacancyId, due),
      kind: 'vacancy-stage-5',
      due,
      subject: `Stage 5 for ${what}: evidence from the YOS that the post is still unfilled, for reimbursement in lieu`,
      responsible: unique([yos?.yotManagerEmail]),
      informed: unique([yos?.spocEmail, yos?.headOfLduEmail, ...linkManagers]),
    });
  }
  return result;
}

/**
 * A vacancy row re-imported from a spreadsheet: the sheet's columns win (grade, FTE, dates,
 * cover, link manager), but the stages recorded in Teams, the secondment it came from and a fill
 * date the sheet leaves empty are kept.
 */
export function mergeImportedVacancy(existing: Vacancy, incoming: Vacancy): Vacancy {
  return {
    ...incoming,
    filledDate: incoming.filledDate ?? existing.filledDate,
    stage: existing.stage,
    stageDate: existing.stageDate,
    secondmentId: existing.secondmentId ?? incoming.secondmentId,
    noApplicantsDate: existing.noApplicantsDate ?? null,
    noApplicantsDiscussedDate: existing.noApplicantsDiscussedDate ?? null,
  };
}

/** A review's changes in words for the trail and the card (never field names or codes); `name` turns an email into a name. */
export function describeVacancyChanges(before: Vacancy, after: Vacancy, name: (email: string) => string = (e) => e): string[] {
  const manager = (email: string | null) => (email ? name(email) : 'the link managers of the YOS');
  const changes: string[] = [];
  if (before.cover !== after.cover) changes.push(`cover changed from ${COVER_LABEL[before.cover]} to ${COVER_LABEL[after.cover]}`);
  if (before.fte !== after.fte) changes.push(`FTE changed from ${before.fte} to ${after.fte}`);
  if (before.linkManagerEmail !== after.linkManagerEmail) changes.push(`link manager changed from ${manager(before.linkManagerEmail)} to ${manager(after.linkManagerEmail)}`);
  if (before.localArrangement !== after.localArrangement) changes.push(after.localArrangement ? 'now left unfilled by local arrangement' : 'no longer left unfilled by local arrangement');
  return changes;
}

/** The trail as people read it: a vacancy imported from a sheet has no recorded opening, so it starts with one (as the export does). */
export function trailWithOpening(vacancy: Vacancy, events: VacancyEvent[]): VacancyEvent[] {
  if (events.some((e) => e.kind === 'opened')) return events;
  const opening: VacancyEvent = {
    vacancyId: vacancy.vacancyId, eventId: '', kind: 'opened', stage: null, date: vacancy.openedDate, recordedBy: '', recordedAt: '', evidence: '', note: 'post fell vacant (imported)', cover: 'none',
  };
  return [opening, ...events];
}
