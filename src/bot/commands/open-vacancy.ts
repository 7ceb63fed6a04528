/** "open vacancy": the form to record a vacant seconded post (5.5). */
import { errorCard } from '../../views/chat-cards';
import { yosFormCard } from '../../views/workflow-cards';
import { command, type ChatCommand } from './command';

export const openVacancy: ChatCommand = {
  pattern: command('open (?:a )?vacancy'),
  async run({ actor, deps }) {
    const yos = deps.yosWhere(await deps.snapshot(), 'vacancy.open', actor);
    if (!yos.length) return errorCard('Not for you to open', 'Vacancies are recorded by the YOT manager, Head of LDU or SPOC (framework 5.5).');
    return yosFormCard('vacancy-form', yos);
  },
};
