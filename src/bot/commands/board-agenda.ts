/** "board agenda": the Governance Board agenda for the SPOC (9.1 escalated disputes, 5.5 vacancy management); every division's for the portfolio lead. */
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
      return errorCard('Not your agenda', 'The Governance Board agenda is for the divisional SPOC (framework 9.1, 5.5) and, as local choices, the Head of LDU and the portfolio lead who chairs the board (9.1).');
    }
    const today = deps.ctx.today();
    return boardAgendaCard(boardAgenda(world, today, actor, await agendaHistory(deps.ctx.store, today)), world);
  },
};
