/**
 * `yosbot demo`: a realistic data set, with dates relative to today so every kind of reminder has
 * something to say. The people are the Agents Playground users (scripts/playground-config.ts makes
 * them from this list), so switching user in the Playground shows each role's view. Loaded through
 * the CSV importer, so it is validated like any spreadsheet and loading it twice changes nothing.
 */
import { addDays, addMonths, addYears, type CivilDate } from '../framework/dates';
import type { PersonRole } from '../framework/records';
import type { Store } from '../store/store';
import { importCsv, type ImportKind } from './csv-import';

export interface DemoPerson {
  key: string;
  email: string;
  name: string;
  aadObjectId: string;
  /** How the Playground and docs describe them. */
  role: string;
  /** The `role` column of the people file, for the one role it sets. */
  personRole?: PersonRole;
}

/** Fixed ids so the Playground config and the demo data agree. */
export const DEMO_PEOPLE: DemoPerson[] = [
  { key: 'secondee', email: 'priya.shah@probation.example.org', name: 'Priya Shah', aadObjectId: '00000000-0000-4000-8000-000000000001', role: 'Seconded PO, Northamptonshire YOS' },
  { key: 'link_manager', email: 'david.okafor@probation.example.org', name: 'David Okafor', aadObjectId: '00000000-0000-4000-8000-000000000002', role: 'NPS link manager' },
  { key: 'yot_manager', email: 'helen.carter@northamptonshire.example.org', name: 'Helen Carter', aadObjectId: '00000000-0000-4000-8000-000000000003', role: 'YOT manager, Northamptonshire' },
  { key: 'head_of_ldu', email: 'mark.jennings@probation.example.org', name: 'Mark Jennings', aadObjectId: '00000000-0000-4000-8000-000000000004', role: 'Head of LDU, Northamptonshire' },
  { key: 'spoc', email: 'aisha.rahman@probation.example.org', name: 'Aisha Rahman', aadObjectId: '00000000-0000-4000-8000-000000000005', role: 'Divisional SPOC, Midlands' },
  { key: 'yos_senior_manager', email: 'claire.bennett@northamptonshire.example.org', name: 'Claire Bennett', aadObjectId: '00000000-0000-4000-8000-000000000006', role: 'YOS senior manager, Northamptonshire' },
  { key: 'secondee_pso', email: 'tom.walsh@probation.example.org', name: 'Tom Walsh', aadObjectId: '00000000-0000-4000-8000-000000000007', role: 'Seconded PSO, Leicester City YOS' },
  { key: 'yot_manager_leicester', email: 'sunita.patel@leicester.example.org', name: 'Sunita Patel', aadObjectId: '00000000-0000-4000-8000-000000000008', role: 'YOT manager, Leicester City' },
  { key: 'head_of_ldu_leicester', email: 'gareth.evans@probation.example.org', name: 'Gareth Evans', aadObjectId: '00000000-0000-4000-8000-000000000009', role: 'Head of LDU, Leicester' },
  { key: 'yot_manager_leeds', email: 'joanne.hughes@leeds.example.org', name: 'Joanne Hughes', aadObjectId: '00000000-0000-4000-8000-00000000000a', role: 'YOT manager, Leeds' },
  { key: 'secondee_leeds', email: 'omar.farooq@probation.example.org', name: 'Omar Farooq', aadObjectId: '00000000-0000-4000-8000-00000000000b', role: 'Seconded PO, Leeds YOS' },
  { key: 'spoc_north_east', email: 'rachel.moore@probation.example.org', name: 'Rachel Moore', aadObjectId: '00000000-0000-4000-8000-00000000000c', role: 'Divisional SPOC, North East' },
  {
    key: 'portfolio_lead',
    email: 'susan.clarke@probation.example.org',
    name: 'Susan Clarke',
    aadObjectId: '00000000-0000-4000-8000-00000000000d',
    role: 'NPS portfolio lead, chairs the YOS Governance Board',
    personRole: 'portfolio_lead',
  },
];

