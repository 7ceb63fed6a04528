/**
 * Plain records: what the store keeps and the framework reasons about. No storage or Teams types
 * here, so the rules can be tested without servers. Emails are always stored lower-case.
 */
import type { CivilDate } from './dates';
import type { LocalPolicy } from './local-policy';
import type { Absence } from './absences';

export type Grade = 'PO' | 'PSO';
export const GRADES: readonly Grade[] = ['PO', 'PSO'];

export interface Yos {
  yosId: string;
  name: string;
  division: string;
  yotManagerEmail: string;
  yosSeniorManagerEmail: string;
  headOfLduEmail: string;
  spocEmail: string;
  /** Optional deputy who may sign off T&S claims when the YOT manager is away (5.4). */
  deputyEmail?: string;
}

/**
 * A role a person holds across every YOS, set in the people file: the NPS portfolio lead, who
 * chairs the YOS Governance Board (9.1) and has the Recruitment Vacancy Tracker reviewed at each
 * Board meeting (5.3). Every other role comes from the yos and secondments files.
 */
export type PersonRole = 'portfolio_lead';
export const PERSON_ROLES: readonly PersonRole[] = ['portfolio_lead'];

export interface Person {
  email: string;
  name: string;
  aadObjectId?: string;
  role?: PersonRole;
}

/** The NPS portfolio lead(s) in the records (people with `role` = `portfolio_lead`). */
export function portfolioLeads(snapshot: Pick<FrameworkSnapshot, 'people'>): string[] {
  return snapshot.people.filter((p) => p.role === 'portfolio_lead').map((p) => p.email);
}

export interface Secondment {
  secondmentId: string;
  yosId: string;
  secondeeEmail: string;
  grade: Grade;
  fte: number;
  startDate: CivilDate;
  plannedEndDate: CivilDate;
  linkManagerEmail: string;
  /** Latest three-way review held (framework 5.3); null until the first one. */
  lastReviewDate: CivilDate | null;
  /** When the return-planning three-way meeting was held (5.4); null until then. */
  returnPlanHeldDate: CivilDate | null;
  /** Set when the secondment has ended; an ended secondment has no open obligations. */
  endedDate: CivilDate | null;
}

/** A three-way review or return-plan meeting as recorded (5.3, 5.4). */
export interface Review {
  reviewId: string;
  secondmentId: string;
  kind: 'three-way-review' | 'return-plan';
  heldDate: CivilDate;
  attendees: string;
  recordedBy: string;
  /** Return plans (5.4): whether recruitment for the replacement had started; null for reviews. */
  recruitmentStarted?: boolean | null;
  /** The vacancy the return plan opened when recruitment had not started. */
  vacancyId?: string | null;
}

/** Where to reach a person in Teams: their personal chat with the bot. */
export interface ConversationRef {
  aadObjectId: string;
  email: string | null;
  userId: string;
  name: string;
  conversationId: string;
  serviceUrl: string;
  tenantId: string;
  channelId: string;
  botId: string;
  updatedAt: string;
  unreachableReason: string | null;
  /** How the chat was first opened: by the person, from a team roster, or by installing the app through Graph. */
  via?: ReachedVia;
}

export type ReachedVia = 'chat' | 'roster' | 'installed';

export interface BoardMeeting {
  board: string;
  meetingDate: CivilDate;
}

export interface TrackerSubmission {
  meetingDate: CivilDate;
  yosId: string;
  submittedBy: string;
  submittedDate: CivilDate;
}

export type DisputeStatus = 'open' | 'escalated' | 'resolved';
export const DISPUTE_STATUSES: readonly DisputeStatus[] = ['open', 'escalated', 'resolved'];

/** A dispute about the framework's details (9.1). An escalated dispute stays open until resolved. */
export interface Dispute {
  disputeId: string;
  yosId: string;
  raisedDate: CivilDate;
  raisedByEmail: string;
  summary: string;
  status: DisputeStatus;
  /** The NPS link manager concerned (9.1); null = the link managers of that YOS. */
  linkManagerEmail: string | null;
  /** When it went to the Head of LDU and YOS senior manager: by hand, or automatically the day after day 28. */
  escalatedDate: CivilDate | null;
  /** Who escalated it, or `automatic` for the escalation after the 28 days. */
  escalatedBy: string | null;
  resolvedDate: CivilDate | null;
  resolvedBy: string | null;
  /** The outcome, for the Governance Board (9.1: "the issues and outcome"). */
  outcome: string | null;
}

