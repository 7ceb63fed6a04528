/**
 * The Teams bot: a @microsoft/teams-ai Application on a TeamsAdapter. botbuilder and teams-ai
 * types stay in this folder; the rules, store and reminders know nothing of them.
 *
 * Routes are tried in order and the first match wins, so commands come before the catch-all
 * question handler, and card actions before the catch-all "unknown action" invoke.
 */
import {
  ActivityTypes,
  ConfigurationServiceClientCredentialFactory,
  MessageFactory,
  type TurnContext,
} from 'botbuilder';
import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import type { Server } from 'restify';
import type { Config } from '../config';
import { log } from '../log';
import type { Store } from '../store/store';
import { StorageUnavailableError } from '../store/table';
import { ask } from '../services/ask';
import { todayInLondon } from '../framework/dates';
import { describeRoles } from '../framework/personal';
import { framedSection } from '../framework/rules';
import { cardAttachment } from '../views/templates';
import { identify, type Identity } from './identity';
import { ConnectorUnreachable, connectorDeadline } from './connector-limits';
import { ReferenceKeeper } from './references';
import { activityProblem, withoutMalformedAadObjectId } from './activity-guard';
import { GuardedTeamsAdapter } from './guarded-adapter';
import { RosterKeeper, rosterRoutes } from './rosters';
import { applySayButton } from './say-buttons';
import { admitTurn, serviceUrlProblem } from './service-url';
import { serviceUrlCheck } from '../service-urls';
import { answerCard, errorCard, sharedWelcomeCard, welcomeCard } from '../views/chat-cards';
import { helpFor } from './help';
import { smallTalkRoutes } from './small-talk';
import { isShared } from './privately';

export interface BotParts {
  store: Store;
  config: Config;
  /** The clock, so tests can ask "as of" a given day. */
  now?: () => Date;
  /** Feature modules add their routes here (today one: the workflow commands and card actions, workflows.ts). */
  features?: ((app: Application<TurnState>, ctx: BotContext) => void)[];
}

export interface BotContext {
  store: Store;
  config: Config;
  today(): string;
  identify(context: TurnContext): Promise<Identity>;
}

export interface Bot {
  adapter: TeamsAdapter;
  app: Application<TurnState>;
  ctx: BotContext;
  rosters: RosterKeeper;
  register(server: Server): void;
}

/**
 * The public cloud's Bot Framework settings. Overriding the OpenID metadata URL makes botbuilder
 * build its authentication from the given settings alone, so the rest must come with it (without
 * the token issuer every token, valid or not, is refused).
 */
const PUBLIC_CLOUD = {
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  OAuthUrl: 'https://api.botframework.com',
  CallerId: 'urn:botframework:azure',
};

export function createAdapter(config: Config, connectorTimeoutMs?: number): TeamsAdapter {
  const credentials = {
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.appTenantId,
  };
  const adapter = new GuardedTeamsAdapter(
    { ...credentials, ...(config.openIdMetadataUrl ? { ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: config.openIdMetadataUrl } : {}) },
    new ConfigurationServiceClientCredentialFactory(credentials),
  );
  adapter.use(connectorDeadline(connectorTimeoutMs));
  adapter.onTurnError = async (context, error) => {
    if (error instanceof ConnectorUnreachable) {
      // An apology would go the same way; end the turn so Teams gets its HTTP answer.
      log.warn({ err: error.message, activityType: context.activity.type, activityId: context.activity.id }, 'reply not delivered');
      return;
    }
    // Log the fault with ids only; the user gets a plain apology, never a stack trace.
    log.error({ err: error.message, activityType: context.activity.type, activityId: context.activity.id }, 'turn failed');
    // Storage past its deadline: say plainly that it was not done (a card press gets a card, not a 501).
    const storageDown = error instanceof StorageUnavailableError;
    const text = storageDown ? storageDownText(error) : 'Sorry, something went wrong on my side. Please try again in a moment.';
    try {
      if (context.activity.type === ActivityTypes.Message) await context.sendActivity(text);
      else if (storageDown && context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action') {
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: errorCard('Not done', text) } } });
      }
    } catch {
      // The channel may be unreachable too; nothing more to do.
    }
  };
  return adapter;
}

