/**
 * `npm run bench`: numbers that matter, each against a baseline measured in the same run, so the
 * ratios hold on any machine. Timings never gate `npm test`.
 *
 * 1. Answer latency against an echo bot on the same stack, and with the connector dead
 *    (answer-latency.ts); the answer itself in process; questions never asked before, each once, with
 *    the answering's start-up time and memory (first-answers.ts).
 * 2. Reminder throughput: 2,000 reminders through the mock connector enforcing Teams' limits.
 * 3. Sweep time with 1x and 10x closed history.
 * 4. Memory (RSS) after 10,000 answered messages.
 * 5. Two processes sharing one tenant send budget (bench/shared-budget.ts).
 * 6. Import of 5,000 secondments: row by row (as before) against entity-group batches (bench/import.ts).
 * 7. Claims answered once saved to disk against once acknowledged in memory (bench/confirmed-saved.ts).
 */
import { randomUUID } from 'node:crypto';
import { answerQuestion } from '../src/framework/answer';
import { configureAnswering } from '../src/services/english-words';
import { addDays, addMonths, nextWorkingDay, todayInLondon } from '../src/framework/dates';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { loadDemoData } from '../src/cli/demo';
import { ConnectorSender } from '../src/notify/sender';
import { sweep } from '../src/notify/sweep';
import type { Store } from '../src/store/store';
import { startTestStorage } from '../test/helpers/azurite';
import { MockConnector } from '../test/helpers/mock-connector';
import { inParallel } from './load';
import { benchAnswerLatency } from './answer-latency';
import { benchFirstAnswers } from './first-answers';
import { benchSharedBudget } from './shared-budget';
import { benchImport } from './import';
import { benchConfirmedSaved } from './confirmed-saved';

const QUESTIONS = [
  'who handles a dispute?',
  'how long can my secondment last?',
  'do PSOs have to do Saturday court?',
  'when is the vacancy tracker due?',
  'who approves my travel expenses?',
  'what is the overhead contribution for a PO?',
  'recommend a decent pub near the court',
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

function activity(serviceUrl: string, text: string, i: number) {
  return {
    type: 'message', id: randomUUID(), channelId: 'msteams', serviceUrl, text, deliveryMode: 'expectReplies',
    from: { id: `29:bench-${i % 50}`, name: 'Bench', aadObjectId: '00000000-0000-4000-8000-000000000001' },
    recipient: { id: '28:bot', name: 'bot' },
    conversation: { id: `a:bench-${i % 50}`, conversationType: 'personal', tenantId: 't' },
  };
}

async function timeRequests(url: string, serviceUrl: string, n: number, concurrency = 1): Promise<number[]> {
  const times: number[] = [];
  await inParallel(n, concurrency, async (i) => {
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity(serviceUrl, QUESTIONS[i % QUESTIONS.length], i)) });
    await res.text();
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    times.push(performance.now() - started);
  });
  return times;
}

async function benchAnswers(): Promise<void> {
  await benchAnswerLatency();
  await benchFirstAnswers();
  const n = 400;
  configureAnswering();
  for (let i = 0; i < 50; i++) answerQuestion(QUESTIONS[i % QUESTIONS.length]); // warm up
  const inProcess: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    answerQuestion(QUESTIONS[i % QUESTIONS.length]);
    inProcess.push(performance.now() - started);
  }
  const storage = await startTestStorage();
  const connector = new MockConnector();
  await connector.start();
  await loadDemoData(storage.store, todayInLondon(), 'bench');
  const app = await buildApp({ store: storage.store, config: loadConfig({ PORT: '0' }, false) });
  const port = await app.listen(0);
  console.log(`\n1c. The answer in process (no HTTP, no storage): p50 ${ms(percentile(inProcess, 50))}  p95 ${ms(percentile(inProcess, 95))}`);

  console.log('\n4. Memory after 10,000 answered messages');
  await timeRequests(`http://127.0.0.1:${port}/api/messages`, connector.url, 1000, 8); // warm up first: growth, not start-up, is measured
  global.gc?.();
  const before = process.memoryUsage().rss;
  await timeRequests(`http://127.0.0.1:${port}/api/messages`, connector.url, 10_000, 8);
  global.gc?.();
  const after = process.memoryUsage().rss;
  console.log(`   RSS before ${(before / 1048576).toFixed(0)} MB, after ${(after / 1048576).toFixed(0)} MB (growth ${((after - before) / 1048576).toFixed(1)} MB, ratio ${(after / before).toFixed(2)}x)`);
  await app.close();
  await connector.stop();
  await storage.azurite.stop();
}

