/**
 * Questions never asked before (issue 20, item 5): every distinct fixture question posted once,
 * one after another, by a known demo person, over real HTTP, with the reply through the mock
 * connector; the echo bot answers the same texts, in alternating batches in the same run, so the
 * ratio holds on any machine. Each text is new to the bot (a fresh store, so fresh answer caches),
 * so every answer is worked out afresh. Then, in a fresh process (answer-startup.ts), the time to
 * build the answer index and the memory it keeps, against that process before it was built.
 *
 * `node dist/bench/first-answers.js` runs this part alone; `... profile` only posts the questions to
 * our bot (for `node --cpu-prof`), `... profile-echo` only to the echo bot.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { DEMO_PEOPLE } from '../src/cli/demo';
import { PHRASINGS } from '../src/framework/phrasings';
import { activity, asDemo, setUp, type Setup } from './answer-latency';
import { distinctQuestions } from './fixture-questions';
import { stats, type Stats } from './load';
import type { StartupReport } from './answer-startup';

const BATCH = 10;
/**
 * Warm-up: this many of the rules' own ways of asking (phrasings.ts, none of them a measured
 * question), each posted once to each bot, so the code is compiled as in a bot that has been
 * running a while, while the measured questions stay new to every answer cache.
 */
const WARM_UP = 400;

function warmUpTexts(measured: string[]): string[] {
  const skip = new Set(measured);
  return [...new Set(Object.values(PHRASINGS).flat())].filter((q) => !skip.has(q.trim())).slice(0, WARM_UP);
}

const fmt = (s: Stats) => `mean ${s.mean.toFixed(2)} ms  p50 ${s.p50.toFixed(2)} ms  p99 ${s.p99.toFixed(2)} ms  (n=${s.count})`;

async function firstTimeRatio(s: Setup, texts: string[]): Promise<{ echo: Stats; ours: Stats; echoCpu: number; oursCpu: number }> {
  const template = activity(s.teams.connectorUrl, asDemo(DEMO_PEOPLE[0]), false);
  const cpu = { echo: 0, ours: 0 };
  const run = async (which: 'echo' | 'ours', batch: string[]) => {
    const before = process.cpuUsage();
    const times = await s.teams.each(which === 'echo' ? s.echo.url : s.ours, template, batch);
    const used = process.cpuUsage(before);
    cpu[which] += used.user + used.system;
    return times;
  };
  const warmUp = warmUpTexts(texts);
  for (const which of ['echo', 'ours'] as const) await run(which, warmUp);
  cpu.echo = cpu.ours = 0;
  const echoTimes: number[] = [];
  const ourTimes: number[] = [];
  for (let i = 0; i < texts.length; i += BATCH) {
    const batch = texts.slice(i, i + BATCH);
    for (const which of (i / BATCH) % 2 === 0 ? (['echo', 'ours'] as const) : (['ours', 'echo'] as const)) {
      (which === 'echo' ? echoTimes : ourTimes).push(...(await run(which, batch)));
    }
  }
  return { echo: stats(echoTimes), ours: stats(ourTimes), echoCpu: cpu.echo / texts.length, oursCpu: cpu.ours / texts.length };
}

/** Start-up and memory of the answering, measured in a fresh process. */
function startup(): Promise<StartupReport> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'answer-startup.js'), [], {
      execArgv: ['--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (report: StartupReport) => resolve(report));
    child.once('exit', (code) => (code ? reject(new Error(`answer-startup exited with ${code}`)) : undefined));
  });
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

export async function benchFirstAnswers(): Promise<void> {
  const texts = distinctQuestions();
  console.log(
    `\n1d. Questions never asked before: ${texts.length} distinct fixture questions, each posted once in turn by a known person, alternating with the echo bot in batches of ${BATCH}`,
  );
  const s = await setUp();
  try {
    const r = await firstTimeRatio(s, texts);
    console.log(`   echo bot (floor)   ${fmt(r.echo)}`);
    console.log(`   our bot            ${fmt(r.ours)}`);
    console.log(
      `   ratio ours/echo    mean ${(r.ours.mean / r.echo.mean).toFixed(2)}x  p99 ${(r.ours.p99 / r.echo.p99).toFixed(2)}x   (target: mean <= 1.5x)`,
    );
    console.log(
      `   bot CPU / request  echo ${(r.echoCpu / 1000).toFixed(2)} ms, ours ${(r.oursCpu / 1000).toFixed(2)} ms (${(r.oursCpu / r.echoCpu).toFixed(2)}x)`,
    );
  } finally {
    await s.close();
  }
  const u = await startup();
  console.log(
    `\n1e. Answering start-up and memory, in a fresh process (heap and RSS after GC; the baseline is that process before the index is built)`,
  );
  console.log(
    `   start-up: English word list read in ${u.wordsMs.toFixed(0)} ms, first answer (building the index) in ${u.firstAnswerMs.toFixed(0)} ms (target: under 3 s in all)`,
  );
  console.log(`   then ${u.answered} questions answered in process: mean ${u.meanMs.toFixed(2)} ms`);
  console.log(
    `   baseline heap ${mb(u.before.heapUsed)} RSS ${mb(u.before.rss)}; with the index heap ${mb(u.after.heapUsed)} RSS ${mb(u.after.rss)} (growth heap ${mb(u.after.heapUsed - u.before.heapUsed)}, RSS ${mb(u.after.rss - u.before.rss)})`,
  );
}

/**
 * One bot only, every question once, for `node --cpu-prof` (prints the window for profile-top):
 * ours, or the echo bot for the floor's own profile.
 */
async function profileFirstAnswers(which: 'ours' | 'echo'): Promise<void> {
  const texts = distinctQuestions();
  const s = await setUp();
  const url = which === 'echo' ? s.echo.url : s.ours;
  const template = activity(s.teams.connectorUrl, asDemo(DEMO_PEOPLE[0]), false);
  await s.teams.each(url, template, warmUpTexts(texts));
  const from = process.hrtime.bigint() / 1000n;
  const times = await s.teams.each(url, template, texts);
  const to = process.hrtime.bigint() / 1000n;
  console.log(`${which === 'echo' ? 'echo' : 'our'} bot, questions never asked before: ${fmt(stats(times))}`);
  console.log(`profile window (for profile-top --window): ${from},${to}`);
  await s.close();
}

if (require.main === module) {
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
  const mode = process.argv[2];
  (mode === 'profile' ? profileFirstAnswers('ours') : mode === 'profile-echo' ? profileFirstAnswers('echo') : benchFirstAnswers()).then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
