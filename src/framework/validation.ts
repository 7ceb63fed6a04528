/**
 * Validation of incoming rows (CSV import, chat forms) into records. Pure: the caller passes the
 * YOS ids and people it knows. Errors name the column, so the CLI can print `file:line: column: message`.
 */
import { addYears, parseCivilDate, type CivilDate } from './dates';
import {
  DISPUTE_STATUSES,
  GRADES,
  PERSON_ROLES,
  VACANCY_COVERS,
  normaliseEmail,
  type BoardMeeting,
  type Dispute,
  type DisputeStatus,
  type Grade,
  type Person,
  type PersonRole,
  type Secondment,
  type Vacancy,
  type VacancyCover,
  type Yos,
} from './records';

export const MAX_SECONDMENT_YEARS = 3;

export interface FieldError {
  column: string;
  message: string;
}

export type Validated<T> = { ok: true; record: T } | { ok: false; errors: FieldError[] };

export interface References {
  yosIds: ReadonlySet<string>;
  emails: ReadonlySet<string>;
}

export type Row = Record<string, string | undefined>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Reads fields from one row, collecting every error rather than stopping at the first. */
export class RowReader {
  readonly errors: FieldError[] = [];
  constructor(private readonly row: Row) {}

  private fail(column: string, message: string): void {
    this.errors.push({ column, message });
  }

  text(column: string, opts: { required?: boolean; max?: number } = {}): string {
    const value = (this.row[column] ?? '').trim();
    if (!value && opts.required !== false) this.fail(column, 'is required');
    if (value.length > (opts.max ?? 200)) this.fail(column, `is longer than ${opts.max ?? 200} characters`);
    return value;
  }

  id(column: string): string {
    const value = this.text(column);
    if (value && !ID.test(value)) this.fail(column, `"${value}" is not a valid id (letters, digits, . _ -)`);
    return value;
  }

  email(column: string, refs?: References): string {
    const value = normaliseEmail(this.text(column));
    if (!value) return value;
    if (!EMAIL.test(value)) this.fail(column, `"${value}" is not an email address`);
    else if (refs && !refs.emails.has(value)) this.fail(column, `unknown person ${value} (import people first)`);
    return value;
  }

  yosId(column: string, refs: References): string {
    const value = this.id(column);
    if (value && !refs.yosIds.has(value)) this.fail(column, `unknown YOS "${value}" (import yos first)`);
    return value;
  }

  date(column: string, opts: { required?: boolean } = {}): CivilDate | null {
    const raw = this.text(column, { required: opts.required });
    if (!raw) return null;
    const date = parseCivilDate(raw);
    if (!date) this.fail(column, `"${raw}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)`);
    return date;
  }

  grade(column: string): Grade {
    const value = this.text(column).toUpperCase();
    if (value && !GRADES.includes(value as Grade)) this.fail(column, `"${value}" must be PO or PSO`);
    return value as Grade;
  }

  fte(column: string): number {
    const raw = this.text(column);
    const value = Number(raw);
    if (raw && (!Number.isFinite(value) || value <= 0 || value > 1)) {
      this.fail(column, `"${raw}" must be a number greater than 0 and at most 1`);
    }
    return value;
  }

  check(condition: boolean, column: string, message: string): void {
    if (!condition) this.fail(column, message);
  }

  result<T>(record: T): Validated<T> {
    return this.errors.length ? { ok: false, errors: this.errors } : { ok: true, record };
  }
}

/** Every role holder must be a known person: reminders and permissions are keyed by them. */
export function validateYos(row: Row, refs: References): Validated<Yos> {
  const r = new RowReader(row);
  const deputy = row.deputy_email?.trim() ? r.email('deputy_email', refs) : '';
  return r.result({
    ...(deputy ? { deputyEmail: deputy } : {}),
    yosId: r.id('yos_id'),
    name: r.text('name'),
    division: r.text('division'),
    yotManagerEmail: r.email('yot_manager_email', refs),
    yosSeniorManagerEmail: r.email('yos_senior_manager_email', refs),
    headOfLduEmail: r.email('head_of_ldu_email', refs),
    spocEmail: r.email('spoc_email', refs),
  });
}

export function validatePerson(row: Row): Validated<Person> {
  const r = new RowReader(row);
  const aadObjectId = r.text('aad_object_id', { required: false });
  r.check(!aadObjectId || /^[0-9a-fA-F-]{8,64}$/.test(aadObjectId), 'aad_object_id', 'is not an Entra object id');
  const person: Person = { email: r.email('email'), name: r.text('name') };
  if (aadObjectId) person.aadObjectId = aadObjectId.toLowerCase();
  // With a role column, an empty cell clears a role set before (an own `undefined` overrides the
  // stored one on merge); without the column the stored role is kept.
  if ('role' in row) person.role = personRole(r, row.role);
  return r.result(person);
}

/** `role` column: empty, or `portfolio_lead` (the NPS portfolio lead, 5.3 and 9.1). */
function personRole(r: RowReader, raw: string | undefined): PersonRole | undefined {
  const value = (raw ?? '').trim().toLowerCase();
  if (!value) return undefined;
  r.check(
    PERSON_ROLES.includes(value as PersonRole),
    'role',
    `"${value}" is not a role this file sets: leave it empty or write portfolio_lead (the NPS portfolio lead, who chairs the YOS Governance Board, 9.1). Other roles come from the yos and secondments files`,
  );
  return value as PersonRole;
}

