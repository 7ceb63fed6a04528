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
}

export interface EndSecondmentInput {
  secondmentId: string;
  endedDate: string;
}

export interface RaiseDisputeInput {
  yosId: string;
  summary: string;
}

export interface DisputeRef {
  disputeId: string;
}

export interface OpenVacancyInput {
  yosId: string;
  grade: string;
  fte: string;
}

export interface FillVacancyInput {
  vacancyId: string;
  filledDate: string;
}

export interface SubmitTrackerInput {
  yosId: string;
  meetingDate: string;
}
