/** Card data for the workflow cards (forms, the claim card, deadlines, calendar). */
import { formatLong, type CivilDate } from '../framework/dates';
import type { Obligation } from '../framework/obligations';
import { personName, type ExpenseClaim, type FrameworkSnapshot, type Secondment, type Yos } from '../framework/records';
import { DEFAULT_LOCAL_POLICY, describeLocalPolicy, type LocalPolicy } from '../framework/local-policy';
import { claimApprover, claimApproverRule, mayDecideClaim } from '../framework/permissions';
import { formatPounds, statusLine } from './format';
import { renderCard, type CardJson } from './templates';
import { ALL_LINK_MANAGERS } from './verbs';

export interface FormState {
  problem?: string | null;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  /** The form's submission id (src/framework/ids.ts), kept when the form is shown again. */
  submissionId?: string;
}

const choices = (yos: Yos[]) => yos.map((y) => ({ title: y.name, value: y.yosId }));

/**
 * Who signs the claim off, as the form says it: 5.4's YOT manager, or (`productRule`, when the
 * claimant is that manager) the person a product rule chose, said to be so.
 */
export function signOffText(approverName: string, productRule: string | null = null): string {
  const evidence = 'your link manager also receives the evidence (5.3).';
  return productRule
    ? `${approverName} signs it off ${productRule}, before you submit it through SOP; ${evidence}`
    : `Your YOT manager, ${approverName}, signs it off before you submit it through SOP (framework 5.4); ${evidence}`;
}

export function expenseFormCard(
  today: CivilDate,
  approverName: string,
  isPso: boolean,
  state: FormState = {},
  policy: LocalPolicy = DEFAULT_LOCAL_POLICY,
  approverRule: string | null = null,
): CardJson {
  const values = { travelDate: today, from: '', to: '', purpose: '', mileage: '', amount: '', saturdayCourt: 'false', confirmFor: '', confirmAmount: '', ...state.values };
  // The sign-off days and any claim limits are the product's or the division's, not the framework's: said so on the form.
  const policyNote = describeLocalPolicy(policy)
    .filter((line) => line.startsWith('T&S'))
    .join(' ');
  return renderCard('expense-form', { today, signOffText: signOffText(approverName, approverRule), isPso, problem: state.problem ?? null, errors: state.errors ?? {}, values, policyNote, submissionId: state.submissionId ?? '' });
}

export interface ClaimViewer {
  email: string;
  /** Teams user ids (MRIs) that should see their own view when the card refreshes. */
  refreshUserIds: string[];
}

type Facts = { title: string; value: string }[];
type Namer = (email: string | null) => string;

/** What was claimed: the same facts on the claim card and in the sign-off reminder. */
export function claimFacts(claim: ExpenseClaim): Facts {
  return [
    { title: 'Travel date', value: formatLong(claim.travelDate) },
    { title: 'Journey', value: `${claim.from} to ${claim.to}` },
    { title: 'Purpose', value: claim.purpose },
    ...(claim.mileage ? [{ title: 'Mileage', value: `${claim.mileage} miles` }] : []),
    ...(claim.amountPence ? [{ title: 'Other costs', value: formatPounds(claim.amountPence) }] : []),
    ...(claim.saturdayCourt ? [{ title: 'Saturday court', value: 'Yes, by agreement' }] : []),
  ];
}

export const CLAIM_STATUS_WORD: Record<ExpenseClaim['status'], string> = { pending: 'Waiting for sign-off', approved: 'Approved', rejected: 'Rejected', withdrawn: 'Withdrawn' };

/** The status line as the viewer should read it: the approver is not "waiting for" herself. */
function claimStatusText(claim: ExpenseClaim, viewer: string, canDecide: boolean, name: Namer): string {
  if (claim.status === 'pending') {
    if (!canDecide) return `Waiting for sign-off by ${name(claim.approverEmail)}`;
    return viewer === claim.approverEmail ? 'Waiting for your sign-off' : `Waiting for your sign-off, as deputy for ${name(claim.approverEmail)}`;
  }
  const decidedOn = claim.decidedAt ? formatLong(claim.decidedAt.slice(0, 10)) : '';
  const by = claim.decidedBy === viewer ? 'you' : name(claim.decidedBy);
  return `${CLAIM_STATUS_WORD[claim.status]} by ${by} on ${decidedOn}`;
}

