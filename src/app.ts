/**
 * Composition root: wires the store, the bot, the reminder machinery and the HTTP server. Used by
 * `npm start` and by the integration tests, so both run the same assembly.
 */
import type { Server } from 'restify';
import type { Config } from './config';
import type { Store } from './store/store';
import { createBot, type Bot } from './bot/bot';
import { createServer, listen } from './server';

export interface AppParts {
  store: Store;
  config: Config;
  now?: () => Date;
}

export interface RunningApp {
  server: Server;
  bot: Bot;
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

export async function buildApp(parts: AppParts): Promise<RunningApp> {
  const bot = createBot({ store: parts.store, config: parts.config, now: parts.now });
  const server = createServer({ store: parts.store, routes: [bot.register] });
  return {
    server,
    bot,
    listen: (port) => listen(server, port, '0.0.0.0'),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
