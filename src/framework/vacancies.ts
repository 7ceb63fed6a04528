/**
 * The staged vacancy process (framework 5.5), pure: the stages in the framework's words, when
 * stages 4 and 5 apply, what a stage record must show, and the obligations an open vacancy raises.
 * "There must be a clear evidence trail which is easily able to demonstrate the timescales and
 * efforts to follow each of the staged processes."
 */
import { addMonths, type CivilDate } from './dates';
import { Directory, OBLIGATION_SECTION, obligationId, unique, type Obligation } from './obligation-base';
import type { Vacancy, VacancyCover } from './records';

/** Stage 4: "the vacancy has been unfilled for a maximum period of 3 months". */
export const VACANCY_STAGE_4_MONTHS = 3;
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
      'Where there are no operational temporary staff available and the vacancy has been unfilled for 3 months, the YOT manager is informed and, where possible, the YOT secures an appropriate temporary worker and invoices the NPS for the cost (the NPS SPOC gives the business hub details; the YOS vets the candidate).',
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

/** The day stage 4 applies: the post unfilled for 3 months from when it fell vacant. */
export function stage4From(vacancy: Pick<Vacancy, 'openedDate'>): CivilDate {
  return addMonths(vacancy.openedDate, VACANCY_STAGE_4_MONTHS);
}

/** The day stage 5 applies: a further month after the stage-4 date. */
export function stage5From(vacancy: Pick<Vacancy, 'openedDate'>): CivilDate {
  return addMonths(stage4From(vacancy), VACANCY_STAGE_5_FURTHER_MONTHS);
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
  if (vacancy.stage < 4 && vacancy.cover !== 'agency' && today >= stage4From(vacancy)) stages.add(4);
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
  if (stage === 4 && date < stage4From(vacancy)) {
    return { field: 'date', message: `Stage 4 applies once the post has been unfilled for 3 months, from ${stage4From(vacancy)} (5.5).` };
  }
  if (stage === 4 && cover === 'agency') return { field: 'cover', message: 'Stage 4 applies only where no operational agency temp is available (5.5).' };
  if (stage === 5) return stage5Error(vacancy, date, cover);
  return null;
}

function stage5Error(vacancy: Vacancy, date: CivilDate, cover: VacancyCover): { field: string; message: string } | null {
  if (stage5Excluded(vacancy)) return { field: 'stage', message: 'Funding is not provided to replace fractional PSO resource that cannot be filled due to local arrangements (5.5).' };
  if (date < stage5From(vacancy)) return { field: 'date', message: `Stage 5 follows stage 4 after a further month, from ${stage5From(vacancy)} (5.5).` };
  if (cover !== 'none') return { field: 'cover', message: 'Stage 5 needs evidence that neither a PO/PSO nor a temporary worker is in the post (5.5).' };
  return null;
}

/** Stage 4 and 5 obligations of an open vacancy; a covered post raises neither (5.5). */
export function vacancyObligations(vacancy: Vacancy, dir: Directory): Obligation[] {
  if (vacancy.filledDate || vacancy.cover !== 'none') return [];
  const yos = dir.yos(vacancy.yosId);
  const linkManagers = dir.linkManagersConcerned(vacancy);
  const what = `${vacancy.grade} vacancy ${vacancy.vacancyId} (${vacancy.fte} FTE) at ${dir.yosName(vacancy.yosId)}, vacant since ${vacancy.openedDate}`;
  const base = { yosId: vacancy.yosId, subjectId: vacancy.vacancyId, section: OBLIGATION_SECTION['vacancy-stage-4'], notify: [] as string[] };
  const result: Obligation[] = [];
  if (vacancy.stage < 4) {
    const due = stage4From(vacancy);
    result.push({
      ...base,
      id: obligationId('vacancy-stage-4', vacancy.vacancyId, due),
      kind: 'vacancy-stage-4',
      due,
      subject: `Stage 4 for ${what}: inform the YOT manager, who may secure a temporary worker and invoice the NPS`,
      // "the NPS (link manager / NPS lead) informs the YOT manager"; with no link manager, the Head of LDU.
      responsible: linkManagers.length ? linkManagers : unique([yos?.headOfLduEmail]),
      informed: unique([yos?.yotManagerEmail, yos?.spocEmail, yos?.headOfLduEmail]),
    });
  }
  if (vacancy.stage < 5 && !stage5Excluded(vacancy)) {
    const due = stage5From(vacancy);
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
  };
}
