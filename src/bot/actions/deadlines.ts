/** "My deadlines" and reminder cards: the list again, what a row opens, and a reminder drawn for today. */
import type { TurnContext } from 'botbuilder';
import { deadlinesView, openDeadline, reminderView } from '../item-views';
import type { CardActions } from './action';

/** The presser's Teams id, so the card refreshes for them when shown again. */
const userIdOf = (context: TurnContext): string | null => context.activity.from?.id ?? null;

export const deadlineActions: Pick<CardActions, 'deadlines.show' | 'deadline.open' | 'reminder.refresh'> = {
  'deadlines.show': async ({ actor, context, deps }) => deadlinesView(deps, actor, userIdOf(context)),
  'deadline.open': async ({ actor, data, context, deps }) => openDeadline(deps, data, actor, userIdOf(context)),
  'reminder.refresh': async ({ actor, data, context, deps }) => reminderView(deps, data, actor, userIdOf(context)),
};
