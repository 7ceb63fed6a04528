/** Small helpers every chat command and card action shares. */
import { ActivityTypes, MessageFactory, type TurnContext } from 'botbuilder';
import { cardAttachment, type CardJson } from '../views/templates';
import { errorCard } from '../views/chat-cards';
import type { BotContext } from './bot';

export function replyWithCard(context: TurnContext, card: CardJson) {
  return context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
}

/** The acting person's email, or null when they are not in the records. */
export async function actorOf(ctx: BotContext, context: TurnContext): Promise<string | null> {
  const who = await ctx.identify(context);
  return who.person?.email ?? null;
}

/** How to be one of the demo people, for someone trying the bot without an app id (the Playground, local runs). */
export const DEMO_ROLE_HINT =
  'Trying the bot? Run "npx yosbot demo", then "npm run playground -- link_manager" (or secondee, yot_manager, head_of_ldu, spoc, yos_senior_manager) to chat as one of the demo people.';

/** `localTry`: no app id is configured, so this is a local or Playground run and the demo hint helps. */
export function unknownPersonCard(localTry = false): CardJson {
  const text = 'You are not in the framework records, so I cannot act for you. Ask your divisional SPOC to add you.';
  return errorCard('I do not know you yet', localTry ? `${text}\n\n${DEMO_ROLE_HINT}` : text);
}

/** Answers an Action.Execute invoke with a card that replaces the one pressed (for the person who pressed it). */
export async function answerInvoke(context: TurnContext, card: CardJson): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
  });
}
