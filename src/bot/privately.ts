/**
 * Channels and group chats are not private: whatever is personal (a person's deadlines, claims,
 * calendar, any form) goes to their 1:1 chat with the bot, and the shared conversation is told
 * only that it was sent. The 1:1 chat is found or opened the way reminders do it (src/notify/reach.ts:
 * the stored conversation reference, else a chat opened from a team roster, else Graph).
 */
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { Person } from '../framework/records';
import { log } from '../log';
import type { Reacher } from '../notify/reach';
import type { ConnectorSender } from '../notify/sender';
import { cardAttachment, type CardJson } from '../views/templates';

/** A team channel or a group chat: everyone in it reads what the bot writes there. */
export function isShared(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat';
}

export interface PrivateRoute {
  reacher: Reacher;
  sender: ConnectorSender;
}

/** What the shared conversation is told: nothing about the person or what was sent. */
export const SENT_PRIVATELY = 'I have sent that to you in a private chat with me: personal items and forms never go in a shared conversation.';
export const NOT_SENT_PRIVATELY =
  'That is personal, so I only answer it in a private chat, and I could not open one with you just now. Open the YOS Secondments app in Teams and ask me there.';

/** Sends `card` to the person's 1:1 chat and says so (without its content) where they asked. */
export async function sendPrivately(context: TurnContext, route: PrivateRoute, person: Pick<Person, 'email' | 'aadObjectId'>, card: CardJson): Promise<boolean> {
  // Teams' own id for the sender is the surest key to their 1:1 chat.
  const aadObjectId = person.aadObjectId ?? context.activity.from?.aadObjectId ?? undefined;
  const reach = await route.reacher.reach({ email: person.email, aadObjectId });
  let delivered = false;
  if (reach.ok) {
    const sent = await route.sender.send(reach.target, MessageFactory.attachment(cardAttachment(card)));
    delivered = sent.ok;
    if (!sent.ok) log.warn({ status: sent.status, reason: sent.reason }, 'private reply not delivered');
  } else {
    log.info({ reason: reach.reason }, 'no private chat for a reply asked in a shared conversation');
  }
  await context.sendActivity(delivered ? SENT_PRIVATELY : NOT_SENT_PRIVATELY);
  return delivered;
}
