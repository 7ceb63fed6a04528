/** Dispute cards (9.1): raise one, resolve it (with its outcome), or escalate it by hand within the 28 days. */
import { localDeadline } from '../../framework/disputes';
import { personName } from '../../framework/records';
import { disputeFormCard } from '../../views/workflow-cards';
import { newSubmissionId } from '../../framework/ids';
import { outcomeCard, type CardAction, type CardActions } from './action';

const raise: CardAction<'dispute.raise'> = async ({ actor, data, deps }) => {
  const outcome = await deps.services.disputes.raise(actor, data);
  if (!outcome.ok && outcome.fieldErrors) {
    const world = await deps.snapshot();
    return disputeFormCard(deps.yosWhere(world, 'dispute.raise', actor), world, actor, { problem: outcome.error, errors: outcome.fieldErrors, submissionId: data.submissionId ?? newSubmissionId(deps.ctx.today()) });
  }
  const world = await deps.snapshot();
  return outcomeCard(outcome, 'Dispute raised', (d) => [
    { title: 'Reference', value: d.disputeId },
    { title: 'Link manager concerned', value: d.linkManagerEmail ? personName(world, d.linkManagerEmail) : 'the link managers of the YOS' },
    { title: 'Resolve locally by', value: `${localDeadline(d)} (day 28, included)` },
  ]);
};

/** 9.1: once escalated, the SPOC "must be made aware" at once: the notices go now, not at the next daily sweep. */
const escalate: CardAction<'dispute.escalate'> = async ({ actor, data, deps }) => {
  const outcome = await deps.services.disputes.escalate(actor, data);
  if (!outcome.ok) return outcomeCard(outcome, 'Dispute escalated');
  const sent = await deps.remindNow(outcome.value.disputeId);
  const world = await deps.snapshot();
  const yos = world.yos.find((y) => y.yosId === outcome.value.yosId);
  const told = [yos?.headOfLduEmail, yos?.yosSeniorManagerEmail, yos?.spocEmail].filter((e): e is string => !!e).map((e) => personName(world, e));
  return outcomeCard(outcome, 'Dispute escalated', () => [
    { title: 'Told now', value: told.join(', ') || '-' },
    ...(sent.noReference.length ? [{ title: 'Not reachable in Teams yet', value: sent.noReference.map((e) => personName(world, e)).join(', ') }] : []),
  ]);
};

export const disputeActions: Pick<CardActions, 'dispute.raise' | 'dispute.resolve' | 'dispute.escalate'> = {
  'dispute.raise': raise,
  'dispute.resolve': async ({ actor, data, deps }) =>
    outcomeCard(await deps.services.disputes.resolve(actor, data), 'Dispute resolved', (d) => (d.outcome ? [{ title: 'Outcome', value: d.outcome }] : [])),
  'dispute.escalate': escalate,
};
