/**
 * The floor answers are compared with: the same botbuilder/teams-ai/restify stack, the same
 * adapter and server, with nothing but an echo behind it.
 */
import { MessageFactory } from 'botbuilder';
import { Application, type TurnState } from '@microsoft/teams-ai';
import { createAdapter } from '../src/bot/bot';
import { createServer, listen } from '../src/server';
import { loadConfig } from '../src/config';
import type { Store } from '../src/store/store';

export interface RunningEcho {
  url: string;
  close(): Promise<void>;
}

export async function startEchoBot(): Promise<RunningEcho> {
  const config = loadConfig({ PORT: '0' }, false);
  const adapter = createAdapter(config);
  const app = new Application<TurnState>({ adapter, startTypingTimer: false, longRunningMessages: false, removeRecipientMention: true });
  app.activity('message', async (context) => {
    await context.sendActivity(MessageFactory.text(context.activity.text ?? ''));
  });
  const server = createServer({
    store: { ping: async () => undefined } as unknown as Store,
    routes: [(s) => s.post('/api/messages', async (req, res) => adapter.process(req as never, res as never, (ctx) => app.run(ctx).then(() => undefined)))],
  });
  const port = await listen(server, 0, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}/api/messages`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
