/**
 * Greetings and thanks: answered briefly and kindly, not run through the framework's rules (where
 * "hi" would be "not covered by the framework"). In a shared conversation nobody is named.
 */
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { BotContext } from './bot';
import { isShared } from './privately';

const POLITE_END = String.raw`(?: (?:there|all|everyone|team|bot|yosbot|so much|very much|a lot|again|for that|for your help))*\s*[!.,:)]*\s*`;
export const GREETING = new RegExp(String.raw`^\s*(?:hi|hello|hey|hiya|hallo|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)${POLITE_END}$`, 'i');
export const THANKS = new RegExp(String.raw`^\s*(?:(?:ok(?:ay)?|great|brilliant|perfect|lovely|super|fab|got it),? )?(?:thanks|thank you|many thanks|cheers|ta|thx|ty)${POLITE_END}$`, 'i');

export function smallTalkRoutes(app: Application<TurnState>, ctx: BotContext): void {
  app.message(GREETING, async (context) => {
    const who = isShared(context) ? null : await ctx.identify(context).catch(() => null);
    const first = who?.person?.name.split(' ')[0];
    await context.sendActivity(`Hello${first ? ` ${first}` : ''}! Ask me anything about the partnership framework, or type "help" to see what I can do for you.`);
  });
  app.message(THANKS, async (context) => {
    await context.sendActivity('You are welcome. I am here whenever you need me.');
  });
}
