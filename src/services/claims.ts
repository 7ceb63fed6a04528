/**
 * T&S claims (framework 5.4): the secondee submits, the YOT manager (or deputy) decides once.
 *
 * Each change is one transaction with its audit entry (src/store/claim-ledger.ts), and the person
 * is told the truth: done, not done, or "could not confirm" with how to check. Storage can fail
 * after it applied a write and before we heard so; the claim is then read again, and if it shows
 * our change it was done. Submitting is idempotent (the form's submission id is the claim id), so
 * "press again" is always a safe way to check.
 */
import { formatLong } from '../framework/dates';
import { validateClaimForm } from '../framework/expenses';
import { claimApprover, mayDecideClaim } from '../framework/permissions';
import type { ExpenseClaim, Grade, Secondment, Yos } from '../framework/records';
import type { ClaimFormInput, DecideClaimInput } from '../framework/workflow-inputs';
import { log } from '../log';
import { ConcurrencyError, type Stored } from '../store/entity-table';
import { fail, newId, WorkflowService, type Outcome } from './service-base';

/** Where the secondee's form card is (it becomes the claim card, updated in place on a decision). */
export interface CardPlace {
  conversationId: string;
  activityId: string | null;
}

const NOT_FOUND = 'I cannot find that claim.';
const STORAGE_DOWN = 'Not done: I could not reach my storage, so nothing was changed. Please try again in a moment.';
const FORM_USED = 'This form has already been used for another claim. Type "claim expenses" for a new form.';

export class ClaimService extends WorkflowService {
  /** The secondee's active secondment (a claim is made against it). */
  async secondmentOf(actor: string): Promise<{ secondment: Secondment; yos: Yos } | null> {
    const snapshot = await this.context();
    const secondment = snapshot.secondments.find((s) => s.secondeeEmail === actor);
    const yos = secondment && this.yosOf(snapshot, secondment.yosId);
    return secondment && yos ? { secondment, yos } : null;
  }

  async submit(actor: string, form: ClaimFormInput, card: CardPlace): Promise<Outcome<ExpenseClaim>> {
    const prepared = await beforeWriting(() => this.prepareClaim(actor, form, card));
    if (!('claim' in prepared)) return prepared;
    const { claim } = prepared;
    try {
      await this.store.claimLedger.submit(claim, actor);
      return submitted(claim);
    } catch (err) {
      return this.afterFailedSubmit(err, claim, actor);
    }
  }

  /** The new claim, or why there is none (a retried form: the claim it made then). */
  private async prepareClaim(actor: string, form: ClaimFormInput, card: CardPlace): Promise<Outcome<ExpenseClaim> | { claim: ExpenseClaim }> {
    const mine = await this.secondmentOf(actor);
    if (!mine) return fail('Only a seconded officer with an active secondment can claim T&S through the bot.');
    const policy = (await this.context()).policy;
    const result = validateClaimForm({ ...form }, this.today(), mine.secondment.grade as Grade, policy?.claimLimits, policy?.claimConfirmAbovePence);
    if (!result.ok) {
      const onlyConfirm = Object.keys(result.errors).every((field) => field === 'confirmAmount');
      const problem = onlyConfirm ? 'Nothing submitted yet: please confirm the amount.' : 'Please correct the highlighted fields.';
      return fail(problem, { fieldErrors: result.errors, values: result.values });
    }
    const claimId = newId('TS', this.today(), form.submissionId);
    const earlier = await this.get(claimId);
    if (earlier) return this.alreadySubmitted(earlier.record, actor);
    const claim: ExpenseClaim = {
      claimId,
      yosId: mine.yos.yosId,
      secondmentId: mine.secondment.secondmentId,
      secondeeEmail: actor,
      // 5.4's YOS manager, or the product rule's choice when the claimant is that manager.
      approverEmail: claimApprover(mine.yos, actor).email,
      submittedDate: this.today(),
      ...result.value,
      status: 'pending',
      secondeeConversationId: card.conversationId,
      secondeeActivityId: card.activityId,
      approverConversationId: null,
      approverActivityId: null,
      decidedBy: null,
      decidedAt: null,
      comment: null,
    };
    return { claim };
  }

  private alreadySubmitted(claim: ExpenseClaim, actor: string): Outcome<ExpenseClaim> {
    return claim.secondeeEmail === actor ? submitted(claim) : fail(FORM_USED);
  }

  /** The write failed or its answer was lost: read again and say what is true. */
  private async afterFailedSubmit(err: unknown, claim: ExpenseClaim, actor: string): Promise<Outcome<ExpenseClaim>> {
    // Even a refused connection proves nothing: the storage client retries, and an earlier try may have landed.
    log.warn({ claimId: claim.claimId, err: (err as Error).message }, 'claim submission: storage failed');
    const now = await this.reread(claim.claimId);
    if (now) return this.alreadySubmitted(now.record, actor);
    if (now === null && err instanceof ConcurrencyError) return fail('Someone else changed this claim at the same moment; please try again.');
    return fail(
      `I could not confirm that claim ${claim.claimId} was saved: my storage did not answer. Press "Submit claim" again in a minute to check: ` +
        'this form can only ever create one claim, so pressing again is safe.',
      { unconfirmed: true },
    );
  }

