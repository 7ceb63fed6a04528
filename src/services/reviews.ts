/** Three-way reviews and return-plan meetings (framework 5.3, 5.4), and ending a secondment. */
import { formatLong, parseCivilDate, type CivilDate } from '../framework/dates';
import { may } from '../framework/permissions';
import type { Review, Secondment, Vacancy } from '../framework/records';
import type { EndSecondmentInput, RecordReviewInput } from '../framework/workflow-inputs';
import { ConcurrencyError, type Stored } from '../store/entity-table';
import type { Store } from '../store/store';
import { fail, FORM_USED, newId, WorkflowService, type Outcome } from './service-base';
import type { VacancyService } from './vacancies';

export class ReviewService extends WorkflowService {
  constructor(
    store: Store,
    today: () => CivilDate,
    now: () => Date,
    private readonly vacancies: VacancyService,
  ) {
    super(store, today, now);
  }

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
    const reviewId = newId(input.kind === 'return-plan' ? 'RP' : 'TWR', this.today(), input.submissionId);
    // A retried press of the same form: it was recorded then.
    const earlier = (await this.store.reviews.listPartition(stored.record.secondmentId)).find((r) => r.reviewId === reviewId);
    if (earlier) {
      if (earlier.recordedBy !== actor) return fail(FORM_USED);
      const opened = earlier.vacancyId ? ((await this.store.vacancies.get(earlier.vacancyId))?.record ?? null) : null;
      return { ok: true, value: stored.record, message: recordedMessage(earlier, opened) };
    }
    const heldDate = parseCivilDate(input.heldDate);
    const problem = heldDateProblem(heldDate, input.kind, stored.record, this.today());
    if (problem) return fail('Please correct the date.', { fieldErrors: { heldDate: problem } });
    // 5.4: the return-plan meeting is also where recruitment for the replacement starts.
    const started = input.recruitmentStarted === 'yes' ? true : input.recruitmentStarted === 'no' ? false : null;
    if (input.kind === 'return-plan' && started === null) {
      return fail('Say whether recruitment for the replacement has started.', { fieldErrors: { recruitmentStarted: 'Answer yes or no (framework 5.4).' } });
    }
    const updated: Secondment =
      input.kind === 'return-plan' ? { ...stored.record, returnPlanHeldDate: heldDate } : { ...stored.record, lastReviewDate: heldDate };
    try {
      await this.store.secondments.update(stored, updated, actor);
    } catch (err) {
      if (err instanceof ConcurrencyError) return fail('Someone else updated this secondment at the same moment; please try again.');
      throw err;
    }
    const vacancy = input.kind === 'return-plan' && started === false ? await this.vacancies.openFromReturnPlan(actor, stored.record, heldDate as CivilDate) : null;
    const review: Review = {
      reviewId,
      secondmentId: stored.record.secondmentId,
      kind: input.kind,
      heldDate: heldDate as CivilDate,
      attendees: input.attendees,
      recordedBy: actor,
      recruitmentStarted: input.kind === 'return-plan' ? started : null,
      vacancyId: vacancy?.vacancyId ?? null,
    };
    await this.store.reviews.insert(review, actor).catch((err) => {
      if (!(err instanceof ConcurrencyError)) throw err; // the same form pressed at the same moment
    });
    return { ok: true, value: updated, message: recordedMessage(review, vacancy) };
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
    return { ok: true, value: updated, message: `Secondment ${updated.secondmentId} recorded as ended on ${formatLong(endedDate)}.` };
  }
}

function recordedMessage(review: Review, vacancy: Vacancy | null): string {
  if (review.kind === 'three-way-review') return 'Three-way review recorded.';
  if (vacancy) {
    return `Return-plan meeting recorded. Recruitment for the replacement has not started, so vacancy ${vacancy.vacancyId} is recorded from the planned end (${formatLong(vacancy.openedDate)}) and the staged process of 5.5 runs from then. Recruiting to it needs the Head of LDU's approval (5.3).`;
  }
  return 'Return-plan meeting recorded, with recruitment for the replacement started (recruiting to the vacancy needs the Head of LDU\'s approval, 5.3).';
}

/** Why a meeting cannot have been held on `heldDate`, or null. */
function heldDateProblem(heldDate: CivilDate | null, kind: RecordReviewInput['kind'], secondment: Secondment, today: CivilDate): string | null {
  if (!heldDate) return 'Enter the date the meeting was held.';
  if (heldDate > today) return 'The meeting date cannot be in the future.';
  if (heldDate < secondment.startDate) return 'That is before the secondment started.';
  if (kind === 'three-way-review' && secondment.lastReviewDate && heldDate < secondment.lastReviewDate) {
    return `A later review (${formatLong(secondment.lastReviewDate as string)}) is already recorded.`;
  }
  return null;
}
