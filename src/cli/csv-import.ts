/**
 * `yosbot import <kind> <file.csv>`: validate every row first, import nothing if any row is bad,
 * and make a re-import of the same file change nothing (unchanged records are not rewritten).
 *
 * Rows are written in entity-group transactions of up to 100 rows of one partition, each all or
 * nothing (with its audit entries written right after it). A crash part-way leaves whole batches
 * imported and the rest not; running the same import again writes only what is missing.
 */
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { Change, EntityTable } from '../store/entity-table';
import type { Store } from '../store/store';
import {
  validateBoard,
  validateDispute,
  validatePerson,
  validateSecondment,
  validateVacancy,
  validateYos,
  type FieldError,
  type References,
  type Row,
  type Validated,
} from '../framework/validation';
import type { Secondment } from '../framework/records';
import { mergeImportedDispute } from '../framework/disputes';
import { mergeImportedVacancy } from '../framework/vacancies';
import { todayInLondon, type CivilDate } from '../framework/dates';
import { importVacancyStages, STAGE_COLUMNS } from './stage-import';
import { mergeImportedAbsence, validateAbsence, type AbsenceReferences } from '../framework/absences';

export const IMPORT_KINDS = ['yos', 'people', 'secondments', 'boards', 'disputes', 'vacancies', 'vacancy-stages', 'absences'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** Kinds imported one record per row; vacancy-stages (a trail checked in order) has its own import. */
type RecordKind = Exclude<ImportKind, 'vacancy-stages'>;

interface Importer<T extends object> {
  columns: string[];
  optional: string[];
  table(store: Store): EntityTable<T>;
  validate(row: Row, refs: References): Validated<T>;
  /** Combines a stored record with an imported one; fields the CSV does not carry are kept. */
  merge?(existing: T, incoming: T): T;
  /** More to check rows against than YOS ids and people (the secondments, today). */
  references?(store: Store, refs: References, today: CivilDate): Promise<References>;
}

const importers: { [K in RecordKind]: Importer<any> } = {
  yos: {
    columns: ['yos_id', 'name', 'division', 'yot_manager_email', 'yos_senior_manager_email', 'head_of_ldu_email', 'spoc_email'],
    optional: ['deputy_email'],
    table: (s) => s.yos,
    validate: validateYos,
  },
  people: {
    columns: ['email', 'name'],
    optional: ['aad_object_id', 'role'],
    table: (s) => s.people,
    validate: (row) => validatePerson(row),
    merge: (existing, incoming) => ({ ...existing, ...incoming }),
  },
  secondments: {
    columns: ['secondment_id', 'yos_id', 'secondee_email', 'grade', 'fte', 'start_date', 'planned_end_date', 'link_manager_email'],
    optional: ['last_review_date'],
    table: (s) => s.secondments,
    validate: validateSecondment,
    merge: (existing: Secondment, incoming: Secondment): Secondment => ({
      ...incoming,
      // Reviews recorded in Teams after the spreadsheet was made must not be lost on re-import.
      lastReviewDate: maxDate(existing.lastReviewDate, incoming.lastReviewDate),
      returnPlanHeldDate: existing.returnPlanHeldDate,
      endedDate: existing.endedDate,
    }),
  },
  boards: {
    columns: ['meeting_date'],
    optional: ['board'],
    table: (s) => s.boards,
    validate: (row) => validateBoard(row),
  },
  disputes: {
    columns: ['dispute_id', 'yos_id', 'raised_date', 'raised_by_email', 'summary'],
    optional: ['status', 'link_manager_email'],
    table: (s) => s.disputes,
    validate: validateDispute,
    merge: mergeImportedDispute,
  },
  vacancies: {
    columns: ['vacancy_id', 'yos_id', 'grade', 'fte', 'opened_date'],
    optional: ['filled_date', 'cover', 'local_arrangement', 'link_manager_email'],
    table: (s) => s.vacancies,
    validate: validateVacancy,
    merge: mergeImportedVacancy,
  },
  absences: {
    columns: ['absence_id', 'secondment_id', 'kind', 'start_date'],
    optional: ['expected_return_date'],
    table: (s) => s.absences,
    validate: (row, refs) => validateAbsence(row, refs as AbsenceReferences),
    merge: mergeImportedAbsence,
    references: async (store, refs, today): Promise<AbsenceReferences> => ({
      ...refs,
      today,
      secondments: new Map((await store.secondments.listAll()).map((s) => [s.secondmentId, s])),
    }),
  },
};

function maxDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

export interface ImportProblem {
  line: number;
  column: string;
  message: string;
}

export interface ImportResult {
  problems: ImportProblem[];
  /** Things worth knowing that do not stop the import (columns it ignores). */
  warnings: string[];
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportOptions {
  /** Called after each written batch with the rows written so far and the total to write. */
  onProgress?: (written: number, total: number) => void;
  /** The day dates are checked against (nothing may be dated after it); default today in London. */
  today?: CivilDate;
  now?: () => Date;
}

/**
 * Parses CSV text into rows with their line numbers; header names are trimmed and lower-cased.
 * Blank rows (Excel saves rows it once formatted as `,,,,`) are skipped, not reported.
 */
export function parseCsv(text: string): { header: string[]; rows: { line: number; row: Row }[] } {
  const options = { bom: true, skip_empty_lines: true, skip_records_with_empty_values: true, relax_column_count: true, info: true };
  const records: string[][] = parse(text, options).map(
    (r: { record: string[]; info: { lines: number } }) => Object.assign(r.record, { line: r.info.lines }),
  );
  if (records.length === 0) return { header: [], rows: [] };
  const header = records[0].map((h) => h.trim().toLowerCase());
  // csv-parse drops rows of empty fields; a row of spaces only is blank too.
  const rows = records.slice(1).filter((record) => record.some((field) => field.trim() !== '')).map((record) => {
    const row: Row = {};
    header.forEach((name, i) => (row[name] = record[i]));
    return { line: (record as unknown as { line: number }).line, row };
  });
  return { header, rows };
}

/** The header row's problems (nothing else is checked when there are any) and ignored columns. */
function checkHeader(importer: Pick<Importer<object>, 'columns' | 'optional'>, kind: ImportKind, header: string[], result: ImportResult): boolean {
  if (header.length === 0) {
    result.problems.push({ line: 1, column: '-', message: `the file is empty: expected a header row with ${importer.columns.join(',')}` });
    return false;
  }
  const missing = importer.columns.filter((c) => !header.includes(c));
  for (const column of missing) result.problems.push({ line: 1, column, message: 'missing column in header row' });
  const unknown = header.filter((h) => h && !importer.columns.includes(h) && !importer.optional.includes(h));
  if (unknown.length) {
    result.warnings.push(`ignored column(s) ${unknown.join(', ')}: not part of a ${kind} import (optional columns: ${importer.optional.join(', ')})`);
  }
  return missing.length === 0;
}

/** Validated records, or problems for every bad line (duplicates included). */
function validateRows<T extends object>(importer: Importer<T>, table: EntityTable<T>, rows: { line: number; row: Row }[], refs: References, result: ImportResult): T[] {
  const valid: T[] = [];
  const seen = new Map<string, number>();
  for (const { line, row } of rows) {
    const outcome = importer.validate(row, refs);
    if (!outcome.ok) {
      result.problems.push(...outcome.errors.map((e: FieldError) => ({ line, ...e })));
      continue;
    }
    const id = table.spec.idOf(outcome.record);
    const firstLine = seen.get(id);
    if (firstLine !== undefined) {
      result.problems.push({ line, column: importer.columns[0], message: `duplicate of line ${firstLine}` });
      continue;
    }
    seen.set(id, line);
    valid.push(outcome.record);
  }
  return valid;
}

export async function importCsv(store: Store, kind: ImportKind, text: string, actor: string, options: ImportOptions = {}): Promise<ImportResult> {
  const importer = kind === 'vacancy-stages' ? { columns: STAGE_COLUMNS, optional: [] } : importers[kind];
  const result: ImportResult = { problems: [], warnings: [], created: 0, updated: 0, unchanged: 0 };
  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(text);
  } catch (err) {
    const e = err as { lines?: number; message: string };
    result.problems.push({ line: e.lines ?? 1, column: '-', message: `not valid CSV: ${e.message}` });
    return result;
  }
  if (!checkHeader(importer, kind, parsed.header, result)) return result;

  const refs: References = {
    yosIds: new Set((await store.yos.listPartition('yos')).map((y) => y.yosId)),
    emails: new Set((await store.people.listPartition('person')).map((p) => p.email)),
  };
  const today = options.today ?? todayInLondon();
  if (kind === 'vacancy-stages') {
    const now = (options.now ?? (() => new Date()))();
    return { ...result, ...(await importVacancyStages(store, parsed.rows, refs, { today, now, actor, onProgress: options.onProgress })) };
  }
  const more = importers[kind].references;
  return importRecords(store, importers[kind], parsed.rows, more ? await more(store, refs, today) : refs, actor, result, options);
}

async function importRecords<T extends object>(
  store: Store,
  importer: Importer<T>,
  rows: { line: number; row: Row }[],
  refs: References,
  actor: string,
  result: ImportResult,
  options: ImportOptions,
): Promise<ImportResult> {
  const table = importer.table(store);
  const valid = validateRows(importer, table, rows, refs, result);
  if (result.problems.length) return result;

  // One read of what is stored, then only the differences are written.
  const stored = await table.readAll();
  const changes: Change<T>[] = [];
  for (const incoming of valid) {
    const existing = stored.get(table.spec.idOf(incoming)) ?? null;
    const after = existing && importer.merge ? importer.merge(existing.record, incoming) : incoming;
    if (existing && isDeepStrictEqual(normalise(after), normalise(existing.record))) result.unchanged++;
    else changes.push({ before: existing, after });
  }
  await table.writeBatches(changes, actor, (written) => options.onProgress?.(written, changes.length));
  result.created = changes.filter((c) => !c.before).length;
  result.updated = changes.length - result.created;
  return result;
}

/** Drops undefined and null fields so a stored record and a parsed one compare equal. */
function normalise(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined));
}