export function createBot(parts: BotParts): Bot {
  const adapter = createAdapter(parts.config);
  const app = new Application<TurnState>({
    adapter,
    botAppId: parts.config.appId,
    startTypingTimer: false, // answers take milliseconds; typing indicators would only add traffic
    removeRecipientMention: true,
    longRunningMessages: false,
  });
  const now = parts.now ?? (() => new Date());
  const ctx: BotContext = {
    store: parts.store,
    config: parts.config,
    today: () => todayInLondon(now()),
    identify: (context) => identify(parts.store, context, todayInLondon(now())),
  };

  // Every activity first refreshes the sender's conversation reference (reminders need it); a say
  // button's press then reads as its text.
  const references = new ReferenceKeeper(parts.store, ctx.identify, { authenticated: !!parts.config.appId });
  app.turn('beforeTurn', async (context) => {
    await references.onActivity(context);
    applySayButton(context.activity);
    return true;
  });

  const rosters = new RosterKeeper(parts.store, { authenticated: !!parts.config.appId });
  greetingRoutes(app, ctx, rosters);
  smallTalkRoutes(app, ctx);
  rosterRoutes(app, rosters);
  for (const feature of parts.features ?? []) feature(app, ctx);
  fallbackRoutes(app, ctx);

  const serviceUrlAllowed = serviceUrlCheck(parts.config.serviceUrlAllowList);
  const register = (server: Server) => {
    server.post('/api/messages', async (req, res) => {
      // Anonymous: nothing else vouches for the serviceUrl, so refuse it at the door. With an app
      // id, unsigned requests get their 401 first and signed ones are checked once authenticated.
      withoutMalformedAadObjectId(req.body);
      const problem = activityProblem(req.body) ?? (parts.config.appId ? null : serviceUrlProblem(req.body, serviceUrlAllowed));
      if (problem) {
        res.send(400, { error: problem });
        return;
      }
      await adapter.process(req as never, res as never, async (context) => {
        if (await admitTurn(context, serviceUrlAllowed)) await app.run(context);
      });
    });
  };

  return { adapter, app, ctx, rosters, register };
}

/** Welcome on install, an introduction when added to a team (and its roster read), and the help card. */
function greetingRoutes(app: Application<TurnState>, ctx: BotContext, rosters: RosterKeeper): void {
  const welcome = async (context: TurnContext) => {
    // Everyone in a team or group chat reads the welcome: no names, no roles.
    if (isShared(context)) return void (await context.sendActivity(MessageFactory.attachment(cardAttachment(sharedWelcomeCard()))));
    const who = await ctx.identify(context);
    const roles = who.person ? describeRoles(await ctx.store.snapshot(ctx.today()), who.person.email) : [];
    await context.sendActivity(MessageFactory.attachment(cardAttachment(welcomeCard(who, roles))));
  };

  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    if (context.activity.action === 'add' || context.activity.action === 'add-upgrade') await welcome(context);
  });
  // A personal install sends both installationUpdate and conversationUpdate(membersAdded): the
  // welcome goes once, on installationUpdate. When the bot joins a team, it introduces itself there.
  // In a team, joining or new members (re)read the roster so reminders reach everyone in it.
  app.conversationUpdate('membersAdded', async (context) => {
    await rosters.onConversationUpdate(context);
    const added = context.activity.membersAdded ?? [];
    if (isShared(context) && added.some((m) => m.id === context.activity.recipient.id)) {
      await context.sendActivity(MessageFactory.attachment(cardAttachment(sharedWelcomeCard())));
    }
  });

  app.message(/^\s*(help|\?|what can you do\??)\s*$/i, async (context) => {
    await context.sendActivity(MessageFactory.attachment(cardAttachment(await helpFor(ctx, context))));
  });
}

/** What happened to storage, truthfully: a refused connection is not a late answer. */
function storageDownText(error: StorageUnavailableError): string {
  const what = {
    timeout: 'storage did not answer in time',
    unreachable: 'I could not reach my storage (the connection was refused or cut off)',
    failed: 'my storage reported a fault on its side',
  }[error.reason];
  return `Not done: ${what}. Please try again in a moment.`;
}

/** What no command or action claimed: a question, an unknown card action, another invoke. */
function fallbackRoutes(app: Application<TurnState>, ctx: BotContext): void {
  // Anything else typed is a question about the framework.
  app.activity(ActivityTypes.Message, async (context) => {
    const question = (context.activity.text ?? '').trim();
    if (!question) {
      await context.sendActivity(MessageFactory.attachment(cardAttachment(await helpFor(ctx, context))));
      return;
    }
    // Storage down: the framework's general answer still goes, saying why it is not personal.
    const who = await ctx.identify(context).catch((err: unknown) => {
      if (err instanceof StorageUnavailableError) return { person: null, unidentified: 'records-unavailable' as const };
      throw err;
    });
    // In a channel or group chat the rule only: the asker's own people and dates are personal data.
    const asker = isShared(context) ? {} : { email: who.person?.email, unidentified: who.unidentified ?? undefined };
    const answer = await ask(ctx.store, question, asker, ctx.today());
    const card = answerCard(answer);
    await context.sendActivity({ ...MessageFactory.attachment(cardAttachment(card)), summary: answer.section ? framedSection(answer.section) : 'Not covered by the framework' });
  });

  // Card actions nobody handles (unknown verb, stale card): a card saying so, never a 500.
  app.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action',
    async (context) => {
      const verb = String((context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb ?? '');
      log.warn({ verb: verb.slice(0, 40) }, 'unknown card action');
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: errorCard('That button is not recognised', 'This card may be out of date. Type help to start again.') } },
      });
    },
    true,
  );
  // Other invokes (none of which this bot offers) are a client error, not a server fault.
  app.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke,
    async (context) => {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error: 'unsupported invoke' } } });
    },
    true,
  );
}
