/** The help card as the person asking may use it: their commands and buttons, from the permission table. */
import type { TurnContext } from 'botbuilder';
import { abilitiesOf } from '../framework/permissions';
import { helpCard } from '../views/chat-cards';
import type { CardJson } from '../views/templates';
import type { BotContext } from './bot';
import { isShared } from './privately';

export async function helpFor(ctx: BotContext, context: TurnContext): Promise<CardJson> {
  // A channel's help names no one's role: the whole list, each answered privately.
  if (isShared(context)) return helpCard();
  const who = await ctx.identify(context);
  if (!who.person) return helpCard({ actions: new Set(), roles: new Set() });
  return helpCard(abilitiesOf(who.person.email, await ctx.store.snapshot(ctx.today())));
}
