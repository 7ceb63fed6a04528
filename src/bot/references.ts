/**
 * Keeps a conversation reference for every person who has the bot in a personal chat, so reminders
 * can reach them: saved on install, when they are added, and on any message (a reference can
 * change, e.g. a new serviceUrl); removed on uninstall. Writes only when something changed.
 */
import type { TurnContext } from 'botbuilder';
import { log } from '../log';
import type { ConversationRef } from '../framework/records';
import type { Store } from '../store/store';
import type { Identity } from './identity';

export class ReferenceKeeper {
  /** aadObjectId -> what was last saved, to skip identical writes. */
  private readonly saved = new Map<string, string>();

  constructor(
    private readonly store: Store,
    private readonly identify: (context: TurnContext) => Promise<Identity>,
  ) {}

  async onActivity(context: TurnContext): Promise<void> {
    const a = context.activity;
    const aadObjectId = a.from?.aadObjectId?.toLowerCase();
    if (!aadObjectId || a.conversation?.conversationType !== 'personal' || !a.serviceUrl) return;
    if (a.type === 'installationUpdate' && (a.action === 'remove' || a.action === 'remove-upgrade')) {
      await this.store.conversationRefs.remove(aadObjectId);
      this.saved.delete(aadObjectId);
      log.info({ aadObjectId }, 'conversation reference removed (uninstalled)');
      return;
    }
    const signature = `${a.conversation.id}|${a.serviceUrl}`;
    if (this.saved.get(aadObjectId) === signature) return;
    const who = await this.identify(context);
    const ref: ConversationRef = {
      aadObjectId,
      email: who.person?.email ?? null,
      userId: a.from.id,
      name: who.displayName,
      conversationId: a.conversation.id,
      serviceUrl: a.serviceUrl,
      tenantId: a.conversation.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? '',
      channelId: a.channelId,
      botId: a.recipient?.id ?? '',
      updatedAt: new Date().toISOString(),
      unreachableReason: null,
    };
    await this.store.conversationRefs.save(ref);
    // Saved without an email because Teams could not say who this is: try again next time.
    if (who.unidentified !== 'teams-unavailable') this.saved.set(aadObjectId, signature);
  }
}
