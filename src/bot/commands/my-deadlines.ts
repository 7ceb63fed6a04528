/** "my deadlines": the person's open framework deadlines for the next 60 days. */
import { dueWithin, openObligations } from '../../framework/obligations';
import { personalObligations } from '../../services/calendar';
import { deadlinesCard } from '../../views/workflow-cards';
import { command, type ChatCommand } from './command';

const DAYS_AHEAD = 60;

export const myDeadlines: ChatCommand = {
  pattern: command("(?:my )?deadlines|what(?:'s| is) due"),
  async run({ actor, deps }) {
    const asOf = deps.ctx.today();
    const mine = personalObligations(dueWithin(openObligations(await deps.ctx.store.snapshot(asOf), asOf), asOf, DAYS_AHEAD), actor);
    return deadlinesCard(mine, actor, asOf, DAYS_AHEAD, false);
  },
};