function email(key: string): string {
  const person = DEMO_PEOPLE.find((p) => p.key === key);
  if (!person) throw new Error(`no demo person ${key}`);
  return person.email;
}

function csv(rows: (string | number)[][]): string {
  return rows.map((r) => r.join(',')).join('\n') + '\n';
}

/** The demo CSV files for a given day, in import order. */
export function demoCsv(today: CivilDate): [ImportKind, string][] {
  const northantsStart = addDays(addMonths(today, 6 - 36), 10); // return plan due in 10 days
  const leicesterStart = addYears(today, -1);
  const leedsStart = addMonths(today, -4); // never reviewed: overdue
  return [
    ['people', csv([['email', 'name', 'aad_object_id', 'role'], ...DEMO_PEOPLE.map((p) => [p.email, p.name, p.aadObjectId, p.personRole ?? ''])])],
    [
      'yos',
      csv([
        ['yos_id', 'name', 'division', 'yot_manager_email', 'yos_senior_manager_email', 'head_of_ldu_email', 'spoc_email'],
        ['NORTHANTS', 'Northamptonshire YOS', 'Midlands', email('yot_manager'), email('yos_senior_manager'), email('head_of_ldu'), email('spoc')],
        ['LEICESTER', 'Leicester City YOS', 'Midlands', email('yot_manager_leicester'), email('yos_senior_manager'), email('head_of_ldu_leicester'), email('spoc')],
        ['LEEDS', 'Leeds YOS', 'North East', email('yot_manager_leeds'), email('yot_manager_leeds'), email('head_of_ldu_leicester'), email('spoc_north_east')],
      ]),
    ],
    [
      'secondments',
      csv([
        ['secondment_id', 'yos_id', 'secondee_email', 'grade', 'fte', 'start_date', 'planned_end_date', 'link_manager_email', 'last_review_date'],
        // Northamptonshire's one seconded PO (as in its 2021-22 youth justice plan).
        ['SEC-NN-01', 'NORTHANTS', email('secondee'), 'PO', '1.0', northantsStart, addYears(northantsStart, 3), email('link_manager'), addDays(addMonths(today, -3), 5)],
        ['SEC-LE-01', 'LEICESTER', email('secondee_pso'), 'PSO', '0.5', leicesterStart, addYears(leicesterStart, 2), email('link_manager'), addDays(today, -100)],
        ['SEC-LS-01', 'LEEDS', email('secondee_leeds'), 'PO', '0.6', leedsStart, addYears(leedsStart, 2), email('link_manager'), ''],
      ]),
    ],
    [
      'boards',
      csv([
        ['meeting_date', 'board'],
        [addDays(today, 12), 'YOGB'],
        [addDays(addMonths(today, 3), 12), 'YOGB'],
        [addDays(addMonths(today, 6), 12), 'YOGB'],
      ]),
    ],
    [
      'disputes',
      csv([
        ['dispute_id', 'yos_id', 'raised_date', 'raised_by_email', 'summary', 'status'],
        ['DSP-LE-01', 'LEICESTER', addDays(today, -30), email('yot_manager_leicester'), 'Disagreement over PSO cover for Saturday court', 'open'],
      ]),
    ],
    [
      'vacancies',
      csv([
        ['vacancy_id', 'yos_id', 'grade', 'fte', 'opened_date', 'filled_date'],
        ['VAC-LS-01', 'LEEDS', 'PSO', '0.3', addDays(addMonths(today, -3), 3), ''],
      ]),
    ],
  ];
}

export async function loadDemoData(store: Store, today: CivilDate, actor: string): Promise<string> {
  const lines: string[] = [];
  for (const [kind, text] of demoCsv(today)) {
    const result = await importCsv(store, kind, text, actor);
    if (result.problems.length) {
      throw new Error(`demo ${kind} data is invalid: ${result.problems.map((p) => `${p.line}: ${p.column}: ${p.message}`).join('; ')}`);
    }
    lines.push(`${kind}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged`);
  }
  return lines.join('\n');
}
