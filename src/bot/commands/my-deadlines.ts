/**
 * "my deadlines": the person's open framework deadlines for the next 60 days (overdue ones
 * included): those they must act on, then those they are informed of, until each is closed.
 */
import { dueWithin, openObligations } from '../../framework/obligations';
import { personalObligations } from '../../services/calendar';
import { deadlinesCard } from '../../views/workflow-cards';
import { command, type ChatCommand } from './command';

const DAYS_AHEAD = 60;

export const myDeadlines: ChatCommand = {
  pattern: command("(?:my )?deadlines|what(?:'s| is) due"),
  async run({ actor, deps }) {
    const asOf = deps.ctx.today();
    const world = await deps.ctx.store.snapshot(asOf);
    const mine = personalObligations(dueWithin(openObligations(world, asOf), asOf, DAYS_AHEAD), actor);
    return deadlinesCard(mine, actor, asOf, DAYS_AHEAD, false, world);
  },
};
