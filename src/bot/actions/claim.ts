/** T&S claim cards (5.4): submit the form, approve or reject, refresh and open a claim. */
import { errorCard } from '../../views/chat-cards';
import type { CardAction, CardActions } from './action';

const NOT_DELIVERED = 'Your YOT manager has not opened a chat with me yet; they will see the claim in "my deadlines" and in my reminders.';

const submit: CardAction<'claim.submit'> = async ({ actor, data, context, deps }) => {
  const outcome = await deps.services.claims.submit(actor, data);
  if (!outcome.ok) {
    const mine = await deps.services.claims.secondmentOf(actor);
    if (!mine) return errorCard('Not done', outcome.error);
    return deps.claimForm(mine, { problem: outcome.error, errors: outcome.fieldErrors, values: outcome.values });
  }
  const claim = outcome.value;
  // The form the secondee pressed becomes the claim card; a decision later updates it in place.
  const delivered = await deps.notices.claimSubmitted(claim, { conversationId: context.activity.conversation.id, activityId: context.activity.replyToId ?? null });
  return deps.claimView({ ...claim }, actor, delivered ? null : NOT_DELIVERED);
};

const decide: CardAction<'claim.decide'> = async ({ actor, data, deps }) => {
  const { claims } = deps.services;
  const outcome = await claims.decide(actor, data);
  if (!outcome.ok) {
    const stored = await claims.get(data.claimId);
    return stored ? deps.claimView(stored.record, actor, outcome.error) : errorCard('Not done', outcome.error);
  }
  // Re-read: the stored claim knows where the secondee's card is.
  const claim = (await claims.get(outcome.value.claimId))?.record ?? outcome.value;
  await deps.notices.claimDecided(claim);
  return deps.claimView(claim, actor);
};

const show: CardAction<'claim.refresh' | 'claim.open'> = async ({ actor, data, deps }) => {
  const stored = await deps.services.claims.get(data.claimId);
  return stored ? deps.claimView(stored.record, actor) : errorCard('Claim not found', 'This claim no longer exists.');
};

export const claimActions: Pick<CardActions, 'claim.submit' | 'claim.decide' | 'claim.refresh' | 'claim.open'> = {
  'claim.submit': submit,
  'claim.decide': decide,
  'claim.refresh': show,
  'claim.open': show,
};
