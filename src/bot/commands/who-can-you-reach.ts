/** "who can you reach": the reach report for a SPOC, covering the YOS they are SPOC for. */
import { reachReport } from '../../notify/reach-report';
import { errorCard } from '../../views/chat-cards';
import { reachCard } from '../../views/reach-card';
import { command, type ChatCommand } from './command';

export const whoCanYouReach: ChatCommand = {
  pattern: command('who can you reach\\??|reach report|who can(?:not|\'t) you reach\\??'),
  async run({ actor, deps }) {
    const snapshot = await deps.snapshot();
    const mine = snapshot.yos.filter((y) => y.spocEmail === actor);
    if (!mine.length) return errorCard('For SPOCs', 'The reach report is for divisional SPOCs: it shows who in their division gets reminders in Teams.');
    const divisions = [...new Set(mine.map((y) => y.division))].join(', ');
    const rows = await reachReport(deps.ctx.store, deps.reacher, deps.ctx.today(), mine.map((y) => y.yosId));
    return reachCard(rows, `${divisions} division (${mine.length} YOS)`);
  },
};
