/** "raise dispute": the dispute form for the YOT manager or NPS link manager (9.1). */
import { errorCard } from '../../views/chat-cards';
import { yosFormCard } from '../../views/workflow-cards';
import { command, type ChatCommand } from './command';

export const raiseDispute: ChatCommand = {
  pattern: command('raise (?:a )?dispute'),
  async run({ actor, deps }) {
    const yos = deps.yosWhere(await deps.snapshot(), 'dispute.raise', actor);
    if (!yos.length) return errorCard('Not for you to raise', 'Disputes are raised by the YOT manager or the NPS link manager (framework 9.1).');
    return yosFormCard('dispute-form', yos);
  },
};
