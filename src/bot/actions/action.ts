/** A card action: the typed data of one verb in, the card to show in place out. */
import type { TurnContext } from 'botbuilder';
import type { Outcome } from '../../services/service-base';
import { errorCard } from '../../views/chat-cards';
import type { CardJson } from '../../views/templates';
import type { CardVerb, VerbData } from '../../views/verbs';
import { doneCard } from '../../views/workflow-cards';
import type { WorkflowDeps } from '../workflow-deps';

export interface ActionTurn<V extends CardVerb> {
  /** The acting person's email (unknown people are answered before an action runs). */
  actor: string;
  data: VerbData[V];
  context: TurnContext;
  deps: WorkflowDeps;
}

export type CardAction<V extends CardVerb> = (turn: ActionTurn<V>) => Promise<CardJson>;

/** One handler per verb: the compiler refuses a verb without one. */
export type CardActions = { [V in CardVerb]: CardAction<V> };

type Facts = { title: string; value: string }[];

/** A done card with the service's message and some facts, or the service's error. */
export function outcomeCard<T>(outcome: Outcome<T>, title: string, facts: (value: T) => Facts = () => []): CardJson {
  return outcome.ok ? doneCard(title, outcome.message, facts(outcome.value)) : errorCard('Not done', outcome.error);
}
