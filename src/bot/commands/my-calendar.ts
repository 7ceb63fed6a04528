/** "my calendar" (or "reset my calendar"): the person's private iCalendar feed address. */
import { calendarCard } from '../../views/workflow-cards';
import { command, type ChatCommand } from './command';

export const myCalendar: ChatCommand = {
  pattern: command('(reset )?my calendar( reset)?'),
  async run({ actor, text, deps }) {
    const renew = /reset/i.test(text);
    const token = await deps.ctx.store.calendarTokens.tokenFor(actor, renew);
    return calendarCard(`${deps.ctx.config.publicUrl}/calendar/${token}.ics`);
  },
};
