/**
 * Chat commands and card actions (Action.Execute, Universal Actions) for the framework's
 * workflows: T&S claims, reviews, disputes, vacancies, trackers, deadlines and the calendar feed.
 * The rules of each live in services/workflows.ts; this file only maps Teams to them and back.
 */
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { addDays, type CivilDate } from '../framework/dates';
import { dueWithin, openObligations, TRACKER_DAYS_BEFORE_BOARD } from '../framework/obligations';
import { personName, type ExpenseClaim, type FrameworkSnapshot, type Secondment, type Yos } from '../framework/records';
import { may, type Action } from '../framework/permissions';
import { log } from '../log';
import type { ConnectorSender } from '../notify/sender';
import type { ConversationRef } from '../store/conversation-refs';
import { Workflows, type Outcome } from '../services/workflows';
import { personalObligations } from '../services/calendar';
import type { BotContext } from './bot';
import { cardAttachment, type CardJson } from '../views/templates';
import { errorCard, noticeCard } from '../views/chat-cards';
import {
  calendarCard,
  claimCard,
  deadlinesCard,
  doneCard,
  expenseFormCard,
  type FormState,
  reviewFormCard,
  trackerFormCard,
  yosFormCard,
} from '../views/workflow-cards';

type Data = Record<string, unknown>;

function command(words: string): RegExp {
  return new RegExp(`^\\s*${words}\\s*[.!]?\\s*$`, 'i');
}

