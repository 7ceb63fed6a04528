/**
 * Plain records: what the store keeps and the framework reasons about. No storage or Teams types
 * here, so the rules can be tested without servers. Emails are always stored lower-case.
 */
import type { CivilDate } from './dates';

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

export interface Person {
  email: string;
  name: string;
  aadObjectId?: string;
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

export interface Dispute {
  disputeId: string;
  yosId: string;
  raisedDate: CivilDate;
  raisedByEmail: string;
  summary: string;
  status: DisputeStatus;
}

export interface Vacancy {
  vacancyId: string;
  yosId: string;
  grade: Grade;
  fte: number;
  openedDate: CivilDate;
  filledDate: CivilDate | null;
}

export type ClaimStatus = 'pending' | 'approved' | 'rejected';

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
  /** Open disputes only. */
  disputes: Dispute[];
  /** Open (unfilled) vacancies only. */
  vacancies: Vacancy[];
  /** Pending claims only. */
  claims: ExpenseClaim[];
}

/** A person's name for cards and answers; their email when they are not in the records. */
export function personName(snapshot: Pick<FrameworkSnapshot, 'people'>, email: string): string {
  return snapshot.people.find((p) => p.email === email)?.name ?? email;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
