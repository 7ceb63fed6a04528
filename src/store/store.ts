/**
 * The product's tables and their key design (see README "Storage"):
 *
 * | table              | PartitionKey                 | RowKey               |
 * |--------------------|------------------------------|----------------------|
 * | Yos                | 'yos'                        | yosId                |
 * | People             | 'person'                     | email (lower case)   |
 * | Secondments        | 'active' or 'ended'          | secondmentId         |
 * | Reviews            | secondmentId                 | reviewId             |
 * | Boards             | 'board'                      | meetingDate_board    |
 * | TrackerSubmissions | meetingDate                  | yosId                |
 * | Disputes           | 'open' or 'closed'           | disputeId            |
 * | Vacancies          | 'open' or 'filled'           | vacancyId            |
 * | VacancyTrail       | vacancyId                    | eventId (time-sorted)|
 * | Absences           | 'open' or 'closed' (cover)   | absenceId            |
 * | ExpenseClaims      | 'pending' or 'decided'       | claimId (and intents) |
 * | Audit              | 'YYYY-MM'                    | ISO time _ uuid      |
 * | ConversationRefs   | 'ref'                        | aadObjectId          |
 * | Outbox             | obligation id                | stage|recipient      |
 * | CalendarTokens     | 'token' or 'email'           | token or email       |
 * | Roster             | see roster.ts (by aadObjectId, email index, team) |  |
 * | RateSlots          | tenant id                    | epoch second         |
 *
 * A snapshot for the obligation calculators reads only the open partitions and upcoming boards.
 * An escalated dispute is still open (9.1: it stays tracked until resolved); only resolved ones
 * are closed.
 * Claims change state through the ClaimLedger (claim-ledger.ts): one transaction per change, with
 * an intent row for its audit entry and side effects in the 'pending' partition.
 */
import { TableServiceClient, odata } from '@azure/data-tables';
import { AuditLog } from './audit';
import { EntityTable } from './entity-table';
import { DEFAULT_STORAGE_TIMEOUT_MS, storageFailure, Table, tableClient, tableServiceClient, type StorageTarget } from './table';
import { ConversationRefs } from './conversation-refs';
import { Outbox } from './outbox';
import { CalendarTokens } from './calendar-tokens';
import { Roster } from './roster';
import { RateSlots } from './rate-slots';
import { ClaimLedger, isIntentRow } from './claim-ledger';
import { ABSENCES_TABLE } from './absences';
import type { Absence } from '../framework/absences';
import { DurableWrites, type SaveAll } from './durable-writes';
import type { CivilDate } from '../framework/dates';
import type {
  BoardMeeting,
  Dispute,
  DisputeNote,
  ExpenseClaim,
  FrameworkSnapshot,
  Person,
  Review,
  Secondment,
  TrackerSubmission,
  Vacancy,
  VacancyEvent,
  Yos,
} from '../framework/records';
import { DEFAULT_LOCAL_POLICY, type LocalPolicy } from '../framework/local-policy';

export type { Review } from '../framework/records';

