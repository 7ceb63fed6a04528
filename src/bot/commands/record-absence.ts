/** "record absence": the 5.6 form (maternity leave or sickness) for the link manager or YOT manager. */
import { newSubmissionId } from '../../framework/ids';
import { absenceFormCard } from '../../views/absence-cards';
import { errorCard } from '../../views/chat-cards';
import { command, type ChatCommand } from './command';

export const recordAbsence: ChatCommand = {
  pattern: command('(?:record|report) (?:an? )?(?:absence|maternity leave|sickness(?: absence)?)'),
  async run({ actor, deps }) {
    const secondments = await deps.services.absences.recordable(actor);
    if (!secondments.length) {
      return errorCard(
        'Not for you to record',
        "A secondee's absence is recorded by their NPS link manager or the YOT manager (framework 5.3, 5.6).",
      );
    }
    return absenceFormCard(secondments, await deps.snapshot(), deps.ctx.today(), { submissionId: newSubmissionId(deps.ctx.today()) });
  },
};
