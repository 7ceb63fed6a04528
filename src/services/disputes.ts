/**
 * Disputes (framework 9.1): raised between the YOS manager and the NPS link manager concerned;
 * resolved locally, or escalated (by hand, or by the framework the day after day 28) to the Head of LDU and
 * YOS senior manager, who resolve it. Escalated disputes stay open until resolved.
 */
import { randomBytes } from 'node:crypto';
import { automaticEscalationDate, localDeadline, isEscalated } from '../framework/disputes';
import { rolesFor } from '../framework/permissions';
import { normaliseEmail, type Dispute, type DisputeNote, type FrameworkSnapshot, type Yos } from '../framework/records';
import type { DisputeNoteInput, DisputeRef, RaiseDisputeInput, ResolveDisputeInput } from '../framework/workflow-inputs';
import { ConcurrencyError } from '../store/entity-table';
import { createOnce, fail, newId, WorkflowService, type Outcome } from './service-base';

/** Link managers of a YOS's active secondments: who may be "the NPS link manager" of its disputes. */
export function linkManagersOf(snapshot: FrameworkSnapshot, yosId: string): string[] {
  return [...new Set(snapshot.secondments.filter((s) => s.yosId === yosId).map((s) => s.linkManagerEmail))];
}

/** 9.1 asks for "the issues and outcome": an outcome of a few words at least. */
export const MIN_OUTCOME_CHARS = 10;
export const OUTCOME_REQUIRED = 'Say what was agreed (at least 10 characters): the outcome is kept for the record and the Governance Board (9.1).';

export interface DisputeView {
  dispute: Dispute;
  notes: DisputeNote[];
}

export class DisputeService extends WorkflowService {
  /** A dispute with its notes, for someone working with its YOS (the parties, the Head of LDU, senior manager, SPOC). */
  async view(actor: string, disputeId: string): Promise<Outcome<DisputeView>> {
    const stored = await this.store.disputes.get(disputeId);
    if (!stored) return fail('I cannot find that dispute.');
    const snapshot = await this.context();
    const yos = this.yosOf(snapshot, stored.record.yosId);
    const roles = yos ? rolesFor(actor, yos, snapshot, { linkManagerEmail: stored.record.linkManagerEmail }).filter((r) => r !== 'secondee' && r !== 'deputy') : [];
    if (!yos || !roles.length) return fail(`Only the people who handle disputes at ${yos?.name ?? 'that YOS'} can see this dispute (framework 9.1).`);
    const notes = (await this.store.disputeNotes.listPartition(disputeId)).sort((a, b) => a.noteId.localeCompare(b.noteId));
    return { ok: true, value: { dispute: stored.record, notes }, message: '' };
  }

  /** A note on an unresolved dispute, by anyone who may see it; kept as written. */
  async addNote(actor: string, input: DisputeNoteInput): Promise<Outcome<DisputeView>> {
    const shown = await this.view(actor, input.disputeId);
    if (!shown.ok) return shown;
    if (shown.value.dispute.status === 'resolved') return fail(`Dispute ${input.disputeId} was resolved on ${shown.value.dispute.resolvedDate}; it takes no more notes.`);
    const text = input.note.trim();
    if (text.length < 3) return fail('Write the note first.', { fieldErrors: { note: 'Write the note.' } });
    const at = this.now().toISOString();
    const note: DisputeNote = { disputeId: input.disputeId, noteId: `${at}_${randomBytes(3).toString('hex')}`, by: actor, at, text };
    await this.store.disputeNotes.insert(note, actor);
    return { ok: true, value: { ...shown.value, notes: [...shown.value.notes, note] }, message: 'Note added.' };
  }

  async raise(actor: string, input: RaiseDisputeInput): Promise<Outcome<Dispute>> {
    const snapshot = await this.context();
    const yos = this.yosOf(snapshot, input.yosId);
    if (!yos) return fail('Choose the YOS the dispute is about.', { fieldErrors: { yosId: 'Choose a YOS.' } });
    const denied = this.check('dispute.raise', actor, yos, snapshot);
    if (denied) return fail(denied);
    if (input.summary.length < 10) return fail('Describe the dispute in a sentence or two.', { fieldErrors: { summary: 'At least 10 characters.' } });
    const linkManager = this.linkManagerConcerned(snapshot, yos, actor, input.linkManagerEmail);
    if (!linkManager.ok) return fail(linkManager.error, { fieldErrors: { linkManagerEmail: linkManager.error } });
    const dispute: Dispute = {
      disputeId: newId('DSP', this.today(), input.submissionId),
      yosId: yos.yosId,
      raisedDate: this.today(),
      raisedByEmail: actor,
      summary: input.summary,
      status: 'open',
      linkManagerEmail: linkManager.email,
      escalatedDate: null,
      escalatedBy: null,
      resolvedDate: null,
      resolvedBy: null,
      outcome: null,
    };
    // A retried press of the same form shows the dispute it raised then.
    return createOnce(
      async () => (await this.store.disputes.get(dispute.disputeId))?.record ?? null,
      () => this.store.disputes.insert(dispute, actor),
      (earlier) => earlier.raisedByEmail === actor && earlier.yosId === dispute.yosId,
      (d) => ({ ok: true, value: d, message: `Dispute ${d.disputeId} raised. If it is not resolved locally by ${localDeadline(d)} (within 28 days, that day included; framework 9.1), it is escalated on ${automaticEscalationDate(d)} to the Head of LDU and YOS senior manager.` }),
      dispute,
    );
  }