export function workflowFeature(sender: ConnectorSender) {
  return (app: Application<TurnState>, ctx: BotContext) => {
    const flows = new Workflows(ctx.store, ctx.today);

    const reply = (context: TurnContext, card: CardJson) => context.sendActivity(MessageFactory.attachment(cardAttachment(card)));

    /** The acting person, or null (with a card saying why) when they are not in the records. */
    const actorOf = async (context: TurnContext): Promise<string | null> => {
      const who = await ctx.identify(context);
      return who.person?.email ?? null;
    };
    const unknownPerson = errorCard('I do not know you yet', 'You are not in the framework records, so I cannot act for you. Ask your divisional SPOC to add you.');

    const yosWhere = (snapshot: FrameworkSnapshot, action: Action, email: string): Yos[] => snapshot.yos.filter((y) => may(action, email, y, snapshot).ok);

    /** A person's chat with the bot, found through their Teams object id. */
    const refOf = async (email: string, snapshot: FrameworkSnapshot): Promise<ConversationRef | null> => {
      const aad = snapshot.people.find((p) => p.email === email)?.aadObjectId;
      return aad ? ctx.store.conversationRefs.get(aad) : null;
    };

    /** Teams user ids of the people who should see their own view of a claim card. */
    const refreshUsers = async (claim: ExpenseClaim, snapshot: FrameworkSnapshot): Promise<string[]> => {
      const yos = snapshot.yos.find((y) => y.yosId === claim.yosId);
      const emails = [claim.secondeeEmail, claim.approverEmail, yos?.deputyEmail].filter((e): e is string => !!e);
      const refs = await Promise.all(emails.map((e) => refOf(e, snapshot)));
      return refs.map((r) => r?.userId).filter((id): id is string => !!id);
    };

    const claimView = async (claim: ExpenseClaim, viewer: string, problem: string | null = null) => {
      const snapshot = await ctx.store.snapshot(ctx.today());
      return claimCard(claim, { email: viewer, refreshUserIds: await refreshUsers(claim, snapshot) }, snapshot, problem);
    };

    /** The claim form for a secondee, naming the YOT manager who will sign it off. */
    const claimForm = async (mine: { secondment: Secondment; yos: Yos }, state?: FormState) =>
      expenseFormCard(ctx.today(), personName(await ctx.store.snapshot(ctx.today()), mine.yos.yotManagerEmail), mine.secondment.grade === 'PSO', state);

    // --- commands ---------------------------------------------------------------------

    app.message(command('claim (?:my )?expenses?|new claim|claim t ?& ?s'), async (context) => {
      const actor = await actorOf(context);
      if (!actor) return void (await reply(context, unknownPerson));
      const mine = await flows.secondmentOf(actor);
      if (!mine) return void (await reply(context, errorCard('No active secondment', 'Only seconded officers claim T&S here. Your YOT manager signs claims off (framework 5.4).')));
      await reply(context, await claimForm(mine));
    });

    app.message(command('record (?:a )?(?:three-way )?(?:review|meeting)|review held'), async (context) => {
      const actor = await actorOf(context);
      if (!actor) return void (await reply(context, unknownPerson));
      const secondments = await flows.reviewableSecondments(actor);
      if (!secondments.length) return void (await reply(context, errorCard('Nothing to record', 'Only the link manager or YOT manager of a secondment records its reviews (framework 5.3).')));
      await reply(context, reviewFormCard(secondments, await ctx.store.snapshot(ctx.today()), ctx.today()));
    });

    app.message(command('raise (?:a )?dispute'), async (context) => {
      const actor = await actorOf(context);
      if (!actor) return void (await reply(context, unknownPerson));
      const yos = yosWhere(await ctx.store.snapshot(ctx.today()), 'dispute.raise', actor);
      if (!yos.length) return void (await reply(context, errorCard('Not for you to raise', 'Disputes are raised by the YOT manager or the NPS link manager (framework 9.1).')));
      await reply(context, yosFormCard('dispute-form', yos));
    });

    app.message(command('open (?:a )?vacancy'), async (context) => {
      const actor = await actorOf(context);
      if (!actor) return void (await reply(context, unknownPerson));
      const yos = yosWhere(await ctx.store.snapshot(ctx.today()), 'vacancy.open', actor);
      if (!yos.length) return void (await reply(context, errorCard('Not for you to open', 'Vacancies are recorded by the YOT manager, Head of LDU or SPOC (framework 5.5).')));
      await reply(context, yosFormCard('vacancy-form', yos));
    });

    app.message(command('(?:vacancy )?tracker submitted|submit (?:the )?tracker'), async (context) => {
      const actor = await actorOf(context);
      if (!actor) return void (await reply(context, unknownPerson));
      const choices = await flows.trackerChoices(actor);
      if (!choices.length) return void (await reply(context, errorCard('No tracker to submit', 'Either no YOGB is scheduled, or you are not the YOT manager or Head of LDU of a YOS (framework 5.5).')));
      const { meetingDate, board } = choices[0];
      await reply(context, trackerFormCard(choices.map((c) => c.yos), board, meetingDate, addDays(meetingDate, -TRACKER_DAYS_BEFORE_BOARD)));
    });

    app.message(command('(?:my )?deadlines|what(?:\'s| is) due'), async (context) => {
      const actor = await actorOf(context);
      if (!actor) return void (await reply(context, unknownPerson));
      const asOf = ctx.today();
      const mine = personalObligations(dueWithin(openObligations(await ctx.store.snapshot(asOf), asOf), asOf, 60), actor, asOf);
      await reply(context, deadlinesCard(mine, actor, asOf, 60, false));
    });

    app.message(command('(reset )?my calendar( reset)?'), async (context) => {
      const actor = await actorOf(context);
      if (!actor) return void (await reply(context, unknownPerson));
      const renew = /reset/i.test(context.activity.text ?? '');
      const token = await ctx.store.calendarTokens.tokenFor(actor, renew);
      await reply(context, calendarCard(`${ctx.config.publicUrl}/calendar/${token}.ics`));
    });

    // --- card actions -----------------------------------------------------------------

    /** Runs an action for a known person; unknown people and thrown errors get a card, never a 500. */
    const act = (verb: string, handler: (context: TurnContext, actor: string, data: Data) => Promise<CardJson>) => {
      app.adaptiveCards.actionExecute<Data>(verb, async (context, _state, data) => {
        const actor = await actorOf(context);
        if (!actor) return unknownPerson as never;
        const safeData = data && typeof data === 'object' && !Array.isArray(data) ? data : {};
        try {
          return (await handler(context, actor, safeData)) as never;
        } catch (err) {
          // Storage or connector trouble: say so on the card; the user can press again.
          log.error({ verb, err: (err as Error).message }, 'card action failed');
          return errorCard('Not done', 'Something went wrong on my side and nothing was changed. Please try again in a moment.') as never;
        }
      });
    };

    const outcomeCard = <T>(outcome: Outcome<T>, title: string, facts: (value: T) => { title: string; value: string }[] = () => []): CardJson =>
      outcome.ok ? doneCard(title, outcome.message, facts(outcome.value)) : errorCard('Not done', outcome.error);

    act('claim.submit', async (context, actor, data) => {
      const outcome = await flows.submitClaim(actor, data);
      if (!outcome.ok) {
        const mine = await flows.secondmentOf(actor);
        if (!mine) return errorCard('Not done', outcome.error);
        return claimForm(mine, { problem: outcome.error, errors: outcome.fieldErrors, values: outcome.values });
      }
      const claim = outcome.value;
      await flows.attachCards(claim.claimId, { secondeeConversationId: context.activity.conversation.id, secondeeActivityId: context.activity.replyToId ?? null });
      const delivered = await sendToApprover(claim);
      const note = delivered ? null : 'Your YOT manager has not opened a chat with me yet; they will see the claim in "my deadlines" and in my reminders.';
      return claimView({ ...claim }, actor, note);
    });

    /** Sends the approval card to the YOT manager (and deputy) in their own chat with the bot. */
    const sendToApprover = async (claim: ExpenseClaim): Promise<boolean> => {
      const snapshot = await ctx.store.snapshot(ctx.today());
      const ref = await refOf(claim.approverEmail, snapshot);
      if (!ref) return false;
      const card = claimCard(claim, { email: claim.approverEmail, refreshUserIds: await refreshUsers(claim, snapshot) }, snapshot);
      const sent = await sender.send({ serviceUrl: ref.serviceUrl, conversationId: ref.conversationId, tenantId: ref.tenantId }, { attachments: [cardAttachment(card)], summary: 'T&S claim to sign off' });
      if (!sent.ok) {
        log.warn({ claimId: claim.claimId, status: sent.status }, 'approval card not delivered');
        return false;
      }
      await flows.attachCards(claim.claimId, { approverConversationId: ref.conversationId, approverActivityId: sent.activityId });
      return true;
    };

    act('claim.decide', async (context, actor, data) => {
      const outcome = await flows.decideClaim(actor, data);
      const stored = await flows.claim(data.claimId);
      if (!outcome.ok) return stored ? claimView(stored.record, actor, outcome.error) : errorCard('Not done', outcome.error);
      const claim = (await flows.claim(outcome.value.claimId))?.record ?? outcome.value;
      // The secondee's card changes in place, and they are told what to do next.
      if (claim.secondeeConversationId) {
        const snapshot = await ctx.store.snapshot(ctx.today());
        const secondeeRef = await refOf(claim.secondeeEmail, snapshot);
        if (secondeeRef && secondeeRef.conversationId === claim.secondeeConversationId) {
          const target = { serviceUrl: secondeeRef.serviceUrl, conversationId: secondeeRef.conversationId, tenantId: secondeeRef.tenantId };
          const view = claimCard(claim, { email: claim.secondeeEmail, refreshUserIds: await refreshUsers(claim, snapshot) }, snapshot);
          if (claim.secondeeActivityId) await sender.update(target, claim.secondeeActivityId, { attachments: [cardAttachment(view)] });
          const next = claim.status === 'approved' ? `Submit it through SOP quoting reference ${claim.claimId}.` : `Reason: ${claim.comment ?? 'none given'}.`;
          await sender.send(target, { attachments: [cardAttachment(noticeCard(`Claim ${claim.claimId} ${claim.status}`, next))], summary: `Claim ${claim.status}` });
        }
      }
      return claimView(claim, actor);
    });

    act('claim.refresh', async (_context, actor, data) => {
      const stored = await flows.claim(data.claimId);
      return stored ? claimView(stored.record, actor) : errorCard('Claim not found', 'This claim no longer exists.');
    });
    act('claim.open', async (_context, actor, data) => {
      const stored = await flows.claim(data.claimId);
      return stored ? claimView(stored.record, actor) : errorCard('Claim not found', 'This claim no longer exists.');
    });

    act('review.record', async (_context, actor, data) => {
      const outcome = await flows.recordReview(actor, data);
      if (!outcome.ok && outcome.fieldErrors) {
        const secondments = await flows.reviewableSecondments(actor);
        return reviewFormCard(secondments, await ctx.store.snapshot(ctx.today()), ctx.today(), { problem: outcome.error, errors: outcome.fieldErrors }, String(data.secondmentId ?? ''));
      }
      return outcomeCard(outcome, 'Meeting recorded', (s) => [
        { title: 'Secondment', value: s.secondmentId },
        ...(s.lastReviewDate ? [{ title: 'Last three-way review', value: s.lastReviewDate }] : []),
        ...(s.returnPlanHeldDate ? [{ title: 'Return plan agreed', value: s.returnPlanHeldDate }] : []),
      ]);
    });

    act('secondment.end', async (_context, actor, data) => outcomeCard(await flows.endSecondment(actor, data), 'Secondment ended'));

    act('dispute.raise', async (_context, actor, data) => {
      const outcome = await flows.raiseDispute(actor, data);
      if (!outcome.ok && outcome.fieldErrors) {
        return yosFormCard('dispute-form', yosWhere(await ctx.store.snapshot(ctx.today()), 'dispute.raise', actor), { problem: outcome.error, errors: outcome.fieldErrors });
      }
      return outcomeCard(outcome, 'Dispute raised', (d) => [
        { title: 'Reference', value: d.disputeId },
        { title: 'Resolve locally by', value: addDays(d.raisedDate, 28) as CivilDate },
      ]);
    });
    act('dispute.resolve', async (_context, actor, data) => outcomeCard(await flows.closeDispute(actor, data, 'resolved'), 'Dispute resolved'));
    act('dispute.escalate', async (_context, actor, data) => outcomeCard(await flows.closeDispute(actor, data, 'escalated'), 'Dispute escalated'));

    act('vacancy.open', async (_context, actor, data) => {
      const outcome = await flows.openVacancy(actor, data);
      if (!outcome.ok && outcome.fieldErrors) {
        return yosFormCard('vacancy-form', yosWhere(await ctx.store.snapshot(ctx.today()), 'vacancy.open', actor), { problem: outcome.error, errors: outcome.fieldErrors });
      }
      return outcomeCard(outcome, 'Vacancy opened', (v) => [{ title: 'Reference', value: v.vacancyId }]);
    });
    act('vacancy.fill', async (_context, actor, data) => outcomeCard(await flows.fillVacancy(actor, data), 'Vacancy filled'));

    act('tracker.submit', async (_context, actor, data) => outcomeCard(await flows.submitTracker(actor, data), 'Tracker submitted'));
  };
}
