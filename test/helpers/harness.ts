/**
 * A running bot on loopback for integration tests: fresh Azurite, the real HTTP server and bot,
 * and a mock Bot Connector where Teams would be. Activities are posted as Teams sends them.
 */
import { randomUUID } from 'node:crypto';
import { buildApp, type RunningApp } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { DEMO_PEOPLE, loadDemoData } from '../../src/cli/demo';
import { addDays, todayInLondon, type CivilDate } from '../../src/framework/dates';
import type { SenderOptions } from '../../src/notify/sender';
import { Store } from '../../src/store/store';
import { startTestStorage, type TestStorage } from './azurite';
import type { LocalPolicy } from '../../src/framework/local-policy';
import { MockConnector, type MockConnectorOptions } from './mock-connector';
import { StorageProxy } from './storage-proxy';

export interface Harness {
  storage: TestStorage;
  connector: MockConnector;
  app: RunningApp;
  baseUrl: string;
  config: Config;
  /** With `storageProxy`: what stands between the app and storage (the test's `storage.store` goes direct). */
  proxy: StorageProxy | null;
  stop(): Promise<void>;
}

/**
 * A bot clock that stays on `day`: it runs from 12:00 UTC of that day (12:00 or 13:00 in London,
 * the same day either way) at the real rate. A test file that works out `today` once, when it
 * loads, gives its bots this clock so that a run crossing midnight does not move "today" under it.
 */
export function clockOn(day: CivilDate): () => Date {
  const startedAt = Date.now();
  const midday = Date.parse(`${day}T12:00:00Z`);
  return () => new Date(midday + (Date.now() - startedAt));
}

export interface HarnessOptions {
  env?: Record<string, string>;
  now?: () => Date;
  demo?: boolean;
  connector?: MockConnectorOptions;
  /** Persist Azurite's data here (so a test can stop and restart storage). */
  dataDir?: string;
  /** Local settings the store carries (default: the product defaults). */
  policy?: LocalPolicy;
  /** The app reaches storage through a StorageProxy the test can make fail. */
  storageProxy?: boolean;
  /** Sender settings for the app (shorter timeouts for connector fault tests). */
  sender?: SenderOptions;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const storage = await startTestStorage({ dataDir: options.dataDir, policy: options.policy });
  const connector = new MockConnector(options.connector);
  await connector.start();
  const config = loadConfig({ PORT: '0', NOTIFY_KEY: 'test-notify-key', ...options.env }, false);
  const now = options.now ?? (() => new Date());
  if (options.demo !== false) await loadDemoData(storage.store, new Date(now()).toISOString().slice(0, 10), 'test');
  const proxy = options.storageProxy ? new StorageProxy(storage.azurite.port) : null;
  await proxy?.start();
  const store = proxy ? await Store.open(proxy.connectionString(storage.azurite.connectionString)) : storage.store;
  const app = await buildApp({ store, config, now, sender: options.sender });
  const port = await app.listen(0);
  const harness: Harness = {
    storage,
    connector,
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    config,
    proxy,
    async stop() {
      await app.close();
      await connector.stop();
      await proxy?.stop();
      // A fault test may have replaced the Azurite (restarted it): stop the current one.
      await harness.storage.azurite.stop();
    },
  };
  return harness;
}

export function demoPerson(key: string) {
  const p = DEMO_PEOPLE.find((x) => x.key === key);
  if (!p) throw new Error(`no demo person ${key}`);
  return p;
}

/** An activity as Teams would send it, from a demo person in their personal chat with the bot. */
export function teamsActivity(h: Harness, fromKey: string, fields: Record<string, unknown>): Record<string, unknown> {
  const person = demoPerson(fromKey);
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: h.connector.url,
    from: { id: `29:${person.key}`, name: person.name, aadObjectId: person.aadObjectId },
    recipient: { id: '28:yosbot', name: 'YOS bot' },
    conversation: { id: `a:personal-29:${person.key}`, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'en-GB',
    ...fields,
  };
}

