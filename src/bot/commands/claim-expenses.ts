/** "claim expenses": the T&S claim form for a secondee (5.4). */
import { errorCard } from '../../views/chat-cards';
import { command, type ChatCommand } from './command';

export const claimExpenses: ChatCommand = {
  pattern: command('claim (?:my )?expenses?|new claim|claim t ?& ?s'),
  async run({ actor, deps }) {
    const mine = await deps.services.claims.secondmentOf(actor);
    if (!mine) return errorCard('No active secondment', 'Only seconded officers claim T&S here. Your YOT manager signs claims off (framework 5.4).');
    return deps.claimForm(mine);
  },
};
