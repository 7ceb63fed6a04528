/** "record review": the form for a three-way review or return-plan meeting (5.3, 5.4). */
import { newSubmissionId } from '../../framework/ids';
import { errorCard } from '../../views/chat-cards';
import { reviewFormCard } from '../../views/workflow-cards';
import { command, type ChatCommand } from './command';

export const recordReview: ChatCommand = {
  pattern: command('record (?:a )?(?:three-way )?(?:review|meeting)|review held'),
  async run({ actor, deps }) {
    const secondments = await deps.services.reviews.reviewableSecondments(actor);
    if (!secondments.length) return errorCard('Nothing to record', 'Only the link manager of a secondment (who holds the three-way reviews, framework 5.3) or its YOT manager (a local choice) records its reviews.');
    return reviewFormCard(secondments, await deps.snapshot(), deps.ctx.today(), { submissionId: newSubmissionId(deps.ctx.today()) });
  },
};
