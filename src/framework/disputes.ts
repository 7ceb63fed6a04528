/**
 * Disputes (framework 9.1), pure. "In the first instance the issues should be raised between the
 * YOS manager and the NPS link manager. Where the issues cannot be resolved within 28 days from
 * when the dispute was raised, the issue should be escalated to Head of LDU and Senior Manager of
 * YOS to resolve." Then "the NPS divisional SPOC must be made aware so that this can be raised at
 * the YOS Governance Board". An escalated dispute stays open, with new people acting, until resolved.
 * "Within 28 days" includes day 28 (raised + 28): the dispute escalates on the day after.
 */
import { addDays, type CivilDate } from './dates';
import { Directory, OBLIGATION_SECTION, obligationId, unique, type Obligation } from './obligation-base';
import type { Dispute, Yos } from './records';

/** 9.1: "within 28 days from when the dispute was raised". */
export const DISPUTE_LOCAL_DAYS = 28;

/** Who escalated a dispute the framework escalated by itself once the 28 days were over. */
export const AUTOMATIC = 'automatic';

/**
 * The last day of local resolution: day 28 (raised + 28). "Within 28 days" includes it, so on
 * that day the dispute is still the YOS manager's and link manager's to resolve.
 */
export function localDeadline(dispute: Pick<Dispute, 'raisedDate'>): CivilDate {
  return addDays(dispute.raisedDate, DISPUTE_LOCAL_DAYS);
}

/** The day after day 28: an unresolved dispute is escalated automatically (9.1). */
export function automaticEscalationDate(dispute: Pick<Dispute, 'raisedDate'>): CivilDate {
  return addDays(localDeadline(dispute), 1);
}

/** Escalated on `asOf`: by hand (status escalated) or because the 28 days are over (9.1). */
export function isEscalated(dispute: Dispute, asOf: CivilDate): boolean {
  if (dispute.status === 'resolved') return false;
  return dispute.status === 'escalated' || asOf > localDeadline(dispute);
}

/** When it was (or will automatically be) escalated: by hand, or the day after day 28. */
export function escalationDate(dispute: Dispute): CivilDate {
  const automatic = automaticEscalationDate(dispute);
  return dispute.escalatedDate && dispute.escalatedDate < automatic ? dispute.escalatedDate : automatic;
}

/** The YOS manager and the NPS link manager concerned: the first instance (9.1). */
export function localParties(dispute: Dispute, yos: Yos | undefined, dir: Directory): string[] {
  return unique([yos?.yotManagerEmail, ...dir.linkManagersConcerned(dispute)]);
}

/** "Head of LDU and Senior Manager of YOS to resolve" (9.1). */
export function escalatedParties(yos: Yos | undefined): string[] {
  return unique([yos?.headOfLduEmail, yos?.yosSeniorManagerEmail]);
}

/**
 * The records the 28-day rule escalates on `asOf`: open disputes whose local period (day 28
 * included) is over, stamped as escalated on the day after day 28 by the framework itself, so the
 * record and its audit entry say what happened and when.
 */
export function automaticEscalations(disputes: Dispute[], asOf: CivilDate): Dispute[] {
  return disputes
    .filter((d) => d.status === 'open' && asOf > localDeadline(d))
    .map((d) => ({ ...d, status: 'escalated' as const, escalatedDate: automaticEscalationDate(d), escalatedBy: AUTOMATIC }));
}

/** The one open obligation of an unresolved dispute: local resolution first, then escalated. */
export function disputeObligation(dispute: Dispute, dir: Directory, asOf: CivilDate): Obligation | null {
  if (dispute.status === 'resolved') return null;
  const yos = dir.yos(dispute.yosId);
  const where = dir.yosName(dispute.yosId);
  const base = { kind: 'dispute-escalation' as const, yosId: dispute.yosId, subjectId: dispute.disputeId, section: OBLIGATION_SECTION['dispute-escalation'] };
  const local = localParties(dispute, yos, dir);
  if (!isEscalated(dispute, asOf)) {
    const due = localDeadline(dispute);
    return {
      ...base,
      id: obligationId(base.kind, dispute.disputeId, due),
      due,
      subject: `Dispute ${dispute.disputeId} at ${where}: resolve locally within 28 days of ${dispute.raisedDate} (by ${due}, that day included), or it is escalated on ${automaticEscalationDate(dispute)}`,
      responsible: local,
      informed: [],
      notify: [],
    };
  }
  const due = escalationDate(dispute);
  const by = dispute.status === 'escalated' && dispute.escalatedBy && dispute.escalatedBy !== AUTOMATIC ? 'by hand' : 'after 28 days';
  return {
    ...base,
    // A separate id from the local phase: the escalated phase has its own reminders.
    id: obligationId(base.kind, `${dispute.disputeId}@escalated`, due),
    due,
    subject: `Dispute ${dispute.disputeId} at ${where}: escalated ${by} on ${due}; the Head of LDU and YOS senior manager are to resolve it`,
    responsible: escalatedParties(yos),
    informed: unique([yos?.spocEmail]),
    notify: unique([yos?.spocEmail, ...local]),
    escalated: true,
  };
}

const PROGRESS: Record<Dispute['status'], number> = { open: 0, escalated: 1, resolved: 2 };

/**
 * A dispute row re-imported from a spreadsheet: its columns are taken, but a state reached in
 * Teams or by the 28-day rule (escalated, resolved) is never put back by an older sheet.
 */
export function mergeImportedDispute(existing: Dispute, incoming: Dispute): Dispute {
  const kept = {
    escalatedDate: incoming.escalatedDate ?? existing.escalatedDate,
    escalatedBy: incoming.escalatedBy ?? existing.escalatedBy,
    resolvedDate: incoming.resolvedDate ?? existing.resolvedDate,
    resolvedBy: incoming.resolvedBy ?? existing.resolvedBy,
    outcome: incoming.outcome ?? existing.outcome,
  };
  const status = PROGRESS[existing.status] > PROGRESS[incoming.status] ? existing.status : incoming.status;
  return { ...incoming, ...kept, status };
}
