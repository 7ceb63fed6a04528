/**
 * Personal questions the records answer ("when is my next review?", "what's due for me", "what do
 * I owe?"): the person's own dates, not the rule text. A question about one kind of item (a
 * review, the return plan) gets the answer naming that item when the rules have it for this
 * person; anything else, their deadlines as `my deadlines` shows them.
 */
import { ask } from '../../services/ask';
import { answerCard } from '../../views/chat-cards';
import { command, type ChatCommand } from './command';
import { myDeadlines } from './my-deadlines';

const REVIEW = String.raw`when(?:'s| is| are| do i have) my (?:next )?(?:(?:three|3)[- ]?way )?(?:review|return[- ]plan(?: meeting)?)s?(?: due)?\??`;
const ASKS = [
  REVIEW,
  String.raw`when(?:'s| is| are) my (?:next )?deadlines?\??`,
  String.raw`what(?:'s| is| are)? (?:due|outstanding|overdue|pending|waiting)(?: for me| from me| on me)?(?: (?:this|next) (?:week|month))?\??`,
  String.raw`what do i (?:owe|need to do|have to do|still need to do|have due)(?: next| now)?\??`,
  String.raw`(?:do i have |is there )?anything (?:due|outstanding|overdue|for me to do)(?: for me)?\??`,
  String.raw`what(?:'s| is) (?:on )?my (?:plate|list|to-?do(?: list)?)\??`,
  String.raw`what(?:'s| is) next for me\??`,
  String.raw`am i (?:late|overdue|behind) (?:on|with) anything\??`,
];
const ABOUT_ONE_ITEM = command(REVIEW);

export const whatsDue: ChatCommand = {
  pattern: command(ASKS.map((a) => `(?:${a})`).join('|')),
  async run(turn) {
    if (ABOUT_ONE_ITEM.test(turn.text)) {
      // "review" alone means the three-way review (5.3); the rules then name this person's date.
      const question = /return[- ]plan|three|3/i.test(turn.text) ? turn.text : turn.text.replace(/review/i, 'three-way review');
      const answer = await ask(turn.deps.ctx.store, question, { email: turn.actor }, turn.deps.ctx.today());
      if (answer.personal.length) return answerCard(answer);
    }
    return myDeadlines.run(turn);
  },
};
