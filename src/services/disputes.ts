/** Disputes (framework 9.1): raised locally, resolved or escalated after 28 days. */
import type { Dispute } from '../framework/records';
import type { DisputeRef, RaiseDisputeInput } from '../framework/workflow-inputs';
import { ConcurrencyError } from '../store/entity-table';
import { fail, newId, WorkflowService, type Outcome } from './service-base';

export class DisputeService extends WorkflowService {
  async raise(actor: string, input: RaiseDisputeInput): Promise<Outcome<Dispute>> {
    const snapshot = await this.context();
    const yos = this.yosOf(snapshot, input.yosId);
    if (!yos) return fail('Choose the YOS the dispute is about.', { fieldErrors: { yosId: 'Choose a YOS.' } });
    const denied = this.check('dispute.raise', actor, yos, snapshot);
    if (denied) return fail(denied);
    if (input.summary.length < 10) return fail('Describe the dispute in a sentence or two.', { fieldErrors: { summary: 'At least 10 characters.' } });
    const dispute: Dispute = { disputeId: newId('DSP', this.today()), yosId: yos.yosId, raisedDate: this.today(), raisedByEmail: actor, summary: input.summary, status: 'open' };
    await this.store.disputes.insert(dispute, actor);
    return { ok: true, value: dispute, message: `Dispute ${dispute.disputeId} raised; 28 days to resolve locally.` };
  }

  async close(actor: string, input: DisputeRef, status: 'resolved' | 'escalated'): Promise<Outcome<Dispute>> {
    const stored = await this.store.disputes.get(input.disputeId);
    if (!stored) return fail('I cannot find that dispute.');
    if (stored.record.status !== 'open') return fail(`Dispute ${stored.record.disputeId} is already ${stored.record.status}.`);
    const denied = await this.authorise(status === 'resolved' ? 'dispute.resolve' : 'dispute.escalate', actor, stored.record.yosId);
    if (denied) return fail(denied);
    const updated = { ...stored.record, status };
    try {
      await this.store.disputes.update(stored, updated, actor);
    } catch (err) {
      if (err instanceof ConcurrencyError) return fail('Someone else changed this dispute at the same moment; it is no longer open.');
      throw err;
    }
    return { ok: true, value: updated, message: `Dispute ${updated.disputeId} ${status}.` };
  }
}
