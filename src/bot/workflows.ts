/**
 * Registers the workflow chat commands (commands/) and card actions (actions/, one handler per
 * verb of src/views/verbs.ts) on the teams-ai Application. Each command and action runs for a
 * known person only; card data is parsed per verb before a handler sees it, and a failure shows
 * as a card, never a 500.
 */
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { log } from '../log';
import type { ConnectorSender } from '../notify/sender';
import type { Reacher } from '../notify/reach';
import { errorCard } from '../views/chat-cards';
import type { CardJson } from '../views/templates';
import { CARD_VERBS, parseVerbData, type CardVerb } from '../views/verbs';
import type { BotContext } from './bot';
import { CARD_ACTIONS } from './actions';
import type { CardAction } from './actions/action';
import { WORKFLOW_COMMANDS } from './commands';
import { actorOf, replyWithCard, unknownPersonCard } from './turn';
import { workflowDeps, type WorkflowDeps } from './workflow-deps';

export function workflowFeature(sender: ConnectorSender, reacher: Reacher) {
  return (app: Application<TurnState>, ctx: BotContext) => {
    const deps = workflowDeps(ctx, sender, reacher);
    for (const chatCommand of WORKFLOW_COMMANDS) {
      app.message(chatCommand.pattern, async (context) => {
        const actor = await actorOf(ctx, context);
        const card = actor ? await chatCommand.run({ actor, text: context.activity.text ?? '', deps }) : unknownPersonCard();
        await replyWithCard(context, card);
      });
    }
    for (const verb of CARD_VERBS) registerAction(app, verb, CARD_ACTIONS[verb] as CardAction<typeof verb>, deps);
  };
}

/** The card a verb's handler answers with; unknown people, bad data and thrown errors get a card saying so. */
async function runAction<V extends CardVerb>(verb: V, handler: CardAction<V>, context: TurnContext, data: unknown, deps: WorkflowDeps): Promise<CardJson> {
  const actor = await actorOf(deps.ctx, context);
  if (!actor) return unknownPersonCard();
  try {
    const parsed = parseVerbData(verb, data);
    if (!parsed.ok) {
      log.warn({ verb }, 'card action with unusable data');
      return errorCard('Not done', parsed.error);
    }
    return await handler({ actor, data: parsed.data, context, deps });
  } catch (err) {
    // Storage or connector trouble: say so on the card; the user can press again.
    log.error({ verb, err: (err as Error).message }, 'card action failed');
    return errorCard('Not done', 'Something went wrong on my side and nothing was changed. Please try again in a moment.');
  }
}

function registerAction<V extends CardVerb>(app: Application<TurnState>, verb: V, handler: CardAction<V>, deps: WorkflowDeps): void {
  app.adaptiveCards.actionExecute<unknown>(verb, async (context, _state, data) => (await runAction(verb, handler, context, data, deps)) as never);
}
