/**
 * The card verbs (Action.Execute `verb`s in cards/*.json) as one typed union, with a parser per
 * verb that turns the card's untrusted data into that verb's typed input, or a clear error.
 * The bot registers one handler per verb from this list; test/cards checks that every verb a
 * template uses is here and that every verb here is used by some template.
 */
import type {
  AbsenceRef,
  AgreeCoverInput,
  EndAbsenceInput,
  RecordAbsenceInput,
  ClaimFormInput,
  ClaimRef,
  CorrectStageInput,
  DeadlineRef,
  DecideClaimInput,
  DisputeNoteInput,
  DisputeRef,
  EscalateDisputeInput,
  EndSecondmentInput,
  FillVacancyInput,
  OpenVacancyInput,
  RaiseDisputeInput,
  RecordReviewInput,
  ResolveDisputeInput,
  SubmitTrackerInput,
  VacancyNoteInput,
  VacancyRef,
  VacancyStageInput,
  VacancyUpdateInput,
} from '../framework/workflow-inputs';
import { SUBMISSION_ID } from '../framework/ids';

/** The typed data each verb's handler receives. */
export interface VerbData {
  'claim.submit': ClaimFormInput;
  'claim.decide': DecideClaimInput;
  'claim.refresh': ClaimRef;
  'claim.open': ClaimRef;
  'claim.withdraw': ClaimRef;
  'review.record': RecordReviewInput;
  'secondment.end': EndSecondmentInput;
  'dispute.raise': RaiseDisputeInput;
  'dispute.view': DisputeRef & { outcome: string };
  'dispute.resolve': ResolveDisputeInput;
  'dispute.escalate': EscalateDisputeInput;
  'dispute.note': DisputeNoteInput;
  'vacancy.open': OpenVacancyInput;
  'vacancy.view': VacancyRef;
  'vacancy.stage': VacancyStageInput;
  'vacancy.update': VacancyUpdateInput;
  'vacancy.fill': FillVacancyInput;
  'vacancy.no-applicants': VacancyNoteInput;
  'vacancy.discussion': VacancyNoteInput;
  'tracker.submit': SubmitTrackerInput;
  'absence.record': RecordAbsenceInput;
  'absence.view': AbsenceRef;
  'absence.cover': AgreeCoverInput;
  'absence.end': EndAbsenceInput;
  'vacancy.correct': CorrectStageInput;
  'deadlines.show': Record<string, never>;
  'deadline.open': DeadlineRef;
  'reminder.refresh': DeadlineRef;
}

export const CARD_VERBS = [
  'claim.submit',
  'claim.decide',
  'claim.refresh',
  'claim.open',
  'claim.withdraw',
  'review.record',
  'secondment.end',
  'dispute.raise',
  'dispute.view',
  'dispute.resolve',
  'dispute.escalate',
  'dispute.note',
  'vacancy.open',
  'vacancy.view',
  'vacancy.stage',
  'vacancy.update',
  'vacancy.fill',
  'vacancy.no-applicants',
  'vacancy.discussion',
  'tracker.submit',
  'absence.record',
  'absence.view',
  'absence.cover',
  'absence.end',
  'vacancy.correct',
  'deadlines.show',
  'deadline.open',
  'reminder.refresh',
] as const satisfies readonly (keyof VerbData)[];

export type CardVerb = (typeof CARD_VERBS)[number];

// Compile-time check that the list and VerbData name the same verbs.
const everyVerbListed: Exclude<keyof VerbData, CardVerb> extends never ? true : never = true;
void everyVerbListed;

export function isCardVerb(verb: unknown): verb is CardVerb {
  return typeof verb === 'string' && (CARD_VERBS as readonly string[]).includes(verb);
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; error: string };

type Raw = Record<string, unknown>;
type Parser<T> = (raw: Raw) => Parsed<T>;

/** Raised inside a parser for data that cannot be used; turned into Parsed's error. */
class BadData extends Error {}

/** Typed-in text: trimmed and capped; anything but a string reads as empty (the service says what is missing). */
function text(raw: unknown, max: number): string {
  return typeof raw === 'string' ? raw.trim().slice(0, max) : '';
}

/**
 * Record ids are what imports accept and the bot makes: letters, digits, `.`, `_` and `-`, at most
 * 64. Nothing else from a card (`/`, `#`, `?`, quotes, control characters, kilobyte strings) ever
 * reaches a storage key or query.
 */
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** A record id chosen from a ChoiceSet; anything else reads as no choice (the service asks for one). */
function choice(raw: unknown): string {
  return typeof raw === 'string' && RECORD_ID.test(raw) ? raw : '';
}

/** A record id the card carries: required and well-formed, else the record "cannot be found". */
function id(raw: unknown, notFound: string): string {
  if (typeof raw !== 'string' || !RECORD_ID.test(raw)) throw new BadData(notFound);
  return raw;
}

/** The form's submission id: absent on cards made before forms had one; anything malformed is refused. */
function submission(raw: Raw): { submissionId?: string } {
  if (raw.submissionId === undefined || raw.submissionId === '') return {};
  if (typeof raw.submissionId !== 'string' || !SUBMISSION_ID.test(raw.submissionId)) throw new BadData(STALE_FORM);
  return { submissionId: raw.submissionId };
}

