/**
 * The card workflows as plain operations (no Teams types): each checks who is acting, validates
 * the input, refuses tampered references, writes with optimistic concurrency and leaves an audit
 * entry. The bot turns their outcomes into cards; tests can call them directly.
 */
import { randomBytes } from 'node:crypto';
import { parseCivilDate, type CivilDate } from '../framework/dates';
import { validateClaimForm } from '../framework/expenses';
import { may, type Action } from '../framework/permissions';
import { nextBoard } from '../framework/obligations';
import type { Dispute, ExpenseClaim, FrameworkSnapshot, Grade, Secondment, TrackerSubmission, Vacancy, Yos } from '../framework/records';
import { GRADES } from '../framework/records';
import { ConcurrencyError, type Stored } from '../store/entity-table';
import type { Review, Store } from '../store/store';

export type Outcome<T> =
  | { ok: true; value: T; message: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

const fail = <T>(error: string, extra: Partial<{ fieldErrors: Record<string, string>; values: Record<string, string> }> = {}): Outcome<T> => ({ ok: false, error, ...extra });

/** Short unguessable-enough ids people can quote on the phone: TS-20261123-7KQ2. */
export function newId(prefix: string, today: CivilDate): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const bytes = randomBytes(6);
  const suffix = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${prefix}-${today.replace(/-/g, '')}-${suffix}`;
}

function text(raw: unknown, max: number): string {
  return typeof raw === 'string' ? raw.trim().slice(0, max) : '';
}

export class Workflows {
  constructor(
    private readonly store: Store,
    private readonly today: () => CivilDate,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async context(): Promise<FrameworkSnapshot> {
    return this.store.snapshot(this.today());
  }

  private yosOf(snapshot: FrameworkSnapshot, yosId: unknown): Yos | undefined {
    return typeof yosId === 'string' ? snapshot.yos.find((y) => y.yosId === yosId) : undefined;
  }

  private check(action: Action, actor: string, yos: Yos, snapshot: FrameworkSnapshot, secondment?: Secondment): string | null {
    const permission = may(action, actor, yos, snapshot, secondment);
    return permission.ok ? null : permission.reason;
  }

  /** Whether `actor` may do `action` on a record of YOS `yosId`: the reason if not. */
  private async authorise(action: Action, actor: string, yosId: string, secondment?: Secondment): Promise<string | null> {
    const snapshot = await this.context();
    const yos = this.yosOf(snapshot, yosId);
    if (!yos) return 'The YOS of this record no longer exists.';
    return this.check(action, actor, yos, snapshot, secondment);
  }

  // --- T&S claims (5.4) ---------------------------------------------------------------

  /** The secondee's active secondment (a claim is made against it). */
  async secondmentOf(actor: string): Promise<{ secondment: Secondment; yos: Yos } | null> {
    const snapshot = await this.context();
    const secondment = snapshot.secondments.find((s) => s.secondeeEmail === actor);
    const yos = secondment && this.yosOf(snapshot, secondment.yosId);
    return secondment && yos ? { secondment, yos } : null;
  }

  async submitClaim(actor: string, form: Record<string, unknown>): Promise<Outcome<ExpenseClaim>> {
    const mine = await this.secondmentOf(actor);
    if (!mine) return fail('Only a seconded officer with an active secondment can claim T&S through the bot.');
    const result = validateClaimForm(form, this.today(), mine.secondment.grade as Grade);
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

  /** Remembers where a claim's cards are, so a decision can update them in place. */
  async attachCards(claimId: string, change: Partial<Pick<ExpenseClaim, 'secondeeConversationId' | 'secondeeActivityId' | 'approverConversationId' | 'approverActivityId'>>): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const stored = await this.store.claims.get(claimId);
      if (!stored) return;
      try {
        await this.store.claims.update(stored, { ...stored.record, ...change }, 'bot:cards');
        return;
      } catch (err) {
        if (!(err instanceof ConcurrencyError)) throw err;
      }
    }
  }

  async claim(claimId: unknown): Promise<Stored<ExpenseClaim> | null> {
    return typeof claimId === 'string' && claimId.length <= 64 ? this.store.claims.get(claimId) : null;
  }

  /** Approve or reject. One decision wins (ETag); the loser is told who decided and when. */
  async decideClaim(actor: string, data: Record<string, unknown>): Promise<Outcome<ExpenseClaim>> {
    const decision = data.decision;
    if (decision !== 'approve' && decision !== 'reject') return fail('That is not a decision I recognise.');
    const stored = await this.claim(data.claimId);
    if (!stored) return fail('I cannot find that claim.');
    const claim = stored.record;
    // Card data is not trusted: the YOS on the button must be the claim's own.
    if (data.yosId !== undefined && data.yosId !== claim.yosId) return fail('This card does not match the claim; nothing was changed.');
    if (claim.secondeeEmail === actor) return fail('You cannot decide your own claim.');
    if (claim.status !== 'pending') return fail(`Claim ${claim.claimId} was already ${claim.status} by ${claim.decidedBy} at ${claim.decidedAt}.`);
    const denied = await this.authorise('claim.decide', actor, claim.yosId);
    if (denied) return fail(denied);
    const decided: ExpenseClaim = {
      ...claim,
      status: decision === 'approve' ? 'approved' : 'rejected',
      decidedBy: actor,
      decidedAt: this.now().toISOString(),
      comment: text(data.comment, 500) || null,
    };
    try {
      await this.store.claims.update(stored, decided, actor);
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      const winner = (await this.store.claims.get(claim.claimId))?.record;
      return fail(winner && winner.status !== 'pending' ? `Claim ${claim.claimId} was already ${winner.status} by ${winner.decidedBy} at ${winner.decidedAt}.` : 'Someone else changed this claim; please try again.');
    }
    return { ok: true, value: decided, message: `Claim ${claim.claimId} ${decided.status}.` };
  }

  // --- Three-way reviews and return plans (5.3, 5.4) ------------------------------------

  /** Secondments the actor may record reviews for. */
  async reviewableSecondments(actor: string): Promise<Secondment[]> {
    const snapshot = await this.context();
    return snapshot.secondments.filter((s) => {
      const yos = this.yosOf(snapshot, s.yosId);
      return yos && may('review.record', actor, yos, snapshot, s).ok;
    });
  }

  async recordReview(actor: string, data: Record<string, unknown>): Promise<Outcome<Secondment>> {
    const kind = data.kind === 'return-plan' ? 'return-plan' : data.kind === 'three-way-review' || data.kind === undefined ? 'three-way-review' : null;
    if (!kind) return fail('That is not a kind of meeting I record.');
    const stored = typeof data.secondmentId === 'string' ? await this.store.secondments.get(data.secondmentId) : null;
    if (!stored || stored.record.endedDate) return fail('I cannot find an active secondment for that.');
    const denied = await this.authorise('review.record', actor, stored.record.yosId, stored.record);
    if (denied) return fail(denied);
    const heldDate = parseCivilDate(text(data.heldDate, 20));
    const fieldErrors: Record<string, string> = {};
    if (!heldDate) fieldErrors.heldDate = 'Enter the date the meeting was held.';
    else if (heldDate > this.today()) fieldErrors.heldDate = 'The meeting date cannot be in the future.';
    else if (heldDate < stored.record.startDate) fieldErrors.heldDate = 'That is before the secondment started.';
    else if (kind === 'three-way-review' && stored.record.lastReviewDate && heldDate < stored.record.lastReviewDate) {
      fieldErrors.heldDate = `A later review (${stored.record.lastReviewDate}) is already recorded.`;
    }
    if (Object.keys(fieldErrors).length) return fail('Please correct the date.', { fieldErrors });
    const review: Review = {
      reviewId: newId(kind === 'return-plan' ? 'RP' : 'TWR', this.today()),
      secondmentId: stored.record.secondmentId,
      kind,
      heldDate: heldDate as CivilDate,
      attendees: text(data.attendees, 300),
      recordedBy: actor,
    };
    const updated: Secondment =
      kind === 'return-plan' ? { ...stored.record, returnPlanHeldDate: review.heldDate } : { ...stored.record, lastReviewDate: review.heldDate };
    try {
      await this.store.secondments.update(stored, updated, actor);
    } catch (err) {
      if (err instanceof ConcurrencyError) return fail('Someone else updated this secondment at the same moment; please try again.');
      throw err;
    }
    await this.store.reviews.insert(review, actor);
    return { ok: true, value: updated, message: kind === 'return-plan' ? 'Return-plan meeting recorded.' : 'Three-way review recorded.' };
  }

  async endSecondment(actor: string, data: Record<string, unknown>): Promise<Outcome<Secondment>> {
    const stored = typeof data.secondmentId === 'string' ? await this.store.secondments.get(data.secondmentId) : null;
    if (!stored || stored.record.endedDate) return fail('I cannot find an active secondment for that.');
    const denied = await this.authorise('secondment.end', actor, stored.record.yosId, stored.record);
    if (denied) return fail(denied);
    const endedDate = parseCivilDate(text(data.endedDate, 20));
    if (!endedDate || endedDate < stored.record.startDate) return fail('Enter the date the secondment ended.', { fieldErrors: { endedDate: 'Enter a date on or after the start.' } });
    const updated = { ...stored.record, endedDate };
    await this.store.secondments.update(stored, updated, actor);
    return { ok: true, value: updated, message: `Secondment ${updated.secondmentId} recorded as ended on ${endedDate}.` };
  }

  // --- Disputes (9.1) -----------------------------------------------------------------

  async raiseDispute(actor: string, data: Record<string, unknown>): Promise<Outcome<Dispute>> {
    const snapshot = await this.context();
    const yos = this.yosOf(snapshot, data.yosId);
    if (!yos) return fail('Choose the YOS the dispute is about.', { fieldErrors: { yosId: 'Choose a YOS.' } });
    const denied = this.check('dispute.raise', actor, yos, snapshot);
    if (denied) return fail(denied);
    const summary = text(data.summary, 1000);
    if (summary.length < 10) return fail('Describe the dispute in a sentence or two.', { fieldErrors: { summary: 'At least 10 characters.' } });
    const dispute: Dispute = { disputeId: newId('DSP', this.today()), yosId: yos.yosId, raisedDate: this.today(), raisedByEmail: actor, summary, status: 'open' };
    await this.store.disputes.insert(dispute, actor);
    return { ok: true, value: dispute, message: `Dispute ${dispute.disputeId} raised; 28 days to resolve locally.` };
  }

  async closeDispute(actor: string, data: Record<string, unknown>, status: 'resolved' | 'escalated'): Promise<Outcome<Dispute>> {
    const stored = typeof data.disputeId === 'string' ? await this.store.disputes.get(data.disputeId) : null;
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

  // --- Vacancies and trackers (5.5) ---------------------------------------------------

  async openVacancy(actor: string, data: Record<string, unknown>): Promise<Outcome<Vacancy>> {
    const snapshot = await this.context();
    const yos = this.yosOf(snapshot, data.yosId);
    if (!yos) return fail('Choose the YOS of the vacant post.', { fieldErrors: { yosId: 'Choose a YOS.' } });
    const denied = this.check('vacancy.open', actor, yos, snapshot);
    if (denied) return fail(denied);
    const grade = text(data.grade, 3).toUpperCase() as Grade;
    const fte = Number(text(data.fte, 6));
    const fieldErrors: Record<string, string> = {};
    if (!GRADES.includes(grade)) fieldErrors.grade = 'Choose PO or PSO.';
    if (!Number.isFinite(fte) || fte <= 0 || fte > 1) fieldErrors.fte = 'FTE must be more than 0 and at most 1.';
    if (Object.keys(fieldErrors).length) return fail('Please correct the highlighted fields.', { fieldErrors });
    const vacancy: Vacancy = { vacancyId: newId('VAC', this.today()), yosId: yos.yosId, grade, fte, openedDate: this.today(), filledDate: null };
    await this.store.vacancies.insert(vacancy, actor);
    return { ok: true, value: vacancy, message: `Vacancy ${vacancy.vacancyId} opened; stage 4 falls 3 months from today.` };
  }

  async fillVacancy(actor: string, data: Record<string, unknown>): Promise<Outcome<Vacancy>> {
    const stored = typeof data.vacancyId === 'string' ? await this.store.vacancies.get(data.vacancyId) : null;
    if (!stored) return fail('I cannot find that vacancy.');
    if (stored.record.filledDate) return fail(`Vacancy ${stored.record.vacancyId} was already filled on ${stored.record.filledDate}.`);
    const denied = await this.authorise('vacancy.fill', actor, stored.record.yosId);
    if (denied) return fail(denied);
    const filledDate = parseCivilDate(text(data.filledDate, 20)) ?? this.today();
    if (filledDate < stored.record.openedDate || filledDate > this.today()) {
      return fail('Enter the date the post was filled.', { fieldErrors: { filledDate: 'Between the opening date and today.' } });
    }
    const updated = { ...stored.record, filledDate };
    try {
      await this.store.vacancies.update(stored, updated, actor);
    } catch (err) {
      if (err instanceof ConcurrencyError) return fail('Someone else changed this vacancy at the same moment.');
      throw err;
    }
    return { ok: true, value: updated, message: `Vacancy ${updated.vacancyId} filled on ${filledDate}.` };
  }

  /** YOS whose tracker the actor may submit, with the next meeting. */
  async trackerChoices(actor: string): Promise<{ yos: Yos; meetingDate: CivilDate; board: string }[]> {
    const snapshot = await this.context();
    const next = nextBoard(snapshot, this.today());
    if (!next) return [];
    return snapshot.yos.filter((y) => may('tracker.submit', actor, y, snapshot).ok).map((yos) => ({ yos, meetingDate: next.meetingDate, board: next.board }));
  }

  async submitTracker(actor: string, data: Record<string, unknown>): Promise<Outcome<TrackerSubmission>> {
    const snapshot = await this.context();
    const yos = this.yosOf(snapshot, data.yosId);
    if (!yos) return fail('Choose your YOS.');
    const meetingDate = parseCivilDate(text(data.meetingDate, 20));
    if (!meetingDate || !snapshot.boards.some((b) => b.meetingDate === meetingDate)) return fail('That board meeting is not in the calendar (or has already been held).');
    const denied = this.check('tracker.submit', actor, yos, snapshot);
    if (denied) return fail(denied);
    const submission: TrackerSubmission = { meetingDate, yosId: yos.yosId, submittedBy: actor, submittedDate: this.today() };
    try {
      await this.store.trackerSubmissions.insert(submission, actor);
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      const existing = (await this.store.trackerSubmissions.listPartition(meetingDate)).find((t) => t.yosId === yos.yosId);
      return fail(`${yos.name}'s tracker for ${meetingDate} was already submitted by ${existing?.submittedBy} on ${existing?.submittedDate}.`);
    }
    return { ok: true, value: submission, message: `${yos.name}'s vacancy tracker for the ${meetingDate} board is recorded as submitted.` };
  }
}