/** Length rule of framework 5.4: at most 3 years (2 + 1), ending after it starts. */
export function secondmentPeriodError(start: CivilDate, plannedEnd: CivilDate): string | null {
  if (plannedEnd <= start) return 'planned end must be after the start date';
  if (plannedEnd > addYears(start, MAX_SECONDMENT_YEARS)) {
    return `a secondment may last at most ${MAX_SECONDMENT_YEARS} years (2 years + 1 year extension, framework 5.4); latest end for this start is ${addYears(start, MAX_SECONDMENT_YEARS)}`;
  }
  return null;
}

export function validateSecondment(row: Row, refs: References): Validated<Secondment> {
  const r = new RowReader(row);
  const secondment: Secondment = {
    secondmentId: r.id('secondment_id'),
    yosId: r.yosId('yos_id', refs),
    secondeeEmail: r.email('secondee_email', refs),
    grade: r.grade('grade'),
    fte: r.fte('fte'),
    startDate: r.date('start_date') ?? '',
    plannedEndDate: r.date('planned_end_date') ?? '',
    linkManagerEmail: r.email('link_manager_email', refs),
    lastReviewDate: r.date('last_review_date', { required: false }),
    returnPlanHeldDate: null,
    endedDate: null,
  };
  if (secondment.startDate && secondment.plannedEndDate) {
    const error = secondmentPeriodError(secondment.startDate, secondment.plannedEndDate);
    r.check(error === null, 'planned_end_date', error ?? '');
  }
  if (secondment.lastReviewDate && secondment.startDate) {
    r.check(secondment.lastReviewDate >= secondment.startDate, 'last_review_date', 'is before the secondment started');
  }
  r.check(
    !secondment.secondeeEmail || secondment.secondeeEmail !== secondment.linkManagerEmail,
    'link_manager_email',
    'the link manager cannot be the secondee',
  );
  return r.result(secondment);
}

export function validateBoard(row: Row): Validated<BoardMeeting> {
  const r = new RowReader(row);
  const board = r.text('board', { required: false }) || 'YOGB';
  return r.result({ meetingDate: r.date('meeting_date') ?? '', board });
}

export function validateDispute(row: Row, refs: References): Validated<Dispute> {
  const r = new RowReader(row);
  const status = (r.text('status', { required: false }) || 'open').toLowerCase();
  r.check(DISPUTE_STATUSES.includes(status as DisputeStatus), 'status', `"${status}" must be open, escalated or resolved`);
  // 9.1: raised with "the NPS link manager" concerned; empty = the link managers of that YOS.
  const linkManager = row.link_manager_email?.trim() ? r.email('link_manager_email', refs) : null;
  return r.result({
    disputeId: r.id('dispute_id'),
    yosId: r.yosId('yos_id', refs),
    raisedDate: r.date('raised_date') ?? '',
    raisedByEmail: r.email('raised_by_email', refs),
    summary: r.text('summary', { max: 1000 }),
    status: status as DisputeStatus,
    linkManagerEmail: linkManager,
    escalatedDate: null,
    escalatedBy: null,
    resolvedDate: null,
    resolvedBy: null,
    outcome: null,
  });
}

/** `cover` column: none (default), agency (stages 2-3) or yot-temp (stage 4), 5.5. */
function cover(r: RowReader, row: Row): VacancyCover {
  const value = (row.cover ?? '').trim().toLowerCase() || 'none';
  r.check(VACANCY_COVERS.includes(value as VacancyCover), 'cover', `"${value}" must be none, agency or yot-temp`);
  return value as VacancyCover;
}

/** `local_arrangement` column: yes when a fractional PSO post is left unfilled by local arrangement (5.5). */
function yesNo(r: RowReader, row: Row, column: string): boolean {
  const value = (row[column] ?? '').trim().toLowerCase();
  if (!value || ['no', 'n', 'false', '0'].includes(value)) return false;
  if (['yes', 'y', 'true', '1'].includes(value)) return true;
  r.check(false, column, `"${value}" must be yes or no`);
  return false;
}

export function validateVacancy(row: Row, refs: References): Validated<Vacancy> {
  const r = new RowReader(row);
  const vacancy: Vacancy = {
    vacancyId: r.id('vacancy_id'),
    yosId: r.yosId('yos_id', refs),
    grade: r.grade('grade'),
    fte: r.fte('fte'),
    openedDate: r.date('opened_date') ?? '',
    filledDate: r.date('filled_date', { required: false }),
    cover: cover(r, row),
    localArrangement: yesNo(r, row, 'local_arrangement'),
    linkManagerEmail: row.link_manager_email?.trim() ? r.email('link_manager_email', refs) : null,
    stage: 0,
    stageDate: null,
    secondmentId: null,
  };
  if (vacancy.filledDate && vacancy.openedDate) {
    r.check(vacancy.filledDate >= vacancy.openedDate, 'filled_date', 'is before the vacancy opened');
  }
  if (vacancy.localArrangement) {
    r.check(vacancy.grade === 'PSO' && vacancy.fte < 1, 'local_arrangement', 'applies only to a fractional PSO post (5.5: fractional PSO resource that cannot be filled due to local arrangements)');
  }
  return r.result(vacancy);
}
