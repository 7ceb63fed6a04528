/**
 * The proactive side as the app and the CLI assemble it: a sender authenticated as the bot,
 * within one tenant-wide send budget shared by every instance through storage, and a Reacher that
 * opens chats from team rosters, or through Graph when that is configured.
 */
import type { Config } from './config';
import { createSender } from './bot/connector-token';
import { createGraphInstaller } from './notify/graph-installer';
import { SharedRateBudget, positionsPerSecond } from './notify/rate-budget';
import { TEAMS_LIMITS } from './notify/rate-limiter';
import { Reacher } from './notify/reach';
import type { ConnectorSender, SenderOptions } from './notify/sender';
import type { Store } from './store/store';

export interface Proactive {
  sender: ConnectorSender;
  reacher: Reacher;
}

/** The bot's id as Teams knows it in a conversation (28:<app id>). */
export function botIdOf(config: Config): string {
  return `28:${config.appId || 'yosbot'}`;
}

export function proactive(config: Config, store: Store, options: SenderOptions = {}): Proactive {
  const sender = createSender(config, {
    budget: new SharedRateBudget(store.rateSlots(positionsPerSecond(TEAMS_LIMITS.globalPerSecond))),
    // The tenant limit is the shared budget's; this process keeps the per-conversation one.
    limits: { perConversationPerSecond: TEAMS_LIMITS.perConversationPerSecond, globalPerSecond: Infinity },
    ...options,
  });
  const reacher = new Reacher({
    store,
    sender,
    graph: config.graph ? createGraphInstaller(config.graph) : null,
    graphTenantId: config.graph?.tenantId,
    botId: botIdOf(config),
    defaultServiceUrl: config.teamsServiceUrl,
  });
  return { sender, reacher };
}