async function benchThroughput(): Promise<void> {
  console.log('\n2. Reminder throughput through the mock connector (7/s per conversation, 50/s global)');
  const storage = await startTestStorage();
  const connector = new MockConnector({ perConversationPerSecond: 7, globalPerSecond: 50 });
  await connector.start();
  const store = storage.store;
  const today = todayInLondon();
  const asOf = nextWorkingDay(today);
  // 1,000 people each with a three-way review due today and a return plan due today: 2,000 reminders.
  const people = Array.from({ length: 1000 }, (_, i) => ({ email: `link${i}@bench.example.org`, name: `Link ${i}`, aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
  await store.yos.insert({ yosId: 'BENCH', name: 'Bench YOS', division: 'Bench', yotManagerEmail: 'yot@bench.example.org', yosSeniorManagerEmail: 'senior@bench.example.org', headOfLduEmail: 'ldu@bench.example.org', spocEmail: 'spoc@bench.example.org' }, 'bench');
  await Promise.all(people.map((p) => store.people.insert(p, 'bench')));
  await Promise.all(
    people.map((p, i) =>
      store.secondments.insert({
        secondmentId: `B${i}`, yosId: 'BENCH', secondeeEmail: `po${i}@bench.example.org`, grade: 'PO', fte: 1,
        startDate: addMonths(asOf, -30), plannedEndDate: addMonths(asOf, 6), linkManagerEmail: p.email,
        lastReviewDate: addMonths(asOf, -3), returnPlanHeldDate: null, endedDate: null,
      }, 'bench'),
    ),
  );
  await Promise.all(people.map((p) => store.conversationRefs.save({
    aadObjectId: p.aadObjectId, email: p.email, userId: `29:${p.aadObjectId}`, name: p.name, conversationId: `a:${p.aadObjectId}`,
    serviceUrl: connector.url, tenantId: 't', channelId: 'msteams', botId: '28:bot', updatedAt: new Date().toISOString(), unreachableReason: null,
  })));
  const plan = await sweep({ store, sender: new ConnectorSender() }, { asOf, dryRun: true, evenOnHolidays: true });
  const toLinkManagers = (plan.reminders ?? []).filter((r) => r.recipient.startsWith('link')).length;
  const started = performance.now();
  const result = await sweep({ store, sender: new ConnectorSender(), concurrency: 64 }, { asOf, evenOnHolidays: true });
  const seconds = (performance.now() - started) / 1000;
  const delivered = connector.sent.length;
  const keys = new Set(connector.sent.map((s) => `${s.conversationId}|${JSON.stringify(s.activity.attachments[0].content.body[1])}`));
  // Sending rate as the connector saw it (first to last arrival); the sweep total includes planning.
  const arrivals = connector.sent.map((s) => s.at).sort((a, b) => a - b);
  const rate = (arrivals.length - 1) / ((arrivals[arrivals.length - 1] - arrivals[0]) / 1000);
  console.log(`   planned ${plan.planned} (${toLinkManagers} to link managers); sent ${result.sent}; delivered ${delivered}; lost ${plan.planned - delivered - plan.noReference.length}; duplicates ${delivered - keys.size}; 429s ${connector.throttled}`);
  console.log(`   sending ${rate.toFixed(1)} messages/s = ${((rate / 50) * 100).toFixed(1)}% of the 50/s limit; whole sweep ${seconds.toFixed(1)} s (${(delivered / seconds).toFixed(1)}/s including planning)`);
  await connector.stop();
  await storage.azurite.stop();
}

async function seedHistory(store: Store, open: number, closedPerOpen: number, asOf: string): Promise<void> {
  await store.yos.insert({ yosId: 'HIST', name: 'History YOS', division: 'Bench', yotManagerEmail: 'yot@h.example.org', yosSeniorManagerEmail: 's@h.example.org', headOfLduEmail: 'l@h.example.org', spocEmail: 'spoc@h.example.org' }, 'bench');
  const rows: Promise<unknown>[] = [];
  for (let i = 0; i < open; i++) {
    rows.push(store.secondments.insert({ secondmentId: `O${i}`, yosId: 'HIST', secondeeEmail: `p${i}@h.example.org`, grade: 'PO', fte: 1, startDate: addMonths(asOf, -12), plannedEndDate: addMonths(asOf, 12), linkManagerEmail: 'link@h.example.org', lastReviewDate: addDays(asOf, -80), returnPlanHeldDate: null, endedDate: null }, 'bench'));
  }
  await Promise.all(rows);
  // Closed history, written in batches (partial records: only what the readers look at).
  const history = (make: (i: number) => object) => Array.from({ length: open * closedPerOpen }, (_, i) => ({ before: null, after: make(i) as never }));
  await store.secondments.writeBatches(history((i) => ({ secondmentId: `E${i}`, yosId: 'HIST', secondeeEmail: `old${i}@h.example.org`, grade: 'PO', fte: 1, startDate: '2019-01-01', plannedEndDate: '2021-12-31', linkManagerEmail: 'link@h.example.org', endedDate: '2021-12-31' })), 'bench');
  await store.claims.writeBatches(history((i) => ({ claimId: `C${i}`, yosId: 'HIST', secondeeEmail: `old${i}@h.example.org`, status: 'approved', amountPence: 1000, decidedAt: '2022-01-01T00:00:00Z' })), 'bench');
  await store.disputes.writeBatches(history((i) => ({ disputeId: `D${i}`, yosId: 'HIST', status: 'resolved', raisedDate: '2021-01-01', raisedByEmail: 'yot@h.example.org', summary: 'old' })), 'bench');
}

async function benchHistory(): Promise<void> {
  console.log('\n3. Sweep time with 1x and 10x closed history (200 open secondments)');
  const asOf = nextWorkingDay(todayInLondon());
  const times: Record<string, number> = {};
  for (const factor of [1, 10]) {
    const storage = await startTestStorage();
    await seedHistory(storage.store, 200, factor, asOf);
    const deps = { store: storage.store, sender: new ConnectorSender() };
    await sweep(deps, { asOf, dryRun: true, evenOnHolidays: true }); // warm up
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await sweep(deps, { asOf, dryRun: true, evenOnHolidays: true });
      runs.push(performance.now() - started);
    }
    times[factor] = percentile(runs, 50);
    console.log(`   ${factor}x history (${200 * factor * 3} closed rows): median sweep ${ms(times[factor])}`);
    await storage.azurite.stop();
  }
  console.log(`   ratio 10x/1x: ${(times[10] / times[1]).toFixed(2)}x (1.00 = history costs nothing)`);
}

async function main(): Promise<void> {
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
  console.log(`yos-secondment-bot benchmarks (${new Date().toISOString()}, node ${process.version})`);
  await benchAnswers();
  await benchThroughput();
  await benchHistory();
  await benchSharedBudget();
  await benchImport();
  await benchConfirmedSaved();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
