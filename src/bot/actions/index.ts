/** Every card verb's handler, one family per file. */
import type { CardActions } from './action';
import { claimActions } from './claim';
import { deadlineActions } from './deadlines';
import { disputeActions } from './dispute';
import { reviewActions } from './review';
import { trackerActions } from './tracker';
import { vacancyActions } from './vacancy';
import { absenceActions } from './absence';

export const CARD_ACTIONS: CardActions = { ...claimActions, ...reviewActions, ...disputeActions, ...vacancyActions, ...trackerActions, ...absenceActions, ...deadlineActions };
