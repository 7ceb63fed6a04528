/**
 * `yosbot export vacancies`: the evidence trail of each vacancy as CSV (or JSON), for the
 * Governance Board and for stage-5 reimbursement. 5.5: "There must be a clear evidence trail which
 * is easily able to demonstrate the timescales and efforts to follow each of the staged processes."
 */
import { trailWithOpening } from '../framework/vacancies';
import { stringify } from 'csv-stringify/sync';
import type { Store } from '../store/store';
import type { Vacancy, VacancyEvent } from '../framework/records';
import { stage4DueBy, stage5Excluded, stage5From, stageName } from '../framework/vacancies';

export const VACANCY_COLUMNS = [
  'vacancy_id', 'yos_id', 'yos_name', 'grade', 'fte', 'opened_date', 'filled_date', 'cover', 'local_arrangement', 'link_manager_email',
  'current_stage', 'stage_4_due_by', 'stage_5_from', 'stage_5_applies', 'event_date', 'event', 'stage', 'stage_name', 'recorded_by',
  'recorded_by_name', 'recorded_at', 'evidence', 'note',
];

export interface VacancyTrail {
  vacancy: Vacancy;
  events: VacancyEvent[];
}

export interface VacancyExportOptions {
  yosId?: string;
  openOnly?: boolean;
}

/** Each vacancy with its trail, oldest first; a vacancy imported from a sheet starts with its opening. */
export async function vacancyTrails(store: Store, options: VacancyExportOptions = {}): Promise<VacancyTrail[]> {
  const vacancies = options.openOnly ? await store.vacancies.listPartition('open') : await store.vacancies.listAll();
  const chosen = vacancies.filter((v) => !options.yosId || v.yosId === options.yosId).sort((a, b) => a.openedDate.localeCompare(b.openedDate) || a.vacancyId.localeCompare(b.vacancyId));
  const result: VacancyTrail[] = [];
  for (const vacancy of chosen) {
    const events = (await store.vacancyTrail.listPartition(vacancy.vacancyId)).sort((a, b) => a.date.localeCompare(b.date) || a.eventId.localeCompare(b.eventId));
    result.push({ vacancy, events: trailWithOpening(vacancy, events) });
  }
  return result;
}

export async function exportVacancies(store: Store, options: VacancyExportOptions = {}): Promise<string> {
  const [trails, people, yos] = await Promise.all([vacancyTrails(store, options), store.people.listPartition('person'), store.yos.listPartition('yos')]);
  const name = (email: string) => people.find((p) => p.email === email)?.name ?? '';
  const rows: (string | number)[][] = [];
  for (const { vacancy: v, events } of trails) {
    const fixed = [
      v.vacancyId, v.yosId, yos.find((y) => y.yosId === v.yosId)?.name ?? '', v.grade, v.fte, v.openedDate, v.filledDate ?? '', v.cover,
      v.localArrangement ? 'yes' : 'no', v.linkManagerEmail ?? '', v.stage, stage4DueBy(v), stage5From(v) ?? '', stage5Excluded(v) ? 'no (local arrangement)' : 'yes',
    ];
    for (const e of events) {
      rows.push([...fixed, e.date, e.kind, e.stage ?? '', e.stage ? stageName(e.stage) : '', e.recordedBy, name(e.recordedBy), e.recordedAt, e.evidence, e.note]);
    }
  }
  // Cells starting with = + - @ are prefixed so spreadsheets do not run them as formulas.
  const safe = rows.map((r) => r.map((c) => (typeof c === 'string' && /^[=+\-@]/.test(c) ? `'${c}` : c)));
  return stringify([VACANCY_COLUMNS, ...safe]);
}
