/**
 * Registers the workflow chat commands (commands/) and card actions (actions/, one handler per
 * verb of src/views/verbs.ts) on the teams-ai Application. Each command and action runs for a
 * known person only; card data is parsed per verb before a handler sees it, and a failure shows
 * as a card, never a 500.
 */
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { log } from '../log';
import { errorCard } from '../views/chat-cards';
import type { CardJson } from '../views/templates';
import { CARD_VERBS, parseVerbData, type CardVerb } from '../views/verbs';
import type { BotContext } from './bot';
import { CARD_ACTIONS } from './actions';
import type { CardAction } from './actions/action';
import { WORKFLOW_COMMANDS } from './commands';
import { isShared, sendPrivately } from './privately';
import { actorOf, answerInvoke, replyWithCard, unknownPersonCard } from './turn';
import { workflowDeps, type WorkflowDeps, type WorkflowParts } from './workflow-deps';

export function workflowFeature(parts: WorkflowParts) {
  return (app: Application<TurnState>, ctx: BotContext) => {
    const deps = workflowDeps(ctx, parts);
    for (const chatCommand of WORKFLOW_COMMANDS) {
      app.message(chatCommand.pattern, async (context) => {
        const who = await ctx.identify(context);
        const actor = who.person?.email ?? null;
        const userId = context.activity.from?.id ?? null;
        const card = actor ? await chatCommand.run({ actor, text: context.activity.text ?? '', userId, deps }) : unknownPersonCard(!ctx.config.appId);
        // Every command's answer is personal (a form, the person's own items): never in a channel.
        if (who.person && isShared(context)) await sendPrivately(context, deps, who.person, card);
        else await replyWithCard(context, card);
      });
    }
    for (const verb of CARD_VERBS) registerAction(app, verb, CARD_ACTIONS[verb] as CardAction<typeof verb>, deps);
  };
}

/** The card a verb's handler answers with; unknown people, bad data and thrown errors get a card saying so. */
async function runAction<V extends CardVerb>(verb: V, handler: CardAction<V>, context: TurnContext, data: unknown, deps: WorkflowDeps): Promise<CardJson> {
  const actor = await actorOf(deps.ctx, context);
  if (!actor) return unknownPersonCard(!deps.ctx.config.appId);
  try {
    const parsed = parseVerbData(verb, data);
    if (!parsed.ok) {
      log.warn({ verb }, 'card action with unusable data');
      return errorCard('Not done', parsed.error);
    }
    const card = await handler({ actor, data: parsed.data, context, deps });
    return (await saved(deps, verb)) ? card : errorCard('Could not confirm', NOT_SAVED);
  } catch (err) {
    // Storage trouble the handler did not resolve: we cannot say whether it happened. Every action
    // is safe to repeat (creates carry their form's id; a decision is made once), so say that.
    log.error({ verb, err: (err as Error).message }, 'card action failed');
    return errorCard('Could not confirm', 'Something went wrong on my side, so I cannot tell whether this was done. Please press again in a moment: pressing twice never does it twice.');
  }
}

const NOT_SAVED = 'My storage did not confirm that this is saved, so I cannot tell whether it was done. Please press again in a moment: pressing twice never does it twice.';

/**
 * Done means saved: nobody is told a change is done before the store has it on disk (a crash of the
 * embedded store could otherwise lose it). Free when nothing was written.
 */
async function saved(deps: WorkflowDeps, verb: string): Promise<boolean> {
  try {
    await deps.ctx.store.durable();
    return true;
  } catch (err) {
    log.error({ verb, err: (err as Error).message }, 'card action: the store did not confirm the change is saved');
    return false;
  }
}

/**
 * The invoke is answered with the card from the stored outcome, by us: teams-ai would otherwise
 * first update the message through the connector for a card with a refresh section, so a slow or
 * unreachable connector (or an invoke without replyToId) would turn a done action into an error.
 * Other people's views refresh themselves (the card's refresh.userIds); messages go out in the background.
 */
function registerAction<V extends CardVerb>(app: Application<TurnState>, verb: V, handler: CardAction<V>, deps: WorkflowDeps): void {
  app.adaptiveCards.actionExecute<unknown>(verb, async (context, _state, data) => {
    const card = await runAction(verb, handler, context, data, deps);
    await answerInvoke(context, card);
    return card as never;
  });
}
