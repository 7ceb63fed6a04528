/** Card data for a dispute (9.1): its facts, notes and the actions the viewer may take, and the confirmation step. */
import { formatLong, type CivilDate } from '../framework/dates';
import { AUTOMATIC, escalatedParties, escalationDate, isEscalated, localDeadline, localParties } from '../framework/disputes';
import { Directory } from '../framework/obligation-base';
import { personName, type Dispute, type DisputeNote, type FrameworkSnapshot } from '../framework/records';
import { renderCard, type CardJson } from './templates';
import type { FormState } from './workflow-cards';

/** What the viewer may do with the dispute now (the service says so; the card only offers it). */
export interface DisputeAbilities {
  canResolve: boolean;
  canEscalate: boolean;
  canNote: boolean;
}

export interface DisputeCardState extends FormState {
  notice?: string | null;
  /** Teams user ids (MRIs) who see their own view when the card refreshes. */
  refreshUserIds?: string[];
  /** The outcome as typed, kept when the form comes back (a cancelled confirmation, a refusal). */
  outcome?: string;
}

function statusOf(d: Dispute, today: CivilDate, name: (e: string) => string): { text: string; color: string } {
  if (d.status === 'resolved')
    return {
      text: `Resolved on ${formatLong(d.resolvedDate ?? today)} by ${d.resolvedBy ? name(d.resolvedBy) : 'an earlier import'}`,
      color: 'Good',
    };
  if (isEscalated(d, today)) {
    const how = d.escalatedBy && d.escalatedBy !== AUTOMATIC ? `by ${name(d.escalatedBy)}` : 'after 28 days';
    return {
      text: `Escalated ${how} on ${formatLong(escalationDate(d))}: the Head of LDU and YOS senior manager resolve it`,
      color: 'Attention',
    };
  }
  return { text: `Open: to be resolved locally by ${formatLong(localDeadline(d))}, or it is escalated`, color: 'Warning' };
}

export function disputeCard(
  dispute: Dispute,
  notes: DisputeNote[],
  snapshot: FrameworkSnapshot,
  abilities: DisputeAbilities,
  today: CivilDate,
  state: DisputeCardState = {},
): CardJson {
  const name = (email: string) => personName(snapshot, email);
  const dir = new Directory(snapshot);
  const yos = dir.yos(dispute.yosId);
  const status = statusOf(dispute, today, name);
  // A resolved dispute was escalated if stamped so, or if it was still open when the 28 days ran out.
  const resolvedAfterEscalation =
    dispute.status === 'resolved' &&
    (!!dispute.escalatedDate || (!!dispute.resolvedDate && isEscalated({ ...dispute, status: 'open' }, dispute.resolvedDate)));
  const escalated = isEscalated(dispute, today) || resolvedAfterEscalation;
  const parties = escalated ? escalatedParties(yos) : localParties(dispute, yos, dir);
  const facts = [
    { title: 'YOS', value: dir.yosName(dispute.yosId) },
    { title: 'Raised', value: `${formatLong(dispute.raisedDate)} by ${name(dispute.raisedByEmail)}` },
    { title: 'Link manager concerned', value: dispute.linkManagerEmail ? name(dispute.linkManagerEmail) : 'the link managers of the YOS' },
    { title: escalated ? 'To resolve (escalated)' : 'To resolve locally', value: parties.map(name).join(' and ') || '-' },
    ...(dispute.outcome ? [{ title: 'Outcome', value: dispute.outcome }] : []),
  ];
  const open = dispute.status !== 'resolved';
  return renderCard('dispute', {
    disputeId: dispute.disputeId,
    summary: dispute.summary,
    statusText: status.text,
    statusColor: status.color,
    facts,
    notes: notes.map((n) => ({ when: formatLong(n.at.slice(0, 10)), who: name(n.by), text: n.text })),
    asks: escalated
      ? 'Framework 9.1: unresolved after 28 days, the Head of LDU and YOS senior manager resolve it; the divisional SPOC raises it at the YOS Governance Board.'
      : 'Framework 9.1: raised first between the YOS manager and the NPS link manager; escalated to the Head of LDU and YOS senior manager if not resolved within 28 days. Escalating earlier is a product choice.',
    canResolve: open && abilities.canResolve,
    canEscalate: open && abilities.canEscalate,
    canNote: open && abilities.canNote,
    outcome: state.outcome ?? '',
    notice: state.notice ?? null,
    problem: state.problem ?? null,
    errors: state.errors ?? {},
    refreshUserIds: state.refreshUserIds ?? [],
  });
}

/** The step between the press and the change: what will happen, with Confirm and Cancel. */
export function disputeConfirmCard(
  dispute: Dispute,
  snapshot: FrameworkSnapshot,
  step: { resolving: true; outcome: string } | { resolving: false },
): CardJson {
  const yos = snapshot.yos.find((y) => y.yosId === dispute.yosId);
  const to =
    escalatedParties(yos)
      .map((e) => personName(snapshot, e))
      .join(' and ') || 'the Head of LDU and YOS senior manager';
  return renderCard('dispute-confirm', {
    disputeId: dispute.disputeId,
    resolving: step.resolving,
    outcome: step.resolving ? step.outcome : '',
    title: step.resolving
      ? `Confirm: resolve dispute ${dispute.disputeId} with this outcome?`
      : `Confirm: escalate dispute ${dispute.disputeId} now?`,
    question: step.resolving
      ? 'The dispute will be closed with the outcome:'
      : `It goes to ${to} to resolve, before the 28 days are up, and the divisional SPOC is told.`,
    consequence: step.resolving
      ? 'Closing stops its reminders; the outcome stays on the record and goes on the next Governance Board agenda as resolved. Cancel to change the outcome.'
      : 'The local parties can no longer resolve it themselves once it is escalated. Cancel to keep it with them.',
  });
}