  async get(claimId: string): Promise<Stored<ExpenseClaim> | null> {
    return this.store.claims.get(claimId);
  }

  /** True when the pending claim's ETag was moved (so no earlier write against it can apply any more). */
  private async fenced(stored: Stored<ExpenseClaim>): Promise<boolean> {
    try {
      await this.store.claimLedger.fence(stored);
      return true;
    } catch {
      return false;
    }
  }

  /** The claim, or undefined when storage could not be read either. */
  private async reread(claimId: string): Promise<Stored<ExpenseClaim> | null | undefined> {
    try {
      return await this.get(claimId);
    } catch {
      return undefined;
    }
  }

  /**
   * A claim as `actor` may see it: the secondee, the approver, whoever may decide claims of that
   * YOS, and the link manager of the secondment (who receives the evidence, 5.3). Anyone else is
   * told it cannot be found, so a claim id reveals nothing.
   */
  async view(actor: string, claimId: string): Promise<Outcome<ExpenseClaim>> {
    const stored = await this.get(claimId);
    if (!stored) return fail(NOT_FOUND);
    const claim = stored.record;
    if (actor === claim.secondeeEmail || actor === claim.approverEmail) return { ok: true, value: claim, message: '' };
    const snapshot = await this.context();
    const yos = this.yosOf(snapshot, claim.yosId);
    const secondment = snapshot.secondments.find((s) => s.secondmentId === claim.secondmentId) ?? (await this.store.secondments.get(claim.secondmentId))?.record;
    const allowed = (yos && mayDecideClaim(actor, claim, yos, snapshot).ok) || secondment?.linkManagerEmail === actor;
    return allowed ? { ok: true, value: claim, message: '' } : fail(NOT_FOUND);
  }

