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

export function unknownPersonCard(): CardJson {
  return errorCard('I do not know you yet', 'You are not in the framework records, so I cannot act for you. Ask your divisional SPOC to add you.');
}

/** Answers an Action.Execute invoke with a card that replaces the one pressed (for the person who pressed it). */
export async function answerInvoke(context: TurnContext, card: CardJson): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
  });
}
