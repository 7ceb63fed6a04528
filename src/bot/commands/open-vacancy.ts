/** "open vacancy": the form to record a vacant seconded post (5.5), with the date it fell vacant. */
import { newSubmissionId } from '../../framework/ids';
import { errorCard } from '../../views/chat-cards';
import { vacancyFormCard } from '../../views/vacancy-cards';
import { command, type ChatCommand } from './command';

export const openVacancy: ChatCommand = {
  pattern: command('(?:open|record) (?:a )?vacancy'),
  async run({ actor, deps }) {
    const world = await deps.snapshot();
    const yos = deps.yosWhere(world, 'vacancy.open', actor);
    if (!yos.length) {
      return errorCard('Not for you to record', 'Vacancies are recorded by the YOT manager, the NPS link manager, the Head of LDU or the SPOC: a local choice (the framework names no one to record them; 5.3 has the link manager review a vacancy jointly with the YOS).');
    }
    return vacancyFormCard(yos, world, deps.ctx.today(), { submissionId: newSubmissionId(deps.ctx.today()) });
  },
};
