/**
 * Keeps a conversation reference for every person who has the bot in a personal chat, so reminders
 * can reach them: saved on install, when they are added, and on any message (a reference can
 * change, e.g. a new serviceUrl); removed on uninstall. Writes only when something changed.
 *
 * Without an app id (local runs, the Playground) nothing proves an activity came from Teams, so an
 * activity may create a person's first reference but never replace or remove one: otherwise one
 * forged message could redirect a manager's approval cards to a server of the sender's choosing.
 */
import type { TurnContext } from 'botbuilder';
import { log } from '../log';
import type { ConversationRef } from '../framework/records';
import type { Store } from '../store/store';
import type { Identity } from './identity';

export interface ReferenceOptions {
  /** True when activities are Bot Framework-authenticated (an app id is configured). */
  authenticated: boolean;
}

export class ReferenceKeeper {
  /** aadObjectId -> what was last saved, to skip identical writes. */
  private readonly saved = new Map<string, string>();

  constructor(
    private readonly store: Store,
    private readonly identify: (context: TurnContext) => Promise<Identity>,
    private readonly options: ReferenceOptions = { authenticated: true },
  ) {}

  async onActivity(context: TurnContext): Promise<void> {
    const a = context.activity;
    const aadObjectId = a.from?.aadObjectId?.toLowerCase();
    if (!aadObjectId || a.conversation?.conversationType !== 'personal' || !a.serviceUrl) return;
    if (a.type === 'installationUpdate' && (a.action === 'remove' || a.action === 'remove-upgrade')) {
      await this.removed(aadObjectId);
      return;
    }
    const signature = `${a.conversation.id}|${a.serviceUrl}`;
    if (this.saved.get(aadObjectId) === signature) return;
    const who = await this.identify(context);
    const ref = referenceOf(context, aadObjectId, who);
    if (this.options.authenticated) {
      await this.store.conversationRefs.save(ref);
    } else if (!(await this.store.conversationRefs.saveIfAbsent(ref))) {
      const stored = await this.store.conversationRefs.get(aadObjectId);
      if (stored && `${stored.conversationId}|${stored.serviceUrl}` !== signature) {
        log.warn({ aadObjectId }, 'conversation reference kept: an unauthenticated activity may not replace it');
        return;
      }
    }
    // Saved without an email because Teams could not say who this is: try again next time.
    if (who.unidentified !== 'teams-unavailable') this.saved.set(aadObjectId, signature);
  }

  private async removed(aadObjectId: string): Promise<void> {
    if (!this.options.authenticated) {
      log.warn({ aadObjectId }, 'conversation reference kept: an unauthenticated activity may not remove it');
      return;
    }
    await this.store.conversationRefs.remove(aadObjectId);
    this.saved.delete(aadObjectId);
    log.info({ aadObjectId }, 'conversation reference removed (uninstalled)');
  }
}

function referenceOf(context: TurnContext, aadObjectId: string, who: Identity): ConversationRef {
  const a = context.activity;
  return {
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
}
