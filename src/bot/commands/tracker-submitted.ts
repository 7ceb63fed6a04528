/** "tracker submitted": the form to mark a YOS's vacancy tracker as submitted for the next board (5.5). */
import { addDays } from '../../framework/dates';
import { TRACKER_DAYS_BEFORE_BOARD } from '../../framework/obligations';
import { errorCard } from '../../views/chat-cards';
import { trackerFormCard } from '../../views/workflow-cards';
import { command, type ChatCommand } from './command';

export const trackerSubmitted: ChatCommand = {
  pattern: command('(?:vacancy )?tracker submitted|submit (?:the )?tracker'),
  async run({ actor, deps }) {
    const choices = await deps.services.trackers.choices(actor);
    if (!choices.length) return errorCard('No tracker to submit', 'Either no YOGB is scheduled, or you are not the YOT manager or Head of LDU of a YOS (framework 5.5).');
    const { meetingDate, board } = choices[0];
    return trackerFormCard(choices.map((c) => c.yos), board, meetingDate, addDays(meetingDate, -TRACKER_DAYS_BEFORE_BOARD));
  },
};