/** A note added to a dispute by one of the people working on it (kept with the dispute, never edited). */
export interface DisputeNote {
  disputeId: string;
  /** Sortable and unique within the dispute: ISO time of recording + random suffix. */
  noteId: string;
  by: string;
  at: string;
  text: string;
}

/**
 * Temporary cover in a vacant post (5.5): `agency` = an operational agency temp (stages 2-3),
 * `yot-temp` = a temporary worker the YOT secured and invoices to the NPS (stage 4).
 */
export type VacancyCover = 'none' | 'agency' | 'yot-temp';
export const VACANCY_COVERS: readonly VacancyCover[] = ['none', 'agency', 'yot-temp'];

export interface Vacancy {
  vacancyId: string;
  yosId: string;
  grade: Grade;
  fte: number;
  /** When the post fell (or, from a return plan, will fall) vacant: the 5.5 clock starts here. */
  openedDate: CivilDate;
  filledDate: CivilDate | null;
  cover: VacancyCover;
  /**
   * A fractional PSO post left unfilled by local arrangement: 5.5 says no stage-5 funding replaces
   * it, so no stage-5 obligation is raised.
   */
  localArrangement: boolean;
  /** The NPS link manager reviewing it (5.3); null = the link managers of that YOS. */
  linkManagerEmail: string | null;
  /** Highest stage of the 5.5 process recorded (0 = none yet) and when it was reached. */
  stage: number;
  stageDate: CivilDate | null;
  /** The secondment whose return plan opened it, if any (5.4). */
  secondmentId: string | null;
  /** 5.5 "Where there are no applicants": when the NPS recorded it (the YOT manager is told). */
  noApplicantsDate?: CivilDate | null;
  /** When the discussion between the YOT manager and the NPS lead that follows was recorded as held. */
  noApplicantsDiscussedDate?: CivilDate | null;
}

/** `correction`: a stage date put right by whoever recorded it (the earlier row stays in the trail). */
export type VacancyEventKind = 'opened' | 'stage' | 'review' | 'filled' | 'no-applicants' | 'discussion' | 'correction';

/** One row of a vacancy's evidence trail (5.5: "a clear evidence trail"). */
export interface VacancyEvent {
  vacancyId: string;
  /** Sortable and unique within the vacancy: ISO time of recording + random suffix. */
  eventId: string;
  kind: VacancyEventKind;
  /** The 5.5 stage, for `stage` events. */
  stage: number | null;
  /** When it happened (may be earlier than when it was recorded). */
  date: CivilDate;
  recordedBy: string;
  recordedAt: string;
  evidence: string;
  /** What changed (cover, FTE, link manager) or any remark. */
  note: string;
  /** Cover after this event. */
  cover: VacancyCover;
}

/** 'withdrawn': the secondee took back a pending claim (never decided, never paid). */
export type ClaimStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export interface ExpenseClaim {
  claimId: string;
  yosId: string;
  secondmentId: string;
  secondeeEmail: string;
  /** The YOT manager who must sign it off (5.4). */
  approverEmail: string;
  submittedDate: CivilDate;
  travelDate: CivilDate;
  from: string;
  to: string;
  purpose: string;
  mileage: number;
  amountPence: number;
  saturdayCourt: boolean;
  status: ClaimStatus;
  /** Where the cards live, so a decision can update both in place. */
  secondeeConversationId: string | null;
  secondeeActivityId: string | null;
  approverConversationId: string | null;
  approverActivityId: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
}

/** Everything the obligation calculators need, already loaded by the caller. */
export interface FrameworkSnapshot {
  yos: Yos[];
  people: Person[];
  /** Active (not ended) secondments. */
  secondments: Secondment[];
  /** Board meetings from which obligations may still be open (upcoming ones). */
  boards: BoardMeeting[];
  trackerSubmissions: TrackerSubmission[];
  /** Unresolved disputes only (open or escalated). */
  disputes: Dispute[];
  /** Open (unfilled) vacancies only. */
  vacancies: Vacancy[];
  /** Pending claims only. */
  claims: ExpenseClaim[];
  /** Absences whose cover is still to be settled (5.6); absent = none. */
  absences?: Absence[];
  /** Local settings (sign-off days, SPOC powers); absent = the product defaults. */
  policy?: LocalPolicy;
}

/** A person's name for cards and answers; their email when they are not in the records. */
export function personName(snapshot: Pick<FrameworkSnapshot, 'people'>, email: string): string {
  return snapshot.people.find((p) => p.email === email)?.name ?? email;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
