/** Vacancy tracker card (5.5): mark a YOS's tracker as submitted for a board meeting. */
import { outcomeCard, type CardActions } from './action';

export const trackerActions: Pick<CardActions, 'tracker.submit'> = {
  'tracker.submit': async ({ actor, data, deps }) => outcomeCard(await deps.services.trackers.submit(actor, data), 'Tracker submitted'),
};
