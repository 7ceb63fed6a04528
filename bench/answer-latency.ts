/**
 * Answer latency the way issue 13 measures it: "who handles a dispute?" asked by a person the store
 * knows, posted as Teams posts it (the reply goes back through a Teams-like mock connector), 8
 * keep-alive connections, alternating with an echo bot on the same stack in the same run so the
 * ratio holds on any machine. Teams (the connections and the mock connector) runs in a process of
 * its own (teams-side.ts), so the bot process's time and CPU are the bots' alone. Then single
 * questions while the connector is silent (accepts, never replies) or refusing connections, for a
 * known and an unknown person.
 *
 * `node dist/bench/answer-latency.js` runs this part alone, `... ratio` only the ratio, and
 * `... profile [seconds]` only loads our bot (for `node --cpu-prof`; `profile-echo` the echo bot).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { buildApp, type RunningApp } from '../src/app';
import { loadConfig } from '../src/config';
import { DEMO_PEOPLE, loadDemoData, type DemoPerson } from '../src/cli/demo';
import { todayInLondon } from '../src/framework/dates';
import { startTestStorage, type TestStorage } from '../test/helpers/azurite';
import { startDeadConnectors } from '../test/helpers/dead-connector';
import { startEchoBot, type RunningEcho } from './echo-bot';
import { postJson, stats, type Stats } from './load';
import { startTeamsSide, type TeamsSide } from './teams-side';

const QUESTION = 'who handles a dispute?';
const CONNECTIONS = 8;
const SECONDS_EACH = 4;
const SLICE_MS = 500;
const FAULT_CAP_MS = 25_000;

interface Asker {
  id: string;
  name: string;
  aadObjectId: string;
}

export const asDemo = (p: DemoPerson): Asker => ({ id: `29:${p.key}`, name: p.name, aadObjectId: p.aadObjectId });
const stranger = (): Asker => ({ id: `29:stranger-${randomUUID()}`, name: 'Stranger', aadObjectId: randomUUID() });

/** An activity as Teams posts it; the Teams side gives each its own id, time and serviceUrl. */
export function activity(serviceUrl: string, who: Asker, expectReplies: boolean): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    text: QUESTION,
    ...(expectReplies ? { deliveryMode: 'expectReplies' } : {}),
    from: who,
    recipient: { id: '28:yosbot', name: 'YOS bot' },
    conversation: { id: `a:personal-${who.id}`, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'en-GB',
  };
}

export interface Setup {
  storage: TestStorage;
  teams: TeamsSide;
  app: RunningApp;
  ours: string;
  echo: RunningEcho;
  close(): Promise<void>;
}

export async function setUp(): Promise<Setup> {
  const storage = await startTestStorage();
  const teams = await startTeamsSide();
  await loadDemoData(storage.store, todayInLondon(), 'bench');
  const app = await buildApp({ store: storage.store, config: loadConfig({ PORT: '0' }, false) });
  const port = await app.listen(0);
  const echo = await startEchoBot();
  return {
    storage,
    teams,
    app,
    ours: `http://127.0.0.1:${port}/api/messages`,
    echo,
    async close() {
      await echo.close();
      await app.close();
      await teams.close();
      await storage.azurite.stop();
    },
  };
}

const fmt = (s: Stats) => `mean ${s.mean.toFixed(2)} ms  p50 ${s.p50.toFixed(2)} ms  p99 ${s.p99.toFixed(2)} ms  (n=${s.count})`;

export interface RatioResult {
  echo: Stats;
  ours: Stats;
  meanRatio: number;
  p99Ratio: number;
  /** CPU time of the bot process per request (Azurite and the Teams side apart), microseconds. */
  echoCpu: number;
  oursCpu: number;
}

/**
 * Questions nobody asked just before: our own test questions with a few openings, more than the
 * answer caches keep, so every answer is worked out afresh (the cards' cache still helps, as it
 * would in use).
 */
function variedQuestions(): string[] {
  const dir = path.resolve(__dirname, '..', '..', 'test', 'fixtures');
  const questions = fs
    .readdirSync(dir)
    .filter((f) => /^qa-.*\.json$/.test(f))
    .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { q: string }[]).map((x) => x.q));
  return ['', 'Please, ', 'Quick question: ', 'Hi, '].flatMap((opening) => questions.map((q) => opening + q));
}

/** Alternating half-second slices (echo, ours, ours, echo, ...) so drift in the machine's load cancels out. */
export async function answerRatio(s: Setup, secondsEach = SECONDS_EACH, texts?: string[]): Promise<RatioResult> {
  const question = activity(s.teams.connectorUrl, asDemo(DEMO_PEOPLE[0]), false);
  const run = async (url: string, ms: number, cpu?: { micros: number }) => {
    const before = process.cpuUsage();
    const times = await s.teams.load(url, question, CONNECTIONS, ms, texts);
    const used = process.cpuUsage(before);
    if (cpu) cpu.micros += used.user + used.system;
    return times;
  };
  // Warm both up (JIT, caches, connections) before anything counts.
  for (const url of [s.echo.url, s.ours, s.echo.url, s.ours]) await run(url, 1000);
  const echoTimes: number[] = [];
  const ourTimes: number[] = [];
  const echoCpu = { micros: 0 };
  const oursCpu = { micros: 0 };
  for (let round = 0; round < (secondsEach * 1000) / SLICE_MS; round++) {
    for (const which of round % 2 === 0 ? ['echo', 'ours'] : ['ours', 'echo']) {
      if (which === 'echo') echoTimes.push(...(await run(s.echo.url, SLICE_MS, echoCpu)));
      else ourTimes.push(...(await run(s.ours, SLICE_MS, oursCpu)));
    }
  }
  const echo = stats(echoTimes);
  const ours = stats(ourTimes);
  return { echo, ours, meanRatio: ours.mean / echo.mean, p99Ratio: ours.p99 / echo.p99, echoCpu: echoCpu.micros / echo.count, oursCpu: oursCpu.micros / ours.count };
}

