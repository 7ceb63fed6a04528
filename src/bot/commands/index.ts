/** The workflow chat commands, in the order they are tried. */
import { claimExpenses } from './claim-expenses';
import type { ChatCommand } from './command';
import { myCalendar } from './my-calendar';
import { myDeadlines } from './my-deadlines';
import { openReference } from './open-reference';
import { openVacancy } from './open-vacancy';
import { raiseDispute } from './raise-dispute';
import { recordAbsence } from './record-absence';
import { recordReview } from './record-review';
import { trackerSubmitted } from './tracker-submitted';
import { vacancies } from './vacancies';
import { boardAgendaCommand } from './board-agenda';
import { whoCanYouReach } from './who-can-you-reach';
import { myClaims } from './my-claims';
import { whatsDue } from './whats-due';

export const WORKFLOW_COMMANDS: readonly ChatCommand[] = [
  claimExpenses,
  recordReview,
  raiseDispute,
  recordAbsence,
  openVacancy,
  vacancies,
  boardAgendaCommand,
  trackerSubmitted,
  myDeadlines,
  myCalendar,
  whoCanYouReach,
  myClaims,
  whatsDue,
  openReference,
];
