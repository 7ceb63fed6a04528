/**
 * What each card workflow receives once its card data has been read (src/views/verbs.ts parses
 * it): plain typed values, still unchecked against the records (the services do that).
 */

/** The claim form's fields as typed (strings; validateClaimForm reads them). */
export interface ClaimFormInput {
  travelDate: string;
  from: string;
  to: string;
  purpose: string;
  mileage: string;
  amount: string;
  saturdayCourt: string;
  /** The amount in pence the secondee ticked as right, for an amount that needs confirming ('' or 'false': not ticked). */
  confirmAmount?: string;
  /** The form's submission id (idempotent create); absent on cards older than it. */
  submissionId?: string;
}

export type ClaimDecision = 'approve' | 'reject';

export interface DecideClaimInput {
  claimId: string;
  decision: ClaimDecision;
  /** The YOS the button was made for; checked against the claim's own (card data is not trusted). */
  yosId?: string;
  comment: string;
}

export interface ClaimRef {
  claimId: string;
}

export type MeetingKind = 'three-way-review' | 'return-plan';

export interface RecordReviewInput {
  secondmentId: string;
  kind: MeetingKind;
  heldDate: string;
  attendees: string;
  /** Return plans (5.4): has recruitment for the replacement started? `yes`, `no`, or '' (not answered). */
  recruitmentStarted: string;
  /** The form's submission id (idempotent create); absent on cards older than it. */
  submissionId?: string;
}

export interface EndSecondmentInput {
  secondmentId: string;
  endedDate: string;
}

export interface RaiseDisputeInput {
  yosId: string;
  summary: string;
  /** The NPS link manager concerned (9.1); '' = the link managers of that YOS. */
  linkManagerEmail: string;
  /** The form's submission id (idempotent create); absent on cards older than it. */
  submissionId?: string;
}

export interface DisputeRef {
  disputeId: string;
}

export interface ResolveDisputeInput extends DisputeRef {
  /** The outcome, for the record and the Governance Board (9.1). */
  outcome: string;
  /** Pressed on the confirmation card: nothing closes a dispute in one press. */
  confirmed: boolean;
}

export interface EscalateDisputeInput extends DisputeRef {
  confirmed: boolean;
}

export interface DisputeNoteInput extends DisputeRef {
  note: string;
}

/** A stage date put right: the vacancy's latest stage, by whoever recorded it. */
export interface CorrectStageInput {
  vacancyId: string;
  date: string;
  reason: string;
}

/** An item of "my deadlines" (or a reminder) to open: its kind and the record it is about. */
export interface DeadlineRef {
  kind: string;
  subjectId: string;
}

export interface OpenVacancyInput {
  yosId: string;
  grade: string;
  fte: string;
  /** When the post fell (or falls) vacant; '' = today. */
  openedDate: string;
  cover: string;
  /** `true` for a fractional PSO post left unfilled by local arrangement (5.5). */
  localArrangement: string;
  linkManagerEmail: string;
  /** The form's submission id (idempotent create); absent on cards older than it. */
  submissionId?: string;
}

export interface VacancyRef {
  vacancyId: string;
}

/** A stage of the 5.5 process reached, with its evidence. */
export interface VacancyStageInput extends VacancyRef {
  stage: string;
  date: string;
  evidence: string;
  cover: string;
}

/** The link manager's review (5.3): what changed, and why. */
export interface VacancyUpdateInput extends VacancyRef {
  cover: string;
  fte: string;
  linkManagerEmail: string;
  localArrangement: string;
  note: string;
}

export interface FillVacancyInput {
  vacancyId: string;
  filledDate: string;
}

/** 5.6: an absence on a secondment, as typed on the form. */
export interface RecordAbsenceInput {
  secondmentId: string;
  kind: string;
  startDate: string;
  /** '' = not known. */
  expectedReturnDate: string;
  /** The form's submission id (idempotent create); absent on cards older than it. */
  submissionId?: string;
}

export interface AbsenceRef {
  absenceId: string;
}

/** 5.6: the cover (or, for sickness, the other solution) agreed. */
export interface AgreeCoverInput extends AbsenceRef {
  /** `cover` (a vacancy runs the 5.5 staged process) or `no-cover` (sickness only, with a note). */
  decision: string;
  agreedDate: string;
  note: string;
}

/** The secondee is back: the absence is over (5.6 cover no longer needed). */
export interface EndAbsenceInput extends AbsenceRef {
  endedDate: string;
}

export interface SubmitTrackerInput {
  yosId: string;
  meetingDate: string;
}

/** 5.5 "no applicants" recorded, or the discussion with the NPS lead held: when, and a note. */
export interface VacancyNoteInput {
  vacancyId: string;
  date: string;
  note: string;
}