/** What the decision means for the viewer, and the approver's comment for everyone who sees the card. */
function claimNotes(claim: ExpenseClaim, viewer: string, snapshot: FrameworkSnapshot): string[] {
  const next = claim.status === 'approved' && viewer === claim.secondeeEmail ? [`Now submit the claim through SOP quoting reference ${claim.claimId}.`] : [];
  // 5.3 secondee: evidence of T&S claims goes to the YOS manager and the link manager.
  const isLinkManager = snapshot.secondments.some((s) => s.secondmentId === claim.secondmentId && s.linkManagerEmail === viewer);
  const evidence = isLinkManager && claim.status !== 'pending' ? ["Sent to you as the secondee's link manager: the evidence of this decision for the recharge (framework 5.3)."] : [];
  const comment = claim.status !== 'pending' && claim.comment ? [`${claim.status === 'rejected' ? 'Reason' : 'Comment'}: ${claim.comment}`] : [];
  return [...approverNote(claim, snapshot), ...next, ...evidence, ...comment];
}

/** Why someone other than 5.4's YOT manager signs: the claimant is that manager (a product rule). */
function approverNote(claim: ExpenseClaim, snapshot: FrameworkSnapshot): string[] {
  const yos = snapshot.yos.find((y) => y.yosId === claim.yosId);
  if (!yos) return [];
  const approver = claimApprover(yos, claim.secondeeEmail);
  if (!approver.productRule || approver.email !== claim.approverEmail) return [];
  return [`${personName(snapshot, approver.email)} signs this claim off ${claimApproverRule(approver)}.`];
}

export function claimCard(claim: ExpenseClaim, viewer: ClaimViewer, snapshot: FrameworkSnapshot, problem: string | null = null): CardJson {
  const name: Namer = (email) => (email ? personName(snapshot, email) : '');
  const yos = snapshot.yos.find((y) => y.yosId === claim.yosId);
  const canDecide = claim.status === 'pending' && !!yos && mayDecideClaim(viewer.email, claim, yos, snapshot).ok;
  return renderCard('expense-claim', {
    claimId: claim.claimId,
    yosId: claim.yosId,
    statusText: claimStatusText(claim, viewer.email, canDecide, name),
    statusColor: claim.status === 'approved' ? 'Good' : claim.status === 'rejected' ? 'Attention' : claim.status === 'withdrawn' ? 'Default' : 'Warning',
    facts: [
      { title: 'Secondee', value: name(claim.secondeeEmail) },
      { title: 'YOS', value: yos?.name ?? claim.yosId },
      ...claimFacts(claim),
      { title: 'Submitted', value: formatLong(claim.submittedDate) },
    ],
    notes: claimNotes(claim, viewer.email, snapshot),
    problem,
    canDecide,
    refreshUserIds: viewer.refreshUserIds,
  });
}

export function reviewFormCard(secondments: Secondment[], snapshot: FrameworkSnapshot, today: CivilDate, state: FormState = {}, selected = '', kind: 'three-way-review' | 'return-plan' = 'three-way-review'): CardJson {
  const name = (email: string) => personName(snapshot, email);
  return renderCard('review-form', {
    today,
    kind,
    selected: selected || secondments[0]?.secondmentId || '',
    problem: state.problem ?? null,
    errors: state.errors ?? {},
    submissionId: state.submissionId ?? '',
    secondments: secondments.map((s) => ({ title: `${name(s.secondeeEmail)} (${s.grade}, ${s.secondmentId})`, value: s.secondmentId })),
  });
}

