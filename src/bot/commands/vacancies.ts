/** "vacancies": open vacancies the person can work on, each opening its record and evidence trail (5.5). */
import { errorCard } from '../../views/chat-cards';
import { vacancyListCard } from '../../views/vacancy-cards';
import { command, type ChatCommand } from './command';

export const vacancies: ChatCommand = {
  pattern: command('(?:my |open )?vacancies|vacancy (?:records?|trails?)'),
  async run({ actor, deps }) {
    const list = await deps.services.vacancies.workable(actor);
    if (!list.length) return errorCard('No vacancies for you', 'There is no open vacancy you record stages or reviews for (framework 5.3, 5.5).');
    return vacancyListCard(list, await deps.snapshot(), deps.ctx.today());
  },
};
