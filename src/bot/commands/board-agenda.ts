/** "board agenda": the Governance Board agenda for the SPOC (9.1 escalated disputes, 5.5 vacancy management). */
import { agendaScope, boardAgenda } from '../../framework/agenda';
import { agendaHistory } from '../../services/agenda-history';
import { errorCard } from '../../views/chat-cards';
import { boardAgendaCard } from '../../views/vacancy-cards';
import { command, type ChatCommand } from './command';

export const boardAgendaCommand: ChatCommand = {
  pattern: command('(?:governance |yogb )?board agenda|agenda'),
  async run({ actor, deps }) {
    const world = await deps.snapshot();
    if (!agendaScope(world, actor).length) {
      return errorCard('Not your agenda', 'The Governance Board agenda is for the divisional SPOC (framework 9.1, 5.5) and, as a local choice, the Head of LDU.');
    }
    const today = deps.ctx.today();
    return boardAgendaCard(boardAgenda(world, today, actor, await agendaHistory(deps.ctx.store, today)), world);
  },
};
