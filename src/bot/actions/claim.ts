/**
 * T&S claim cards (5.4): submit the form, approve or reject, refresh and open a claim. The answer
 * comes from what is stored; the messages a change owes (approval card, notices, card updates)
 * are sent in the background from the change's recorded intent.
 */
import type { ClaimFormInput } from '../../framework/workflow-inputs';
import { errorCard } from '../../views/chat-cards';
import { myClaimsCard } from '../commands/my-claims';
import type { CardAction, CardActions } from './action';

const NOT_DELIVERED = 'Your YOT manager has not opened a chat with me yet; they will see the claim in "my deadlines" and in my reminders.';

const submit: CardAction<'claim.submit'> = async ({ actor, data, context, deps }) => {
  const { claims } = deps.services;
  // The form the secondee pressed becomes the claim card; a decision later updates it in place.
  const place = { conversationId: context.activity.conversation.id, activityId: context.activity.replyToId ?? null };
  const outcome = await claims.submit(actor, data, place);
  if (!outcome.ok) {
    // The form again, as typed, with what went wrong (just the message if storage cannot be read now).
    const mine = await claims.secondmentOf(actor).catch(() => null);
    if (!mine) return errorCard(outcome.unconfirmed ? 'Could not confirm' : 'Not done', outcome.error);
    return deps.claimForm(mine, { problem: outcome.error, errors: outcome.fieldErrors, values: outcome.values ?? formValues(data), submissionId: data.submissionId });
  }
  const claim = outcome.value;
  deps.settleClaim(claim.claimId);
  const reachable = await deps.notices.canReach(claim.approverEmail);
  return deps.claimView(claim, actor, reachable ? null : NOT_DELIVERED);
};

/** What was typed, to show again on the form. */
function formValues(data: ClaimFormInput): Record<string, string> {
  const { submissionId: _id, ...typed } = data;
  return typed;
}

const decide: CardAction<'claim.decide'> = async ({ actor, data, deps }) => {
  const { claims } = deps.services;
  const outcome = await claims.decide(actor, data);
  if (outcome.ok) {
    deps.settleClaim(outcome.value.claimId);
    return deps.claimView(outcome.value, actor);
  }
  if (outcome.unconfirmed) {
    deps.settleClaim(data.claimId); // if it did land, what it owes goes out as soon as storage answers
    return errorCard('Could not confirm', outcome.error);
  }
  // The claim as it now stands, with why nothing was done (just the reason if it cannot be read).
  const shown = await claims.view(actor, data.claimId).catch(() => null);
  return shown?.ok ? deps.claimView(shown.value, actor, outcome.error) : errorCard('Not done', outcome.error);
};

const show: CardAction<'claim.refresh' | 'claim.open'> = async ({ actor, data, deps }) => {
  const shown = await deps.services.claims.view(actor, data.claimId);
  return shown.ok ? deps.claimView(shown.value, actor) : errorCard('Claim not found', shown.error);
};

/** Pressed on the confirmation under "Withdraw" in "my claims" (two presses: nothing irreversible in one). */
const withdraw: CardAction<'claim.withdraw'> = async ({ actor, data, deps }) => {
  const outcome = await deps.services.claims.withdraw(actor, data.claimId);
  if (outcome.ok) deps.settleClaim(data.claimId); // the approver's card and the secondee's claim card show it
  if (outcome.ok) return myClaimsCard(actor, deps, { notice: outcome.message });
  return outcome.unconfirmed ? errorCard('Could not confirm', outcome.error) : myClaimsCard(actor, deps, { problem: outcome.error });
};

export const claimActions: Pick<CardActions, 'claim.submit' | 'claim.decide' | 'claim.refresh' | 'claim.open' | 'claim.withdraw'> = {
  'claim.withdraw': withdraw,
  'claim.submit': submit,
  'claim.decide': decide,
  'claim.refresh': show,
  'claim.open': show,
};