export const TABLE_NAMES = [
  'Yos',
  'People',
  'Secondments',
  'Reviews',
  'Boards',
  'TrackerSubmissions',
  'Disputes',
  'Vacancies',
  'VacancyTrail',
  'Absences',
  'DisputeNotes',
  'ExpenseClaims',
  'Audit',
  'ConversationRefs',
  'Outbox',
  'CalendarTokens',
  'Roster',
  'RateSlots',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export function boardRowKey(meeting: BoardMeeting): string {
  return `${meeting.meetingDate}_${meeting.board}`;
}

export function trackerRowKey(t: { meetingDate: string; yosId: string }): string {
  return `${t.meetingDate}_${t.yosId}`;
}

export const SNAPSHOT_TTL_MS = 3000;

export interface StoreOptions {
  /** Deadline for each storage call (STORAGE_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Local settings every snapshot carries, so all calculators and checks agree (default: the product defaults). */
  policy?: LocalPolicy;
  /** How to make acknowledged writes durable: the embedded store's flush (an Azure account needs none). */
  saveAll?: SaveAll;
}

export class Store {
  readonly audit: AuditLog;
  readonly yos: EntityTable<Yos>;
  readonly people: EntityTable<Person>;
  readonly secondments: EntityTable<Secondment>;
  readonly reviews: EntityTable<Review>;
  readonly boards: EntityTable<BoardMeeting>;
  readonly trackerSubmissions: EntityTable<TrackerSubmission>;
  readonly disputes: EntityTable<Dispute>;
  readonly vacancies: EntityTable<Vacancy>;
  readonly vacancyTrail: EntityTable<VacancyEvent>;
  readonly absences: EntityTable<Absence>;
  readonly disputeNotes: EntityTable<DisputeNote>;
  readonly claims: EntityTable<ExpenseClaim>;
  /** Claim state changes (submit, decide) with their audit entries and owed side effects. */
  readonly claimLedger: ClaimLedger;
  readonly conversationRefs: ConversationRefs;
  readonly outbox: Outbox;
  readonly calendarTokens: CalendarTokens;
  readonly roster: Roster;
  /** Bumped by every change made through this store, so caches built on it know to re-read. */
  changeCount = 0;

  readonly timeoutMs: number;
  readonly policy: LocalPolicy;
  private readonly service: TableServiceClient;
  private readonly tableNamed: (name: TableName) => Table;
  private readonly durableWrites: DurableWrites;

  private constructor(target: StorageTarget, options: StoreOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_STORAGE_TIMEOUT_MS;
    this.policy = options.policy ?? DEFAULT_LOCAL_POLICY;
    const durableWrites = (this.durableWrites = new DurableWrites(options.saveAll ?? null));
    this.service = tableServiceClient(target);
    this.tableNamed = (name) => new Table(tableClient(target, name), { timeoutMs: this.timeoutMs, onWrite: () => durableWrites.noteWrite() });
    const client = this.tableNamed;
    this.audit = new AuditLog(client('Audit'));
    this.audit.onRecord = () => this.changed();
    this.conversationRefs = new ConversationRefs(client('ConversationRefs'));
    this.outbox = new Outbox(client('Outbox'));
    this.calendarTokens = new CalendarTokens(client('CalendarTokens'));
    this.roster = new Roster(client('Roster'));
    const table = <T extends object>(spec: ConstructorParameters<typeof EntityTable<T>>[1]) =>
      new EntityTable<T>(client(spec.name as TableName), spec, this.audit);

    this.yos = table<Yos>({
      name: 'Yos',
      partitionOf: () => 'yos',
      rowKeyOf: (y) => y.yosId,
      idOf: (y) => y.yosId,
      partitionsForId: () => ['yos'],
    });
    this.people = table<Person>({
      name: 'People',
      partitionOf: () => 'person',
      rowKeyOf: (p) => p.email,
      idOf: (p) => p.email,
      partitionsForId: () => ['person'],
    });
    this.secondments = table<Secondment>({
      name: 'Secondments',
      partitionOf: (s) => (s.endedDate ? 'ended' : 'active'),
      rowKeyOf: (s) => s.secondmentId,
      idOf: (s) => s.secondmentId,
      partitionsForId: () => ['active', 'ended'],
      nullable: ['lastReviewDate', 'returnPlanHeldDate', 'endedDate'],
    });
    this.reviews = table<Review>({
      name: 'Reviews',
      partitionOf: (r) => r.secondmentId,
      rowKeyOf: (r) => r.reviewId,
      idOf: (r) => r.reviewId,
      partitionsForId: () => [],
    });
    this.boards = table<BoardMeeting>({
      name: 'Boards',
      partitionOf: () => 'board',
      rowKeyOf: boardRowKey,
      idOf: boardRowKey,
      partitionsForId: () => ['board'],
    });
    this.trackerSubmissions = table<TrackerSubmission>({
      name: 'TrackerSubmissions',
      partitionOf: (t) => t.meetingDate,
      rowKeyOf: (t) => t.yosId,
      idOf: trackerRowKey,
      partitionsForId: () => [],
    });
    this.disputes = table<Dispute>({
      name: 'Disputes',
      partitionOf: (d) => (d.status === 'resolved' ? 'closed' : 'open'),
      rowKeyOf: (d) => d.disputeId,
      idOf: (d) => d.disputeId,
      partitionsForId: () => ['open', 'closed'],
      nullable: ['linkManagerEmail', 'escalatedDate', 'escalatedBy', 'resolvedDate', 'resolvedBy', 'outcome'],
    });
    this.vacancies = table<Vacancy>({
      name: 'Vacancies',
      partitionOf: (v) => (v.filledDate ? 'filled' : 'open'),
      rowKeyOf: (v) => v.vacancyId,
      idOf: (v) => v.vacancyId,
      partitionsForId: () => ['open', 'filled'],
      nullable: ['filledDate', 'linkManagerEmail', 'stageDate', 'secondmentId', 'noApplicantsDate', 'noApplicantsDiscussedDate'],
      // Rows written before the 5.5 trail existed lack these fields.
      defaults: { cover: 'none', localArrangement: false, stage: 0 },
    });
    this.vacancyTrail = table<VacancyEvent>({
      name: 'VacancyTrail',
      partitionOf: (e) => e.vacancyId,
      rowKeyOf: (e) => e.eventId,
      idOf: (e) => `${e.vacancyId}/${e.eventId}`,
      partitionsForId: () => [],
      nullable: ['stage'],
    });
    this.absences = table<Absence>(ABSENCES_TABLE);
    this.disputeNotes = table<DisputeNote>({
      name: 'DisputeNotes',
      partitionOf: (n) => n.disputeId,
      rowKeyOf: (n) => n.noteId,
      idOf: (n) => `${n.disputeId}/${n.noteId}`,
      partitionsForId: () => [],
    });
    this.claims = table<ExpenseClaim>({
      name: 'ExpenseClaims',
      partitionOf: (c) => (c.status === 'pending' ? 'pending' : 'decided'),
      rowKeyOf: (c) => c.claimId,
      idOf: (c) => c.claimId,
      partitionsForId: () => ['pending', 'decided'],
      nullable: ['decidedBy', 'decidedAt', 'comment', 'secondeeConversationId', 'secondeeActivityId', 'approverConversationId', 'approverActivityId'],
      isRecord: (entity) => !isIntentRow(entity),
    });
    this.claimLedger = new ClaimLedger(client('ExpenseClaims'), this.claims, this.audit);
  }

  /** Connects and creates any missing table (safe to run from several instances at once). */
  static async open(target: StorageTarget, options: StoreOptions = {}): Promise<Store> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_STORAGE_TIMEOUT_MS;
    const store = new Store(target, { ...options, timeoutMs });
    for (const name of TABLE_NAMES) await new Table(tableClient(target, name), { timeoutMs }).createIfMissing();
    // Escalated disputes used to be filed as closed; now they stay open until resolved (9.1).
    // Reading the closed partition moves any such row back (resolved disputes are few).
    await store.disputes.listPartition('closed');
    return store;
  }

  /**
   * Resolves once every write made through this store so far is durable (on disk for the embedded
   * store; at once for an Azure account, or when nothing was written). Whatever tells a person a
   * change is done waits for this first; it throws when the store could not save.
   */
  durable(): Promise<void> {
    return this.durableWrites.wait();
  }

  /** The tenant-wide send budget shared by all instances, `perSlot` sends per second. */
  rateSlots(perSlot: number): RateSlots {
    return new RateSlots(this.tableNamed('RateSlots'), perSlot);
  }

  /** A cheap round trip to storage, for /healthz; fails (StorageUnavailableError) after `timeoutMs`. */
  async ping(timeoutMs = this.timeoutMs): Promise<void> {
    try {
      // Listing one table works on Azure and Azurite alike (Azurite lacks service properties).
      await this.service.listTables({ abortSignal: AbortSignal.timeout(timeoutMs) }).byPage({ maxPageSize: 1 }).next();
    } catch (err) {
      throw storageFailure(err, 'Tables', 'ping', timeoutMs);
    }
  }

  async trackerSubmissionsFor(meetingDates: string[]): Promise<TrackerSubmission[]> {
    const result: TrackerSubmission[] = [];
    for (const date of meetingDates) result.push(...(await this.trackerSubmissions.listPartition(date)));
    return result;
  }

  /** Boards on or after a date, oldest first (a range query on one partition). */
  async boardsFrom(date: CivilDate): Promise<BoardMeeting[]> {
    return this.boards.listPartition('board', date);
  }

  /**
   * The snapshot for `asOf`, reused for a few seconds: a chat answer needs one, and re-reading
   * seven partitions for every message is most of its cost. Any change made through this store
   * drops it at once; changes by other instances show within SNAPSHOT_TTL_MS.
   */
  async snapshot(asOf: CivilDate): Promise<FrameworkSnapshot> {
    const cached = this.cachedSnapshot;
    if (cached && cached.asOf === asOf && Date.now() - cached.at < SNAPSHOT_TTL_MS) return cached.value;
    const value = this.readSnapshot(asOf);
    this.cachedSnapshot = { asOf, at: Date.now(), value };
    value.catch(() => {
      if (this.cachedSnapshot?.value === value) this.cachedSnapshot = null;
    });
    return value;
  }

  private cachedSnapshot: { asOf: CivilDate; at: number; value: Promise<FrameworkSnapshot> } | null = null;

  /** A change was made through this store: the cached snapshot goes, caches built on it re-read. */
  private changed(): void {
    this.cachedSnapshot = null;
    this.changeCount++;
  }

  /** What the obligation calculators need for `asOf`: open partitions only, read now (no cache). */
  async readSnapshot(asOf: CivilDate): Promise<FrameworkSnapshot> {
    const [yos, people, secondments, boards, disputes, vacancies, claims, absences] = await Promise.all([
      this.yos.listPartition('yos'),
      this.people.listPartition('person'),
      this.secondments.listPartition('active'),
      this.boardsFrom(asOf),
      this.disputes.listPartition('open'),
      this.vacancies.listPartition('open'),
      this.claimLedger.pendingClaims(),
      this.absences.listPartition('open'),
    ]);
    const trackerSubmissions = await this.trackerSubmissionsFor([...new Set(boards.map((b) => b.meetingDate))]);
    return { yos, people, secondments, boards, trackerSubmissions, disputes, vacancies, claims, absences, policy: this.policy };
  }

  /**
   * Whether any change was recorded, by any instance, at or after `since` (an ISO time): every
   * change writes an audit entry, so this is one small query on the audit trail. For caches of the
   * snapshot, to tell "unchanged" without reading it again.
   */
  async changedSince(since: string): Promise<boolean> {
    return this.audit.anySince(since);
  }

  async personByAadObjectId(aadObjectId: string): Promise<Person | null> {
    const found = await this.people.findFirst(odata`PartitionKey eq 'person' and aadObjectId eq ${aadObjectId.toLowerCase()}`);
    return found ? { email: found.email, name: found.name, aadObjectId: found.aadObjectId } : null;
  }
}