  /** Approve or reject. One decision wins (ETag); the loser is told who decided and when. */
  async decide(actor: string, input: DecideClaimInput): Promise<Outcome<ExpenseClaim>> {
    const prepared = await beforeWriting(() => this.prepareDecision(actor, input));
    if (!('decided' in prepared)) return prepared;
    let { stored } = prepared;
    const { decided } = prepared;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.store.claimLedger.decide(stored, { ...stored.record, ...pick(decided) }, actor);
        return { ok: true, value: { ...stored.record, ...pick(decided) }, message: `Claim ${decided.claimId} ${decided.status}.` };
      } catch (err) {
        const next = await this.afterFailedDecision(err, decided, attempt);
        if ('retry' in next) stored = next.retry;
        else return next;
      }
    }
  }

  /** The checks before a decision, and the decision to write. */
  private async prepareDecision(actor: string, input: DecideClaimInput): Promise<Outcome<ExpenseClaim> | { stored: Stored<ExpenseClaim>; decided: ExpenseClaim }> {
    const stored = await this.get(input.claimId);
    if (!stored) return fail(NOT_FOUND);
    const claim = stored.record;
    // Card data is not trusted: the YOS on the button must be the claim's own.
    if (input.yosId !== undefined && input.yosId !== claim.yosId) return fail('This card does not match the claim; nothing was changed.');
    if (claim.secondeeEmail === actor) return fail('You cannot decide your own claim.');
    if (claim.status !== 'pending') return fail(alreadyDecided(claim));
    const snapshot = await this.context();
    const yos = this.yosOf(snapshot, claim.yosId);
    if (!yos) return fail('The YOS of this record no longer exists.');
    const permission = mayDecideClaim(actor, claim, yos, snapshot);
    if (!permission.ok) return fail(permission.reason);
    if (input.decision === 'reject' && !input.comment) return fail(REJECT_NEEDS_REASON);
    const decided: ExpenseClaim = {
      ...claim,
      status: input.decision === 'approve' ? 'approved' : 'rejected',
      decidedBy: actor,
      decidedAt: this.now().toISOString(),
      comment: input.comment || null,
    };
    return { stored, decided };
  }

  /** The decision write failed or its answer was lost: read again and say what is true (or try once more). */
  private async afterFailedDecision(err: unknown, decided: ExpenseClaim, attempt: number): Promise<Outcome<ExpenseClaim> | { retry: Stored<ExpenseClaim> }> {
    if (!(err instanceof ConcurrencyError)) log.warn({ claimId: decided.claimId, err: (err as Error).message }, 'claim decision: storage failed');
    const now = await this.reread(decided.claimId);
    if (now && sameDecision(now.record, decided)) return { ok: true, value: now.record, message: `Claim ${decided.claimId} ${decided.status}.` };
    if (now && now.record.status !== 'pending') return fail(alreadyDecided(now.record));
    if (now && err instanceof ConcurrencyError) return attempt < 3 ? { retry: now } : fail('Someone else changed this claim at the same moment; please try again.');
    if (now === null) return fail(NOT_FOUND);
    // Still pending: a write of ours still on its way could land later, unless the claim's ETag moves
    // first. Once it has, our decision can never be applied, so "not done" is true.
    if (now && (await this.fenced(now))) return fail(STORAGE_DOWN);
    return fail(
      `I could not confirm that claim ${decided.claimId} was ${decided.status}: my storage did not answer. Type "my deadlines" in a minute: ` +
        'if the claim is no longer waiting for you, it was recorded; if it is, decide it again (a claim can only ever be decided once).',
      { unconfirmed: true },
    );
  }

  /**
   * Takes back a pending claim: only its secondee, only while pending. One transaction with its
   * audit entry (the ledger's intent); the cards that went out are updated from the intent, so a
   * fault after the write still updates them.
   */
  async withdraw(actor: string, claimId: string): Promise<Outcome<ExpenseClaim>> {
    const stored = await this.get(claimId).catch(() => undefined);
    if (stored === undefined) return fail(STORAGE_DOWN);
    if (!stored || stored.record.secondeeEmail !== actor) return fail(NOT_FOUND);
    if (stored.record.status !== 'pending') return fail(alreadyDecided(stored.record));
    const withdrawn: ExpenseClaim = { ...stored.record, status: 'withdrawn', decidedBy: actor, decidedAt: this.now().toISOString(), comment: null };
    const done: Outcome<ExpenseClaim> = { ok: true, value: withdrawn, message: `Claim ${claimId} withdrawn. Your YOT manager is no longer asked to sign it off.` };
    try {
      await this.store.claimLedger.decide(stored, withdrawn, actor, 'withdrawn');
      return done;
    } catch (err) {
      log.warn({ claimId, err: (err as Error).message }, 'claim withdrawal: storage failed');
      const now = await this.get(claimId).catch(() => undefined);
      if (now && now.record.status === 'withdrawn') return { ...done, value: now.record };
      if (now && now.record.status !== 'pending') return fail(alreadyDecided(now.record));
      return fail(`I could not confirm that claim ${claimId} was withdrawn. Type "my claims" in a minute to see where it stands.`, { unconfirmed: true });
    }
  }

  /** The claims a person has to do with: their own, and those waiting for (or recently decided by) them as approver. */
  async claimsOf(actor: string, decidedSinceIso: string): Promise<{ own: ExpenseClaim[]; toDecide: ExpenseClaim[]; decided: ExpenseClaim[] }> {
    const snapshot = await this.context();
    const [pending, closed] = await Promise.all([this.store.claimLedger.pendingClaims(), this.store.claimLedger.decidedClaims()]);
    const newestFirst = (a: ExpenseClaim, b: ExpenseClaim) => b.submittedDate.localeCompare(a.submittedDate) || b.claimId.localeCompare(a.claimId);
    const own = [...pending, ...closed].filter((c) => c.secondeeEmail === actor).sort(newestFirst);
    const mayDecide = (c: ExpenseClaim) => {
      const yos = this.yosOf(snapshot, c.yosId);
      return !!yos && mayDecideClaim(actor, c, yos, snapshot).ok;
    };
    const toDecide = pending.filter(mayDecide).sort(newestFirst);
    const decided = closed.filter((c) => c.decidedBy === actor && c.secondeeEmail !== actor && (c.decidedAt ?? '') >= decidedSinceIso).sort(newestFirst);
    return { own, toDecide, decided };
  }
}

/** Reads and checks before any write: if storage fails here, nothing was changed. */
async function beforeWriting<R>(prepare: () => Promise<R>): Promise<R | Outcome<ExpenseClaim>> {
  try {
    return await prepare();
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'claim: storage failed before anything was written');
    return fail(STORAGE_DOWN);
  }
}

/** The decision fields (the rest of the claim is kept as stored). */
function pick(c: ExpenseClaim): Pick<ExpenseClaim, 'status' | 'decidedBy' | 'decidedAt' | 'comment'> {
  return { status: c.status, decidedBy: c.decidedBy, decidedAt: c.decidedAt, comment: c.comment };
}

function sameDecision(a: ExpenseClaim, b: ExpenseClaim): boolean {
  return a.status === b.status && a.decidedBy === b.decidedBy && a.decidedAt === b.decidedAt;
}

function submitted(claim: ExpenseClaim): Outcome<ExpenseClaim> {
  return { ok: true, value: claim, message: `Claim ${claim.claimId} sent to your YOT manager for sign-off.` };
}

/** The secondee has to know what to put right; the card asks for it, and this holds whatever the card sent. */
export const REJECT_NEEDS_REASON = 'Say why you are rejecting the claim: write the reason in the comment box, then press Reject again. Nothing was changed.';

function alreadyDecided(claim: ExpenseClaim): string {
  return `Claim ${claim.claimId} was already ${claim.status} by ${claim.decidedBy} on ${claim.decidedAt ? formatLong(claim.decidedAt.slice(0, 10)) : 'an earlier day'}.`;
}
