/**
 * The Teams side of the answer benchmark, in a process of its own as Teams runs on machines of its
 * own: the mock Bot Connector the replies go to, and the keep-alive connections posting activities.
 * So the time and CPU the bot process spends are the bot's alone.
 *
 * The parent calls `startTeamsSide()`; this file, run as a child, answers its messages.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { MockConnector } from '../test/helpers/mock-connector';
import { each, load } from './load';

type ToChild =
  | { type: 'load'; id: number; url: string; template: Record<string, unknown>; texts?: string[]; connections: number; ms: number }
  | { type: 'each'; id: number; url: string; template: Record<string, unknown>; texts: string[] };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type FromChild = { type: 'ready'; connectorUrl: string } | { type: 'loaded'; id: number; times: number[] } | { type: 'failed'; id: number; message: string };

export interface TeamsSide {
  connectorUrl: string;
  /**
   * Posts `template` (with a fresh id, timestamp and this side's serviceUrl; its text taken in
   * turn from `texts` when given) over `connections` connections for `ms`.
   */
  load(url: string, template: Record<string, unknown>, connections: number, ms: number, texts?: string[]): Promise<number[]>;
  /** Posts `template` once with each of `texts`, one after another on one connection. */
  each(url: string, template: Record<string, unknown>, texts: string[]): Promise<number[]>;
  close(): Promise<void>;
}

export async function startTeamsSide(): Promise<TeamsSide> {
  const child: ChildProcess = fork(__filename, ['teams-side'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const connectorUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (msg: FromChild) => (msg.type === 'ready' ? resolve(msg.connectorUrl) : reject(new Error('Teams side did not start'))));
    child.once('exit', (code) => reject(new Error(`Teams side exited with ${code}`)));
  });
  let nextId = 0;
  const waiting = new Map<number, { resolve(times: number[]): void; reject(err: Error): void }>();
  child.on('message', (msg: FromChild) => {
    if (msg.type === 'ready') return;
    const w = waiting.get(msg.id);
    waiting.delete(msg.id);
    if (msg.type === 'loaded') w?.resolve(msg.times);
    else w?.reject(new Error(msg.message));
  });
  const ask = (msg: DistributiveOmit<ToChild, 'id'>) =>
    new Promise<number[]>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      child.send({ ...msg, id } satisfies ToChild);
    });
  return {
    connectorUrl,
    load: (url, template, connections, ms, texts) => ask({ type: 'load', url, template, texts, connections, ms }),
    each: (url, template, texts) => ask({ type: 'each', url, template, texts }),
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

async function serve(): Promise<void> {
  // Teams' rate limits are not what is measured here.
  const connector = new MockConnector({ perConversationPerSecond: 1e9, globalPerSecond: 1e9 });
  const connectorUrl = await connector.start();
  process.on('message', async (msg: ToChild) => {
    try {
      const activity = (i: number) => ({
        ...msg.template,
        ...(msg.texts ? { text: msg.texts[i % msg.texts.length] } : {}),
        id: randomUUID(),
        timestamp: new Date().toISOString(),
        serviceUrl: connectorUrl,
      });
      const times = msg.type === 'each' ? await each(msg.url, activity, msg.texts.length) : await load(msg.url, activity, msg.connections, msg.ms);
      connector.sent.length = 0; // a real connector keeps nothing here
      process.send!({ type: 'loaded', id: msg.id, times } satisfies FromChild);
    } catch (err) {
      process.send!({ type: 'failed', id: msg.id, message: (err as Error).message } satisfies FromChild);
    }
  });
  process.send!({ type: 'ready', connectorUrl } satisfies FromChild);
}

if (require.main === module && process.argv[2] === 'teams-side') void serve();
