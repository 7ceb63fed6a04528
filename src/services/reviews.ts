/** Three-way reviews and return-plan meetings (framework 5.3, 5.4), and ending a secondment. */
import { parseCivilDate, type CivilDate } from '../framework/dates';
import { may } from '../framework/permissions';
import type { Review, Secondment } from '../framework/records';
import type { EndSecondmentInput, RecordReviewInput } from '../framework/workflow-inputs';
import { ConcurrencyError, type Stored } from '../store/entity-table';
import { fail, newId, WorkflowService, type Outcome } from './service-base';

export class ReviewService extends WorkflowService {
  /** Secondments the actor may record reviews for. */
  async reviewableSecondments(actor: string): Promise<Secondment[]> {
    const snapshot = await this.context();
    return snapshot.secondments.filter((s) => {
      const yos = this.yosOf(snapshot, s.yosId);
      return yos && may('review.record', actor, yos, snapshot, s).ok;
    });
  }

  private async activeSecondment(secondmentId: string): Promise<Stored<Secondment> | null> {
    const stored = await this.store.secondments.get(secondmentId);
    return stored && !stored.record.endedDate ? stored : null;
  }

  async record(actor: string, input: RecordReviewInput): Promise<Outcome<Secondment>> {
    const stored = await this.activeSecondment(input.secondmentId);
    if (!stored) return fail('I cannot find an active secondment for that.');
    const denied = await this.authorise('review.record', actor, stored.record.yosId, stored.record);
    if (denied) return fail(denied);
    const heldDate = parseCivilDate(input.heldDate);
    const problem = heldDateProblem(heldDate, input.kind, stored.record, this.today());
    if (problem) return fail('Please correct the date.', { fieldErrors: { heldDate: problem } });
    const review: Review = {
      reviewId: newId(input.kind === 'return-plan' ? 'RP' : 'TWR', this.today()),
      secondmentId: stored.record.secondmentId,
      kind: input.kind,
      heldDate: heldDate as CivilDate,
      attendees: input.attendees,
      recordedBy: actor,
    };
    const updated: Secondment =
      input.kind === 'return-plan' ? { ...stored.record, returnPlanHeldDate: review.heldDate } : { ...stored.record, lastReviewDate: review.heldDate };
    try {
      await this.store.secondments.update(stored, updated, actor);
    } catch (err) {
      if (err instanceof ConcurrencyError) return fail('Someone else updated this secondment at the same moment; please try again.');
      throw err;
    }
    await this.store.reviews.insert(review, actor);
    return { ok: true, value: updated, message: input.kind === 'return-plan' ? 'Return-plan meeting recorded.' : 'Three-way review recorded.' };
  }

  async endSecondment(actor: string, input: EndSecondmentInput): Promise<Outcome<Secondment>> {
    const stored = await this.activeSecondment(input.secondmentId);
    if (!stored) return fail('I cannot find an active secondment for that.');
    const denied = await this.authorise('secondment.end', actor, stored.record.yosId, stored.record);
    if (denied) return fail(denied);
    const endedDate = parseCivilDate(input.endedDate);
    if (!endedDate || endedDate < stored.record.startDate) return fail('Enter the date the secondment ended.', { fieldErrors: { endedDate: 'Enter a date on or after the start.' } });
    const updated = { ...stored.record, endedDate };
    await this.store.secondments.update(stored, updated, actor);
    return { ok: true, value: updated, message: `Secondment ${updated.secondmentId} recorded as ended on ${endedDate}.` };
  }
}

/** Why a meeting cannot have been held on `heldDate`, or null. */
function heldDateProblem(heldDate: CivilDate | null, kind: RecordReviewInput['kind'], secondment: Secondment, today: CivilDate): string | null {
  if (!heldDate) return 'Enter the date the meeting was held.';
  if (heldDate > today) return 'The meeting date cannot be in the future.';
  if (heldDate < secondment.startDate) return 'That is before the secondment started.';
  if (kind === 'three-way-review' && secondment.lastReviewDate && heldDate < secondment.lastReviewDate) {
    return `A later review (${secondment.lastReviewDate}) is already recorded.`;
  }
  return null;
}
