/**
 * Dispute cards (9.1): raise one, see it, resolve it (an outcome is required, and confirmed before
 * the dispute closes), escalate it by hand before day 28 (confirmed too), add a note. Every answer
 * is the dispute card itself, as the person pressing sees it now.
 */
import { personName } from '../../framework/records';
import { disputeFormCard } from '../../views/workflow-cards';
import { disputeConfirmCard } from '../../views/dispute-cards';
import { newSubmissionId } from '../../framework/ids';
import { MIN_OUTCOME_CHARS, OUTCOME_REQUIRED } from '../../services/disputes';
import { outcomeCard, type ActionTurn, type CardAction, type CardActions } from './action';
import { disputeView } from '../item-views';

/** The presser's Teams id: their own view of the card comes back when Teams refreshes it. */
function viewerIds(turn: Pick<ActionTurn<'dispute.view'>, 'context'>): string[] {
  const id = turn.context.activity.from?.id;
  return id ? [id] : [];
}

const raise: CardAction<'dispute.raise'> = async (turn) => {
  const { actor, data, deps } = turn;
  const outcome = await deps.services.disputes.raise(actor, data);
  if (!outcome.ok && outcome.fieldErrors) {
    const world = await deps.snapshot();
    return disputeFormCard(deps.yosWhere(world, 'dispute.raise', actor), world, actor, {
      problem: outcome.error,
      errors: outcome.fieldErrors,
      submissionId: data.submissionId ?? newSubmissionId(deps.ctx.today()),
    });
  }
  if (!outcome.ok) return outcomeCard(outcome, 'Dispute raised');
  return disputeView(deps, outcome.value.disputeId, actor, { notice: outcome.message, refreshUserIds: viewerIds(turn) });
};

const view: CardAction<'dispute.view'> = async (turn) =>
  disputeView(turn.deps, turn.data.disputeId, turn.actor, { outcome: turn.data.outcome, refreshUserIds: viewerIds(turn) });

/** First press: the outcome is checked and shown back for confirmation; only the confirmation closes the dispute. */
const resolve: CardAction<'dispute.resolve'> = async (turn) => {
  const { actor, data, deps } = turn;
  const { disputes } = deps.services;
  const again = (state: { problem?: string; notice?: string; errors?: Record<string, string> }) =>
    disputeView(deps, data.disputeId, actor, { ...state, outcome: data.outcome, refreshUserIds: viewerIds(turn) });
  if (!data.confirmed) {
    const shown = await disputes.view(actor, data.disputeId);
    if (!shown.ok) return again({});
    const refused = await disputes.mayAct(actor, shown.value.dispute, 'resolved');
    if (refused) return again({ problem: refusal(refused, data.disputeId) });
    if (data.outcome.length < MIN_OUTCOME_CHARS) return again({ problem: OUTCOME_REQUIRED, errors: { outcome: OUTCOME_REQUIRED } });
    return disputeConfirmCard(shown.value.dispute, await deps.snapshot(), { resolving: true, outcome: data.outcome });
  }
  const outcome = await disputes.resolve(actor, data);
  if (!outcome.ok) return again({ problem: outcome.error, errors: outcome.fieldErrors });
  return disputeView(deps, data.disputeId, actor, {
    notice: `${outcome.message} The outcome is on the record and goes on the next Governance Board agenda.`,
    refreshUserIds: viewerIds(turn),
  });
};

function refusal(reason: string, disputeId: string): string {
  if (reason === 'resolved') return `Dispute ${disputeId} is already resolved.`;
  if (reason === 'escalated') return `Dispute ${disputeId} is already escalated.`;
  return reason;
}

/** 9.1: once escalated, the SPOC "must be made aware" at once: the notices go now, not at the next daily sweep. */
const escalate: CardAction<'dispute.escalate'> = async (turn) => {
  const { actor, data, deps } = turn;
  const { disputes } = deps.services;
  const again = (state: { problem?: string; notice?: string }) =>
    disputeView(deps, data.disputeId, actor, { ...state, refreshUserIds: viewerIds(turn) });
  if (!data.confirmed) {
    const shown = await disputes.view(actor, data.disputeId);
    if (!shown.ok) return again({});
    const refused = await disputes.mayAct(actor, shown.value.dispute, 'escalated');
    if (refused) return again({ problem: refusal(refused, data.disputeId) });
    return disputeConfirmCard(shown.value.dispute, await deps.snapshot(), { resolving: false });
  }
  const outcome = await disputes.escalate(actor, data);
  if (!outcome.ok) return again({ problem: outcome.error });
  const sent = await deps.remindNow(outcome.value.disputeId);
  const world = await deps.snapshot();
  const yos = world.yos.find((y) => y.yosId === outcome.value.yosId);
  const told = [yos?.headOfLduEmail, yos?.yosSeniorManagerEmail, yos?.spocEmail]
    .filter((e): e is string => !!e)
    .map((e) => personName(world, e));
  const unreachable = sent.noReference.length
    ? ` Not reachable in Teams yet: ${sent.noReference.map((e) => personName(world, e)).join(', ')}.`
    : '';
  return again({ notice: `${outcome.message} Told now: ${told.join(', ') || '-'}.${unreachable}` });
};

const note: CardAction<'dispute.note'> = async (turn) => {
  const { actor, data, deps } = turn;
  const added = await deps.services.disputes.addNote(actor, data);
  const state = added.ok ? { notice: added.message } : { problem: added.error, errors: added.fieldErrors };
  return disputeView(deps, data.disputeId, actor, { ...state, refreshUserIds: viewerIds(turn) });
};

export const disputeActions: Pick<CardActions, 'dispute.raise' | 'dispute.view' | 'dispute.resolve' | 'dispute.escalate' | 'dispute.note'> =
  {
    'dispute.raise': raise,
    'dispute.view': view,
    'dispute.resolve': resolve,
    'dispute.escalate': escalate,
    'dispute.note': note,
  };