const STALE_FORM = 'This form cannot be used any more; ask me for a new one.';

/** Claim form fields as typed; Input.Number may arrive as a number. */
function formField(raw: unknown): string {
  return typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '';
}

const CLAIM_NOT_FOUND = 'I cannot find that claim.';
const SECONDMENT_NOT_FOUND = 'I cannot find an active secondment for that.';

function claimForm(raw: Raw): ClaimFormInput {
  return {
    travelDate: formField(raw.travelDate),
    from: formField(raw.from),
    to: formField(raw.to),
    purpose: formField(raw.purpose),
    mileage: formField(raw.mileage),
    amount: formField(raw.amount),
    saturdayCourt: formField(raw.saturdayCourt),
    confirmAmount: formField(raw.confirmAmount),
    ...submission(raw),
  };
}

function decision(raw: Raw): DecideClaimInput {
  if (raw.decision !== 'approve' && raw.decision !== 'reject') throw new BadData('That is not a decision I recognise.');
  const claimId = id(raw.claimId, CLAIM_NOT_FOUND);
  if (raw.yosId !== undefined && (typeof raw.yosId !== 'string' || !RECORD_ID.test(raw.yosId))) throw new BadData('This card does not match the claim; nothing was changed.');
  // The comment box's id names its claim: ids are unique per card, and a chat shows many claim cards.
  // Reject has its own reason box (inside its Reject form); approve takes the optional comment. The
  // ids name the claim: ids are unique per card, and a chat shows many claim cards.
  const typed = raw.decision === 'reject' ? (raw[`rejectReason-${claimId}`] ?? raw[`comment-${claimId}`]) : raw[`comment-${claimId}`];
  return { claimId, decision: raw.decision, yosId: raw.yosId, comment: text(typed ?? raw.comment, 500) };
}

function review(raw: Raw): RecordReviewInput {
  // A card without a kind is the three-way review form.
  const kind = raw.kind === 'return-plan' ? 'return-plan' : raw.kind === 'three-way-review' || raw.kind === undefined ? 'three-way-review' : null;
  if (!kind) throw new BadData('That is not a kind of meeting I record.');
  return {
    secondmentId: id(raw.secondmentId, SECONDMENT_NOT_FOUND),
    kind,
    heldDate: text(raw.heldDate, 20),
    attendees: text(raw.attendees, 300),
    recruitmentStarted: choice(raw.recruitmentStarted),
    ...submission(raw),
  };
}

/** The choice on dispute and vacancy forms meaning "the link managers of that YOS" (a choice value may not be empty). */
export const ALL_LINK_MANAGERS = 'all';