export interface PostResult {
  status: number;
  body: any;
  text: string;
}

export async function post(h: Harness, path: string, body: unknown, headers: Record<string, string> = {}): Promise<PostResult> {
  const res = await fetch(`${h.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: res.status, body: parsed, text };
}

/** Sends a message with deliveryMode expectReplies and returns the bot's reply activities. */
export async function say(h: Harness, fromKey: string, text: string): Promise<any[]> {
  const result = await post(h, '/api/messages', teamsActivity(h, fromKey, { text, deliveryMode: 'expectReplies' }));
  if (result.status !== 200) throw new Error(`POST /api/messages -> ${result.status} ${result.text}`);
  await h.app.background.idle(); // what the turn sent in the background has gone out
  return result.body.activities;
}

/** Every demo person messages the bot once, as in a team where all have opened the 1:1 chat. */
export async function introduceEveryone(h: Harness): Promise<void> {
  for (const p of DEMO_PEOPLE) await say(h, p.key, 'help');
}

/** A harness where every demo person has met the bot, with the connector's log emptied after. */
export async function startIntroducedHarness(options: HarnessOptions = {}): Promise<Harness> {
  const h = await startHarness(options);
  await introduceEveryone(h);
  h.connector.sent.length = 0;
  return h;
}

/** What a secondee types into the claim form for an ordinary trip two days ago; `changes` overrides fields. */
export function claimInputs(changes: Record<string, string> = {}): Record<string, string> {
  return { travelDate: addDays(todayInLondon(), -2), from: 'Northampton', to: 'Kettering', purpose: 'Court report', mileage: '24', ...changes };
}

/** All the text a person would read on a card (TextBlocks, facts, action titles). */
export function cardText(card: any): string {
  const parts: string[] = [];
  const walk = (node: any) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.text === 'string') parts.push(node.text);
    if (typeof node.title === 'string') parts.push(node.title);
    if (typeof node.value === 'string' && node.type !== 'Input.Text') parts.push(node.value);
    for (const key of ['body', 'items', 'columns', 'facts', 'actions', 'card', 'inlines']) if (node[key]) walk(node[key]);
  };
  walk(card);
  return parts.join('\n');
}

export function firstCard(activities: any[]): any {
  const attachment = activities.flatMap((a) => a.attachments ?? []).find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!attachment) throw new Error(`no adaptive card in ${JSON.stringify(activities).slice(0, 300)}`);
  return attachment.content;
}

/** Finds a card action by its title, at the top level or inside ActionSets. */
export function findAction(card: any, title: string): any {
  const found: any[] = [];
  const walk = (node: any) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.type === 'string' && node.type.startsWith('Action.') && node.title === title) found.push(node);
    for (const key of ['body', 'items', 'columns', 'actions', 'card']) if (node[key]) walk(node[key]);
  };
  walk(card);
  if (!found.length) throw new Error(`no button "${title}" on card: ${cardText(card).slice(0, 300)}`);
  return found[0];
}

/**
 * Presses a card button as Teams does: an adaptiveCard/action invoke whose data is the action's
 * data merged with the card's input values. Returns the card the bot answers with, once the
 * background work the press started has finished.
 */
export async function press(h: Harness, fromKey: string, card: any, title: string, inputs: Record<string, unknown> = {}, replyToId = 'm-card'): Promise<any> {
  const action = findAction(card, title);
  const invoke = teamsActivity(h, fromKey, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId,
    value: { action: { type: 'Action.Execute', verb: action.verb, data: { ...(action.data ?? {}), ...inputs } }, trigger: 'manual' },
  });
  const result = await post(h, '/api/messages', invoke);
  if (result.status !== 200) throw new Error(`invoke -> ${result.status} ${result.text}`);
  await h.app.background.idle(); // card updates and notices the action owes have gone out
  return result.body.value;
}
