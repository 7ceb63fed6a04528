/** Meeting and secondment cards (5.3, 5.4): record a review or return plan, end a secondment. */
import { formatLong } from '../../framework/dates';
import { newSubmissionId } from '../../framework/ids';
import { reviewFormCard } from '../../views/workflow-cards';
import { outcomeCard, type CardAction, type CardActions } from './action';

const record: CardAction<'review.record'> = async ({ actor, data, deps }) => {
  const outcome = await deps.services.reviews.record(actor, data);
  if (!outcome.ok && outcome.fieldErrors) {
    const secondments = await deps.services.reviews.reviewableSecondments(actor);
    return reviewFormCard(secondments, await deps.snapshot(), deps.ctx.today(), { problem: outcome.error, errors: outcome.fieldErrors, submissionId: data.submissionId ?? newSubmissionId(deps.ctx.today()) }, data.secondmentId, data.kind);
  }
  return outcomeCard(outcome, 'Meeting recorded', (s) => [
    { title: 'Secondment', value: s.secondmentId },
    ...(s.lastReviewDate ? [{ title: 'Last three-way review', value: formatLong(s.lastReviewDate) }] : []),
    ...(s.returnPlanHeldDate ? [{ title: 'Return plan agreed', value: formatLong(s.returnPlanHeldDate) }] : []),
  ]);
};

export const reviewActions: Pick<CardActions, 'review.record' | 'secondment.end'> = {
  'review.record': record,
  'secondment.end': async ({ actor, data, deps }) => outcomeCard(await deps.services.reviews.endSecondment(actor, data), 'Secondment ended'),
};