  /**
   * 9.1: the NPS link manager concerned. A link manager raising it is that person unless they
   * name another; empty means every link manager of the YOS. Whoever is named must link-manage a
   * secondment there.
   */
  private linkManagerConcerned(snapshot: FrameworkSnapshot, yos: Yos, actor: string, chosen: string): { ok: true; email: string | null } | { ok: false; error: string } {
    const candidates = linkManagersOf(snapshot, yos.yosId);
    const email = chosen ? normaliseEmail(chosen) : candidates.includes(actor) ? actor : '';
    if (!email) return { ok: true, email: null };
    if (!candidates.includes(email)) return { ok: false, error: `${email} is not a link manager of a secondee at ${yos.name}.` };
    return { ok: true, email };
  }

  /** Whether `actor` may resolve or escalate this dispute now: the reason if not (the card offers only what they may do). */
  async mayAct(actor: string, dispute: Dispute, status: 'resolved' | 'escalated'): Promise<string | null> {
    if (dispute.status === 'resolved') return 'resolved';
    const escalated = isEscalated(dispute, this.today());
    if (status === 'escalated' && escalated) return 'escalated';
    const action = status === 'escalated' ? 'dispute.escalate' : escalated ? 'dispute.resolve-escalated' : 'dispute.resolve';
    return this.authorise(action, actor, dispute.yosId, { linkManagerEmail: dispute.linkManagerEmail });
  }

  /** Escalate by hand within the 28 days (a product choice; the framework escalates the day after day 28). */
  async escalate(actor: string, input: DisputeRef): Promise<Outcome<Dispute>> {
    return this.change(actor, input.disputeId, 'escalated', '');
  }

  /** Closing needs its outcome: checked here too, not only by the card (9.1: "the issues and outcome"). */
  async resolve(actor: string, input: Pick<ResolveDisputeInput, 'disputeId' | 'outcome'>): Promise<Outcome<Dispute>> {
    if (input.outcome.trim().length < MIN_OUTCOME_CHARS) return fail(OUTCOME_REQUIRED, { fieldErrors: { outcome: OUTCOME_REQUIRED } });
    return this.change(actor, input.disputeId, 'resolved', input.outcome.trim());
  }

  private async change(actor: string, disputeId: string, status: 'resolved' | 'escalated', outcome: string): Promise<Outcome<Dispute>> {
    const stored = await this.store.disputes.get(disputeId);
    if (!stored) return fail('I cannot find that dispute.');
    const dispute = stored.record;
    if (dispute.status === 'resolved') return fail(`Dispute ${dispute.disputeId} was already resolved on ${dispute.resolvedDate ?? 'an earlier day'}.`);
    // Escalated by hand, or by the framework itself once day 28 has passed (on day 28 it is still local).
    const escalated = isEscalated(dispute, this.today());
    if (status === 'escalated' && escalated) return fail(`Dispute ${dispute.disputeId} is already escalated to the Head of LDU and YOS senior manager.`);
    const action = status === 'escalated' ? 'dispute.escalate' : escalated ? 'dispute.resolve-escalated' : 'dispute.resolve';
    const denied = await this.authorise(action, actor, dispute.yosId, { linkManagerEmail: dispute.linkManagerEmail });
    if (denied) return fail(denied);
    const updated: Dispute =
      status === 'escalated'
        ? { ...dispute, status, escalatedDate: this.today(), escalatedBy: actor }
        : { ...dispute, status, resolvedDate: this.today(), resolvedBy: actor, outcome: outcome || null };
    try {
      await this.store.disputes.update(stored, updated, actor);
    } catch (err) {
      if (err instanceof ConcurrencyError) return fail('Someone else changed this dispute at the same moment; nothing was changed. Please look at it again.');
      throw err;
    }
    const message =
      status === 'escalated'
        ? `Dispute ${dispute.disputeId} escalated to the Head of LDU and YOS senior manager to resolve; the divisional SPOC is told so it can be raised at the Governance Board (9.1).`
        : `Dispute ${dispute.disputeId} resolved.`;
    return { ok: true, value: updated, message };
  }
}