async function timeOne(url: string, body: unknown): Promise<string> {
  try {
    const r = await postJson(url, body, undefined, FAULT_CAP_MS);
    const personal = /For you/.test(r.body) ? ', personal part' : '';
    return `${r.ms.toFixed(0)} ms (HTTP ${r.status}${personal})`;
  } catch {
    return `> ${FAULT_CAP_MS / 1000} s (no answer)`;
  }
}

/**
 * With the connector dead, the answer can still reach the user when Teams asks for the replies
 * in the response (expectReplies); a reply sent through the connector cannot, so for that mode
 * what counts is that the HTTP request to the bot ends in time.
 */
export async function deadConnectorLatencies(s: Setup): Promise<string[]> {
  const dead = await startDeadConnectors();
  const lines: string[] = [];
  let nextKnown = 1;
  for (const [state, url] of [['refusing', dead.refusing], ['silent', dead.silent]] as const) {
    for (const kind of ['known', 'unknown'] as const) {
      const who = () => (kind === 'known' ? asDemo(DEMO_PEOPLE[nextKnown++ % DEMO_PEOPLE.length]) : stranger());
      const asker = who();
      const first = await timeOne(s.ours, activity(url, asker, true));
      const again = await timeOne(s.ours, activity(url, asker, true));
      const sent = await timeOne(s.ours, activity(url, who(), false));
      lines.push(`   connector ${state.padEnd(8)} ${kind.padEnd(7)} answer in response: first ${first}, again ${again}; reply via connector: HTTP done in ${sent}`);
    }
  }
  await dead.close();
  return lines;
}

export async function benchAnswerLatency(ratioOnly = false): Promise<void> {
  console.log(`\n1. Answer latency: "${QUESTION}" from a known person, reply through the mock connector, ${CONNECTIONS} connections, ${SECONDS_EACH} s each, alternating with the echo floor`);
  const s = await setUp();
  try {
    const r = await answerRatio(s);
    console.log(`   echo bot (floor)   ${fmt(r.echo)}`);
    console.log(`   our bot            ${fmt(r.ours)}`);
    console.log(`   ratio ours/echo    mean ${r.meanRatio.toFixed(2)}x  p99 ${r.p99Ratio.toFixed(2)}x   (targets: mean <= 1.5x, goal 1.1x; p99 <= 2x)`);
    console.log(`   bot CPU / request  echo ${(r.echoCpu / 1000).toFixed(2)} ms, ours ${(r.oursCpu / 1000).toFixed(2)} ms (${(r.oursCpu / r.echoCpu).toFixed(2)}x)`);
    const varied = variedQuestions();
    const v = await answerRatio(s, 2, varied);
    console.log(`\n1a. The same with ${varied.length} different questions in turn (answers not cached), 2 s each`);
    console.log(`   echo bot (floor)   ${fmt(v.echo)}`);
    console.log(`   our bot            ${fmt(v.ours)}`);
    console.log(`   ratio ours/echo    mean ${v.meanRatio.toFixed(2)}x  p99 ${v.p99Ratio.toFixed(2)}x`);
    console.log(`   bot CPU / request  echo ${(v.echoCpu / 1000).toFixed(2)} ms, ours ${(v.oursCpu / 1000).toFixed(2)} ms (${(v.oursCpu / v.echoCpu).toFixed(2)}x)`);
    if (ratioOnly) return;
    console.log('\n1b. One question while the connector is dead');
    for (const line of await deadConnectorLatencies(s)) console.log(line);
  } finally {
    await s.close();
  }
}

/** Load on one bot only (ours, or the echo floor), for profiling with `node --cpu-prof`. */
async function profileLoad(seconds: number, which: 'ours' | 'echo'): Promise<void> {
  const s = await setUp();
  const url = which === 'echo' ? s.echo.url : s.ours;
  const question = activity(s.teams.connectorUrl, asDemo(DEMO_PEOPLE[0]), false);
  await s.teams.load(url, question, CONNECTIONS, 1000);
  const from = process.hrtime.bigint() / 1000n;
  const times = await s.teams.load(url, question, CONNECTIONS, seconds * 1000);
  const to = process.hrtime.bigint() / 1000n;
  console.log(`${which === 'echo' ? 'echo' : 'our'} bot under load: ${fmt(stats(times))}`);
  console.log(`profile window (for profile-top --window): ${from},${to}`);
  await s.close();
}

if (require.main === module) {
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
  const [mode, seconds] = process.argv.slice(2);
  const run = mode === 'profile' || mode === 'profile-echo' ? profileLoad(Number(seconds ?? 6), mode === 'profile' ? 'ours' : 'echo') : benchAnswerLatency(mode === 'ratio');
  run.then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
