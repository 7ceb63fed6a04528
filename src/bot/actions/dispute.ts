/** Dispute cards (9.1): raise one, then resolve or escalate it. */
import { addDays, type CivilDate } from '../../framework/dates';
import { yosFormCard } from '../../views/workflow-cards';
import { outcomeCard, type CardAction, type CardActions } from './action';

const raise: CardAction<'dispute.raise'> = async ({ actor, data, deps }) => {
  const outcome = await deps.services.disputes.raise(actor, data);
  if (!outcome.ok && outcome.fieldErrors) {
    return yosFormCard('dispute-form', deps.yosWhere(await deps.snapshot(), 'dispute.raise', actor), { problem: outcome.error, errors: outcome.fieldErrors });
  }
  return outcomeCard(outcome, 'Dispute raised', (d) => [
    { title: 'Reference', value: d.disputeId },
    { title: 'Resolve locally by', value: addDays(d.raisedDate, 28) as CivilDate },
  ]);
};

export const disputeActions: Pick<CardActions, 'dispute.raise' | 'dispute.resolve' | 'dispute.escalate'> = {
  'dispute.raise': raise,
  'dispute.resolve': async ({ actor, data, deps }) => outcomeCard(await deps.services.disputes.close(actor, data, 'resolved'), 'Dispute resolved'),
  'dispute.escalate': async ({ actor, data, deps }) => outcomeCard(await deps.services.disputes.close(actor, data, 'escalated'), 'Dispute escalated'),
};
