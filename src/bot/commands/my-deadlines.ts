/** "my deadlines": the person's open framework deadlines for the next 60 days, each they must act on with its button. */
import { deadlinesView } from '../item-views';
import { command, type ChatCommand } from './command';

export const myDeadlines: ChatCommand = {
  pattern: command("(?:my )?deadlines|what(?:'s| is) due"),
  async run({ actor, userId, deps }) {
    return deadlinesView(deps, actor, userId);
  },
};
