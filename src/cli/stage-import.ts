/**
 * `yosbot import vacancy-stages`: rows are checked by planStageImport (src/framework/stage-import.ts)
 * against the stored vacancies and their trails; nothing is written if any row is bad. The trail
 * rows go first, then the vacancies' highest stage: a crash in between is completed by running the
 * same import again (rows already on the trail still move their vacancy on).
 */
import { parseCivilDate, type CivilDate } from '../framework/dates';
import type { VacancyEvent } from '../framework/records';
import { planStageImport, validateStageRow, type StageRow } from '../framework/stage-import';
import type { References, Row } from '../framework/validation';
import type { Store } from '../store/store';

export const STAGE_COLUMNS = ['vacancy_id', 'stage', 'date', 'recorded_by_email', 'evidence'];

export interface StageImportOutcome {
  problems: { line: number; column: string; message: string }[];
  created: number;
  updated: number;
  unchanged: number;
}

/** What can be read of a refused row: enough to keep the stage order of the rows after it. */
function roughStageRow(row: Row): StageRow {
  const date = parseCivilDate((row.date ?? '').trim()) ?? '';
  return { vacancyId: (row.vacancy_id ?? '').trim(), stage: Number((row.stage ?? '').trim()), date, recordedBy: '', evidence: '' };
}

export async function importVacancyStages(
  store: Store,
  rows: { line: number; row: Row }[],
  refs: References,
  options: { today: CivilDate; actor: string; now: Date; onProgress?: (written: number, total: number) => void },
): Promise<StageImportOutcome> {
  const outcome: StageImportOutcome = { problems: [], created: 0, updated: 0, unchanged: 0 };
  const valid: { line: number; record: StageRow; invalid?: boolean }[] = [];
  for (const { line, row } of rows) {
    const checked = validateStageRow(row, refs);
    if (checked.ok) valid.push({ line, record: checked.record });
    else {
      outcome.problems.push(...checked.errors.map((e) => ({ line, ...e })));
      // Still counted as a stage reached, so the rows after it are not refused as out of order too.
      valid.push({ line, record: roughStageRow(row), invalid: true });
    }
  }
  const stored = await store.vacancies.readAll();
  const trails = new Map<string, VacancyEvent[]>();
  for (const id of new Set(valid.map((v) => v.record.vacancyId))) {
    if (stored.has(id)) trails.set(id, await store.vacancyTrail.listPartition(id));
  }
  const vacancies = new Map([...stored].map(([id, s]) => [id, s.record]));
  const plan = planStageImport(valid, vacancies, trails, options.today, options.now.toISOString());
  outcome.problems.push(...plan.problems);
  outcome.problems.sort((a, b) => a.line - b.line);
  if (outcome.problems.length) return outcome;

  const total = plan.events.length + plan.vacancies.length;
  await store.vacancyTrail.writeBatches(
    plan.events.map((after) => ({ before: null, after })),
    options.actor,
    (written) => options.onProgress?.(written, total),
  );
  await store.vacancies.writeBatches(
    plan.vacancies.map((after) => ({ before: stored.get(after.vacancyId)!, after })),
    options.actor,
    (written) => options.onProgress?.(plan.events.length + written, total),
  );
  outcome.created = plan.events.length;
  outcome.unchanged = plan.unchanged;
  return outcome;
}