/** An email chosen from a ChoiceSet (the services check it is a person on record); anything else reads as no choice. */
const EMAIL = /^[^\s@/\\#?'"<>]{1,64}@[A-Za-z0-9.-]{1,190}$/;

function linkManagerChoice(raw: unknown): string {
  if (raw === ALL_LINK_MANAGERS || typeof raw !== 'string' || !EMAIL.test(raw)) return '';
  return raw;
}

const DISPUTE_NOT_FOUND = 'I cannot find that dispute.';
const ABSENCE_NOT_FOUND = 'I cannot find that absence.';
const VACANCY_NOT_FOUND = 'I cannot find that vacancy.';

function openVacancy(raw: Raw): OpenVacancyInput {
  return {
    yosId: choice(raw.yosId),
    grade: text(raw.grade, 3),
    fte: formField(raw.fte).trim().slice(0, 6),
    openedDate: text(raw.openedDate, 20),
    cover: choice(raw.cover),
    localArrangement: choice(raw.localArrangement),
    linkManagerEmail: linkManagerChoice(raw.linkManagerEmail),
    ...submission(raw),
  };
}

function vacancyStage(raw: Raw): VacancyStageInput {
  // The vacancy card has two cover inputs (stage form, review form); ids are unique per card.
  const cover = choice(raw.stageCover ?? raw.cover);
  return { vacancyId: id(raw.vacancyId, VACANCY_NOT_FOUND), stage: choice(raw.stage), date: text(raw.date, 20), evidence: text(raw.evidence, 1000), cover };
}

function vacancyUpdate(raw: Raw): VacancyUpdateInput {
  return {
    vacancyId: id(raw.vacancyId, VACANCY_NOT_FOUND),
    cover: choice(raw.cover),
    fte: formField(raw.fte).trim().slice(0, 6),
    linkManagerEmail: linkManagerChoice(raw.linkManagerEmail),
    localArrangement: choice(raw.localArrangement),
    note: text(raw.note, 1000),
  };
}

/** The vacancy card's two note forms have their own input ids (ids are unique per card): `<prefix>Date`, `<prefix>Note`. */
function vacancyNote(prefix: 'noApplicants' | 'discussion'): (raw: Raw) => VacancyNoteInput {
  return (raw) => ({ vacancyId: id(raw.vacancyId, VACANCY_NOT_FOUND), date: text(raw[`${prefix}Date`], 20), note: text(raw[`${prefix}Note`], 1000) });
}

/** Only the confirmation card's own button says so; anything else is a first press. */
function confirmed(raw: Raw): boolean {
  return raw.confirmed === true || raw.confirmed === 'true';
}

/** An obligation kind and the record it is about (`yos@date` for a tracker). */
function deadlineRef(raw: Raw): DeadlineRef {
  const kind = typeof raw.kind === 'string' && /^[a-z0-9-]{1,40}$/.test(raw.kind) ? raw.kind : '';
  const subject = typeof raw.subjectId === 'string' ? raw.subjectId : '';
  const [recordId, date, ...rest] = subject.split('@');
  const wellFormed = RECORD_ID.test(recordId ?? '') && (date === undefined || /^\d{4}-\d{2}-\d{2}$/.test(date)) && rest.length === 0;
  if (!kind || !wellFormed) throw new BadData('This card is out of date; type my deadlines to see what is due.');
  return { kind, subjectId: subject };
}

const PARSERS: { [V in CardVerb]: (raw: Raw) => VerbData[V] } = {
  'claim.submit': claimForm,
  'claim.decide': decision,
  'claim.refresh': (raw) => ({ claimId: id(raw.claimId, CLAIM_NOT_FOUND) }),
  'claim.open': (raw) => ({ claimId: id(raw.claimId, CLAIM_NOT_FOUND) }),
  'claim.withdraw': (raw) => ({ claimId: id(raw.claimId, CLAIM_NOT_FOUND) }),
  'review.record': review,
  'secondment.end': (raw) => ({ secondmentId: id(raw.secondmentId, SECONDMENT_NOT_FOUND), endedDate: text(raw.endedDate, 20) }),
  'dispute.raise': (raw) => ({ yosId: choice(raw.yosId), summary: text(raw.summary, 1000), linkManagerEmail: linkManagerChoice(raw.linkManagerEmail), ...submission(raw) }),
  'dispute.view': (raw) => ({ disputeId: id(raw.disputeId, DISPUTE_NOT_FOUND), outcome: text(raw.outcome, 1000) }),
  'dispute.resolve': (raw) => ({ disputeId: id(raw.disputeId, DISPUTE_NOT_FOUND), outcome: text(raw.outcome, 1000), confirmed: confirmed(raw) }),
  'dispute.escalate': (raw) => ({ disputeId: id(raw.disputeId, DISPUTE_NOT_FOUND), confirmed: confirmed(raw) }),
  'dispute.note': (raw) => ({ disputeId: id(raw.disputeId, DISPUTE_NOT_FOUND), note: text(raw.note, 1000) }),
  'vacancy.open': openVacancy,
  'vacancy.view': (raw) => ({ vacancyId: id(raw.vacancyId, VACANCY_NOT_FOUND) }),
  'vacancy.stage': vacancyStage,
  'vacancy.update': vacancyUpdate,
  'vacancy.fill': (raw) => ({ vacancyId: id(raw.vacancyId, VACANCY_NOT_FOUND), filledDate: text(raw.filledDate, 20) }),
  'vacancy.no-applicants': vacancyNote('noApplicants'),
  'vacancy.discussion': vacancyNote('discussion'),
  'tracker.submit': (raw) => ({ yosId: choice(raw.yosId), meetingDate: text(raw.meetingDate, 20) }),
  'absence.record': (raw) => ({
    secondmentId: choice(raw.secondmentId),
    kind: choice(raw.kind),
    startDate: text(raw.startDate, 20),
    expectedReturnDate: text(raw.expectedReturnDate, 20),
    ...submission(raw),
  }),
  'absence.view': (raw) => ({ absenceId: id(raw.absenceId, ABSENCE_NOT_FOUND) }),
  'absence.end': (raw) => ({ absenceId: id(raw.absenceId, ABSENCE_NOT_FOUND), endedDate: text(raw.endedDate, 20) }),
  'absence.cover': (raw) => ({ absenceId: id(raw.absenceId, ABSENCE_NOT_FOUND), decision: choice(raw.decision), agreedDate: text(raw.agreedDate, 20), note: text(raw.note, 1000) }),
  'vacancy.correct': (raw) => ({ vacancyId: id(raw.vacancyId, VACANCY_NOT_FOUND), date: text(raw.correctedDate, 20), reason: text(raw.reason, 500) }),
  'deadlines.show': () => ({}),
  'deadline.open': deadlineRef,
  'reminder.refresh': deadlineRef,
};

/** The verb's typed data from a card's data (anything that is not an object reads as empty). */
export function parseVerbData<V extends CardVerb>(verb: V, data: unknown): Parsed<VerbData[V]> {
  const raw: Raw = data && typeof data === 'object' && !Array.isArray(data) ? (data as Raw) : {};
  const parse: Parser<VerbData[V]> = (r) => ({ ok: true, data: PARSERS[verb](r) as VerbData[V] });
  try {
    return parse(raw);
  } catch (err) {
    if (err instanceof BadData) return { ok: false, error: err.message };
    throw err;
  }
}
