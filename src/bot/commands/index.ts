/** The workflow chat commands, in the order they are tried. */
import { claimExpenses } from './claim-expenses';
import type { ChatCommand } from './command';
import { myCalendar } from './my-calendar';
import { myDeadlines } from './my-deadlines';
import { openReference } from './open-reference';
import { openVacancy } from './open-vacancy';
import { raiseDispute } from './raise-dispute';
import { recordReview } from './record-review';
import { trackerSubmitted } from './tracker-submitted';
import { vacancies } from './vacancies';
import { boardAgendaCommand } from './board-agenda';
import { whoCanYouReach } from './who-can-you-reach';

export const WORKFLOW_COMMANDS: readonly ChatCommand[] = [
  claimExpenses,
  recordReview,
  raiseDispute,
  openVacancy,
  vacancies,
  boardAgendaCommand,
  trackerSubmitted,
  myDeadlines,
  myCalendar,
  whoCanYouReach,
  openReference,
];
