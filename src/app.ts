/**
 * Composition root: wires the store, the bot, the reminder machinery and the HTTP server. Used by
 * `npm start` and by the integration tests, so both run the same assembly.
 */
import type { Server } from 'restify';
import { bindingProblem, type Config } from './config';
import type { Store } from './store/store';
import type { CivilDate } from './framework/dates';
import { createBot, type Bot } from './bot/bot';
import { createServer, listen } from './server';
import type { ConnectorSender, SenderOptions } from './notify/sender';
import type { Reacher } from './notify/reach';
import { proactive } from './proactive';
import { sweep, type SweepDeps, type SweepResult } from './notify/sweep';
import { ReminderScheduler } from './notify/scheduler';
import { notifyRoute } from './http/notify-route';
import { workflowFeature } from './bot/workflows';
import { calendarRoute } from './http/calendar-route';
import { oversightRoutes } from './http/oversight-route';
import { TabAuth } from './http/tab-auth';
import { todayInLondon } from './framework/dates';
import { BackgroundWork } from './notify/background';
import { ClaimEffects } from './notify/claim-effects';
import { ClaimNotices } from './notify/claim-notices';
import { prepareAnswering } from './services/ask';

export interface AppParts {
  store: Store;
  config: Config;
  now?: () => Date;
  /** Start the in-process daily scheduler (npm start does; tests drive sweeps themselves). */
  scheduler?: boolean;
  sender?: SenderOptions;
  sweep?: Partial<SweepDeps>;
}

export interface RunningApp {
  server: Server;
  bot: Bot;
  sender: ConnectorSender;
  reacher: Reacher;
  /** Card updates and notices sent after the answer (tests wait on `background.idle()`). */
  background: BackgroundWork;
  runSweep(asOf: CivilDate, dryRun?: boolean): Promise<SweepResult>;
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

function tabAuthOptions(config: Config) {
  return { appId: config.tabSsoAppId, keysUrl: config.tabSsoKeysUrl };
}

export async function buildApp(parts: AppParts): Promise<RunningApp> {
  const now = parts.now ?? (() => new Date());
  prepareAnswering();
  const { sender, reacher } = proactive(parts.config, parts.store, parts.sender);
  const runSweep = (asOf: CivilDate, dryRun = false) =>
    sweep({ store: parts.store, sender, reacher, now, ...parts.sweep }, { asOf, dryRun });
  const background = new BackgroundWork();
  const notices = new ClaimNotices(parts.store, sender, () => todayInLondon(now()), reacher);
  const claimEffects = new ClaimEffects(parts.store, notices);
  const settleClaims = () => background.run('claim-intents', async () => (await claimEffects.settle()).open === 0, { retryAfterMs: 30_000 });
  // A read that finds claim changes still owing messages (a fault interrupted them) has them sent.
  parts.store.claimLedger.onOpenIntents = settleClaims;
  const bot = createBot({ store: parts.store, config: parts.config, now, features: [workflowFeature({ notices, claimEffects, background, reacher, sender })] });
  const server = createServer({
    store: parts.store,
    routes: [bot.register, notifyRoute(parts.config.notifyKey, runSweep, now), calendarRoute(parts.store, parts.config.publicUrl, now), oversightRoutes(parts.store, new TabAuth(tabAuthOptions(parts.config)), now)],
  });
  const scheduler = parts.scheduler ? new ReminderScheduler((asOf) => runSweep(asOf), parts.config.reminderTime, now) : null;
  return {
    server,
    bot,
    sender,
    reacher,
    background,
    runSweep,
    async listen(port) {
      const problem = bindingProblem(parts.config);
      if (problem) throw new Error(problem);
      const bound = await listen(server, port, parts.config.host);
      scheduler?.start();
      settleClaims(); // whatever a crash left owing
      return bound;
    },
    close: async () => {
      scheduler?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await background.close();
    },
  };
}