/** 9.1: the dispute form, with the NPS link manager concerned (default: a link manager raising it, else all of the YOS's). */
export function disputeFormCard(yos: Yos[], snapshot: FrameworkSnapshot, actor: string, state: FormState = {}): CardJson {
  const ids = yos.map((y) => y.yosId);
  const linkManagers = [...new Set(snapshot.secondments.filter((s) => ids.includes(s.yosId)).map((s) => s.linkManagerEmail))].sort();
  return renderCard('dispute-form', {
    yos: choices(yos),
    selected: yos[0]?.yosId ?? '',
    linkManager: linkManagers.includes(actor) ? actor : ALL_LINK_MANAGERS,
    linkManagers: [{ title: 'The link managers of that YOS', value: ALL_LINK_MANAGERS }, ...linkManagers.map((e) => ({ title: personName(snapshot, e), value: e }))],
    problem: state.problem ?? null,
    errors: state.errors ?? {},
    submissionId: state.submissionId ?? '',
  });
}

export function trackerFormCard(yos: Yos[], board: string, meetingDate: CivilDate, due: CivilDate, problem: string | null = null): CardJson {
  return renderCard('tracker-form', { yos: choices(yos), selected: yos[0]?.yosId ?? '', board, meeting: formatLong(meetingDate), meetingDate, due: formatLong(due), problem });
}

export function doneCard(title: string, text: string, facts: Facts = []): CardJson {
  return renderCard('done', { title, text, facts });
}

/** The button on a "my deadlines" row: what the person does about it (informed people get one only for a dispute, to follow it). */
const DEADLINE_ACTION: Record<Obligation['kind'], string> = {
  'expense-signoff': 'Sign off the claim',
  'dispute-escalation': 'Open the dispute',
  'vacancy-stage-4': 'Record stage 4',
  'vacancy-stage-5': 'Record stage 5',
  'three-way-review': 'Record the review',
  'return-plan': 'Record the return plan',
  'secondment-end': 'Record the end',
  'vacancy-tracker': 'Mark the tracker submitted',
  'no-applicants-discussion': 'Open the vacancy record',
  'maternity-cover': 'Open the absence',
  'sickness-cover': 'Open the absence',
};

/**
 * "my deadlines": what the person must act on, each with its button, then, under "For your
 * information", what they are informed of (each shown until it is closed, with who must act).
 */
export function deadlinesCard(
  obligations: Obligation[],
  email: string,
  asOf: CivilDate,
  days: number,
  noConversation: boolean,
  snapshot?: Pick<FrameworkSnapshot, 'people'>,
  refreshUserIds: string[] = [],
): CardJson {
  const name = (e: string) => (snapshot ? personName(snapshot, e) : e);
  const line = (o: Obligation) => {
    const status = statusLine(o.due, asOf);
    const mustAct = o.responsible.includes(email);
    // A stage not yet due opens the record, not a form for a stage it cannot take yet.
    const early = (o.kind === 'vacancy-stage-4' || o.kind === 'vacancy-stage-5') && o.due > asOf;
    const action = mustAct ? (early ? 'Open the vacancy record' : DEADLINE_ACTION[o.kind]) : o.kind === 'dispute-escalation' ? 'Follow the dispute' : null;
    return { subject: o.subject, status: status.text, color: status.color, section: o.section, mustAct: o.responsible.map(name).join(', ') || '-', action, kind: o.kind, subjectId: o.subjectId };
  };
  return renderCard('deadlines', {
    days,
    noConversation,
    refreshUserIds,
    items: obligations.filter((o) => o.responsible.includes(email)).map(line),
    fyi: obligations.filter((o) => !o.responsible.includes(email) && o.informed.includes(email)).map(line),
  });
}

/** A card opened from "my deadlines", with the way back to the list. */
export function withBackToDeadlines(card: CardJson): CardJson {
  const actions = Array.isArray(card.actions) ? card.actions : [];
  return { ...card, actions: [...actions, { type: 'Action.Execute', title: 'Back to my deadlines', verb: 'deadlines.show', data: {} }] };
}

export function calendarCard(url: string): CardJson {
  return renderCard('calendar', { url });
}
