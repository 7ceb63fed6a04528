/** "raise dispute": the dispute form for the YOT manager or NPS link manager (9.1). */
import { newSubmissionId } from '../../framework/ids';
import { errorCard } from '../../views/chat-cards';
import { disputeFormCard } from '../../views/workflow-cards';
import { command, type ChatCommand } from './command';

export const raiseDispute: ChatCommand = {
  pattern: command('raise (?:a )?dispute'),
  async run({ actor, deps }) {
    const world = await deps.snapshot();
    const yos = deps.yosWhere(world, 'dispute.raise', actor);
    if (!yos.length) return errorCard('Not for you to raise', 'Disputes are raised by the YOT manager or the NPS link manager (framework 9.1).');
    return disputeFormCard(yos, world, actor, { submissionId: newSubmissionId(deps.ctx.today()) });
  },
};
