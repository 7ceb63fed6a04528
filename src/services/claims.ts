/** T&S claims (framework 5.4): the secondee submits, the YOT manager (or deputy) decides once. */
import { validateClaimForm } from '../framework/expenses';
import type { ExpenseClaim, Grade, Secondment, Yos } from '../framework/records';
import type { ClaimFormInput, DecideClaimInput } from '../framework/workflow-inputs';
import { ConcurrencyError, type Stored } from '../store/entity-table';
import { fail, newId, WorkflowService, type Outcome } from './service-base';

export class ClaimService extends WorkflowService {
  /** The secondee's active secondment (a claim is made against it). */
  async secondmentOf(actor: string): Promise<{ secondment: Secondment; yos: Yos } | null> {
    const snapshot = await this.context();
    const secondment = snapshot.secondments.find((s) => s.secondeeEmail === actor);
    const yos = secondment && this.yosOf(snapshot, secondment.yosId);
    return secondment && yos ? { secondment, yos } : null;
  }

  async submit(actor: string, form: ClaimFormInput): Promise<Outcome<ExpenseClaim>> {
    const mine = await this.secondmentOf(actor);
    if (!mine) return fail('Only a seconded officer with an active secondment can claim T&S through the bot.');
    const policy = (await this.context()).policy;
    const result = validateClaimForm({ ...form }, this.today(), mine.secondment.grade as Grade, policy?.claimLimits);
    if (!result.ok) return fail('Please correct the highlighted fields.', { fieldErrors: result.errors, values: result.values });
    const claim: ExpenseClaim = {
      claimId: newId('TS', this.today()),
      yosId: mine.yos.yosId,
      secondmentId: mine.secondment.secondmentId,
      secondeeEmail: actor,
      approverEmail: mine.yos.yotManagerEmail,
      submittedDate: this.today(),
      ...result.value,
      status: 'pending',
      secondeeConversationId: null,
      secondeeActivityId: null,
      approverConversationId: null,
      approverActivityId: null,
      decidedBy: null,
      decidedAt: null,
      comment: null,
    };
    await this.store.claims.insert(claim, actor);
    return { ok: true, value: claim, message: `Claim ${claim.claimId} sent to your YOT manager for sign-off.` };
  }

  async get(claimId: string): Promise<Stored<ExpenseClaim> | null> {
    return claimId.length <= 64 ? this.store.claims.get(claimId) : null;
  }

  /** Approve or reject. One decision wins (ETag); the loser is told who decided and when. */
  async decide(actor: string, input: DecideClaimInput): Promise<Outcome<ExpenseClaim>> {
    const stored = await this.get(input.claimId);
    if (!stored) return fail('I cannot find that claim.');
    const claim = stored.record;
    // Card data is not trusted: the YOS on the button must be the claim's own.
    if (input.yosId !== undefined && input.yosId !== claim.yosId) return fail('This card does not match the claim; nothing was changed.');
    if (claim.secondeeEmail === actor) return fail('You cannot decide your own claim.');
    if (claim.status !== 'pending') return fail(alreadyDecided(claim));
    const denied = await this.authorise('claim.decide', actor, claim.yosId);
    if (denied) return fail(denied);
    if (input.decision === 'reject' && !input.comment) return fail(REJECT_NEEDS_REASON);
    const decided: ExpenseClaim = {
      ...claim,
      status: input.decision === 'approve' ? 'approved' : 'rejected',
      decidedBy: actor,
      decidedAt: this.now().toISOString(),
      comment: input.comment || null,
    };
    try {
      await this.store.claims.update(stored, decided, actor);
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      const winner = (await this.store.claims.get(claim.claimId))?.record;
      return fail(winner && winner.status !== 'pending' ? alreadyDecided(winner) : 'Someone else changed this claim; please try again.');
    }
    return { ok: true, value: decided, message: `Claim ${claim.claimId} ${decided.status}.` };
  }
}

/** The secondee has to know what to put right; the card asks for it, and this holds whatever the card sent. */
export const REJECT_NEEDS_REASON = 'Say why you are rejecting the claim: write the reason in the comment box, then press Reject again. Nothing was changed.';

function alreadyDecided(claim: ExpenseClaim): string {
  return `Claim ${claim.claimId} was already ${claim.status} by ${claim.decidedBy} at ${claim.decidedAt}.`;
}
