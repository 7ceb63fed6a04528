/**
 * `yosbot import vacancy-stages`: the 5.5 evidence trail kept in a spreadsheet, checked as if each
 * row were recorded in Teams in file order. Every row goes through stageRecordError (stages in
 * order, dates not before the post fell vacant nor in the future, the stage-4/5 timing), so a
 * change to those rules applies to imports too. Pure: the caller reads the vacancies and trails.
 */
import { createHash } from 'node:crypto';
import type { CivilDate } from './dates';
import type { Vacancy, VacancyEvent } from './records';
import { RowReader, type References, type Row, type Validated } from './validation';
import { stageRecordError } from './vacancies';

export interface StageRow {
  vacancyId: string;
  stage: number;
  date: CivilDate;
  recordedBy: string;
  evidence: string;
}

export interface StageImportProblem {
  line: number;
  column: string;
  message: string;
}

export interface StageImportPlan {
  problems: StageImportProblem[];
  /** Trail rows to add (one per stage row not already on the trail). */
  events: VacancyEvent[];
  /** Vacancies whose highest stage or its date moves. */
  vacancies: Vacancy[];
  /** Rows already on the trail (a re-import). */
  unchanged: number;
}

/** The note on imported trail rows, so the trail says where they came from. */
export const IMPORTED_NOTE = 'imported from the vacancy tracker spreadsheet';

export function validateStageRow(row: Row, refs: References): Validated<StageRow> {
  const r = new RowReader(row);
  const rawStage = r.text('stage');
  const stage = Number(rawStage);
  if (rawStage) r.check(Number.isInteger(stage) && stage >= 1 && stage <= 5, 'stage', `"${rawStage}" must be a stage from 1 to 5 (5.5)`);
  return r.result({
    vacancyId: r.id('vacancy_id'),
    stage,
    date: r.date('date') ?? '',
    recordedBy: r.email('recorded_by_email', refs),
    evidence: r.text('evidence', { max: 1000 }),
  });
}

/** A trail row's id for an imported stage: the same row always gets the same id, so a re-import cannot add it twice. */
export function importedEventId(row: StageRow): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([row.vacancyId, row.stage, row.date, row.recordedBy, row.evidence]))
    .digest('hex')
    .slice(0, 16);
  return `import_${row.stage}_${hash}`;
}

const sameStage = (e: VacancyEvent, row: StageRow) =>
  e.kind === 'stage' &&
  e.stage === row.stage &&
  e.date === row.date &&
  e.recordedBy === row.recordedBy &&
  e.evidence.trim() === row.evidence;

/** The vacancy after a stage is reached (as the Teams form records it): the stage and its date. */
function advance(vacancy: Vacancy, row: StageRow): Vacancy {
  const later = row.stage > vacancy.stage || (row.stage === vacancy.stage && row.date >= (vacancy.stageDate ?? ''));
  return later ? { ...vacancy, stage: row.stage, stageDate: row.date } : vacancy;
}

/** stageRecordError's field names as the CSV's columns. */
const COLUMN: Record<string, string> = { stage: 'stage', date: 'date', evidence: 'evidence' };

/** Why a new row cannot be recorded on the vacancy as the rows before it left it, or null. */
function rowProblem(vacancy: Vacancy, row: StageRow, today: CivilDate): { column: string; message: string } | null {
  // A filled post's earlier stages are history worth importing; none can come after the fill.
  if (vacancy.filledDate && row.date > vacancy.filledDate) {
    return { column: 'date', message: `is after the post was filled (${vacancy.filledDate}): no stage applies after that` };
  }
  const problem = stageRecordError(
    { ...vacancy, filledDate: null },
    { stage: row.stage, date: row.date, evidence: row.evidence, cover: vacancy.cover },
    today,
  );
  if (!problem) return null;
  if (problem.field === 'cover') {
    return {
      column: 'stage',
      message: `${problem.message} The vacancy's cover is recorded as "${vacancy.cover}": correct it first (vacancies import, or the vacancy card).`,
    };
  }
  return { column: COLUMN[problem.field] ?? problem.field, message: problem.message };
}

/**
 * Checks every row against its vacancy, in file order, after what is stored, and says what to
 * write. Rows already on the trail are skipped (counted unchanged) but still move the vacancy on,
 * so a re-run after an interrupted import completes it.
 */
export function planStageImport(
  /** `invalid`: the row's own fields were refused (already reported); it only moves its vacancy on. */
  rows: { line: number; record: StageRow; invalid?: boolean }[],
  vacancies: ReadonlyMap<string, Vacancy>,
  trails: ReadonlyMap<string, VacancyEvent[]>,
  today: CivilDate,
  recordedAt: string,
): StageImportPlan {
  const plan: StageImportPlan = { problems: [], events: [], vacancies: [], unchanged: 0 };
  const state = new Map<string, Vacancy>();
  const seen = new Map<string, number>();
  for (const { line, record: row, invalid } of rows) {
    const current = state.get(row.vacancyId) ?? vacancies.get(row.vacancyId);
    if (invalid) {
      if (current && Number.isInteger(row.stage) && row.stage >= 1 && row.stage <= 5) state.set(row.vacancyId, advance(current, row));
      continue;
    }
    if (!current) {
      plan.problems.push({ line, column: 'vacancy_id', message: `unknown vacancy "${row.vacancyId}" (import vacancies first)` });
      continue;
    }
    const eventId = importedEventId(row);
    const firstLine = seen.get(eventId);
    if (firstLine !== undefined) {
      plan.problems.push({ line, column: 'vacancy_id', message: `duplicate of line ${firstLine}` });
      continue;
    }
    seen.set(eventId, line);
    let badDate = false;
    if ((trails.get(row.vacancyId) ?? []).some((e) => sameStage(e, row))) {
      plan.unchanged++;
    } else {
      const problem = rowProblem(current, row, today);
      if (problem) plan.problems.push({ line, ...problem });
      else plan.events.push({ ...row, eventId, kind: 'stage', recordedAt, note: IMPORTED_NOTE, cover: current.cover });
      badDate = problem?.column === 'date';
    }
    // Moved on even past a bad row (keeping the last good date), so one mistake is reported once, not again on every later row.
    const next = advance(current, row);
    state.set(row.vacancyId, badDate ? { ...next, stageDate: current.stageDate } : next);
  }
  for (const [id, after] of state) {
    const before = vacancies.get(id)!;
    if (after.stage !== before.stage || after.stageDate !== before.stageDate) plan.vacancies.push(after);
  }
  return plan;
}
