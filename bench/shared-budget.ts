/**
 * Bench 5: two processes sweeping 2,000 reminders together against the mock connector, which
 * records every send's arrival and answers 429 over 7/s per conversation or 50/s overall. With
 * the tenant budget shared in Table Storage they must lose nothing, duplicate nothing and never
 * exceed 50 in any sliding one-second window. The baseline, in the same run, is the same two
 * processes each with only its own in-process 50/s limiter: what happened before the budget.
 *
 * The workers are this file run as a script (`node shared-budget.js worker`), each a real OS
 * process with its own storage clients, sender and sweep.
 */
import { spawn } from 'node:child_process';
import { addMonths, nextWorkingDay, todayInLondon } from '../src/framework/dates';
import { ConnectorSender } from '../src/notify/sender';
import { SharedRateBudget, positionsPerSecond } from '../src/notify/rate-budget';
import { sweep, type SweepResult } from '../src/notify/sweep';
import { Store } from '../src/store/store';
import { startTestStorage } from '../test/helpers/azurite';
import { MockConnector } from '../test/helpers/mock-connector';

interface WorkerReport {
  result: SweepResult | null;
  stats: { requests: number; retries: number; throttled: number };
  budget: { claims: number; granted: number; dropped: number; contention: number } | null;
}

/** 1,000 link managers, each with a three-way review and a return plan due: 2 reminders each. */
async function seed(store: Store, serviceUrl: string, people: number, asOf: string): Promise<void> {
  const rows = Array.from({ length: people }, (_, i) => ({ email: `link${i}@bench.example.org`, name: `Link ${i}`, aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
  await store.yos.insert({ yosId: 'BENCH', name: 'Bench YOS', division: 'Bench', yotManagerEmail: 'yot@bench.example.org', yosSeniorManagerEmail: 'senior@bench.example.org', headOfLduEmail: 'ldu@bench.example.org', spocEmail: 'spoc@bench.example.org' }, 'bench');
  for (let i = 0; i < rows.length; i += 100) {
    const chunk = rows.slice(i, i + 100);
    await Promise.all(chunk.map((p) => store.people.insert(p, 'bench')));
    await Promise.all(chunk.map((p, j) => store.secondments.insert({
      secondmentId: `B${i + j}`, yosId: 'BENCH', secondeeEmail: `po${i + j}@bench.example.org`, grade: 'PO', fte: 1,
      startDate: addMonths(asOf, -30), plannedEndDate: addMonths(asOf, 6), linkManagerEmail: p.email,
      lastReviewDate: addMonths(asOf, -3), returnPlanHeldDate: null, endedDate: null,
    }, 'bench')));
    await Promise.all(chunk.map((p) => store.conversationRefs.save({
      aadObjectId: p.aadObjectId, email: p.email, userId: `29:${p.aadObjectId}`, name: p.name, conversationId: `a:${p.aadObjectId}`,
      serviceUrl, tenantId: 'bench-tenant', channelId: 'msteams', botId: '28:bot', updatedAt: new Date().toISOString(), unreachableReason: null,
    })));
  }
}

/** The most arrivals in any half-open window [t, t + 1000 ms). */
export function maxInAnySecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

function runWorker(connectionString: string, asOf: string, instance: string, shared: boolean, extraEnv: Record<string, string> = {}): Promise<WorkerReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-deprecation', __filename, 'worker'], {
      env: { ...process.env, LOG_LEVEL: 'silent', BENCH_CONNECTION: connectionString, BENCH_AS_OF: asOf, BENCH_INSTANCE: instance, BENCH_SHARED: shared ? '1' : '0', ...extraEnv },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1) as string)) : reject(new Error(`worker ${instance} exited ${code}`))));
  });
}

/** Sends only (no sweep, no outbox): how fast each process would go, and whether together they overshoot. */
async function sendWorker(store: Store, budget: SharedRateBudget | undefined, shared: boolean, count: number): Promise<WorkerReport['stats']> {
  const sender = new ConnectorSender({ budget, limits: { perConversationPerSecond: 7, globalPerSecond: shared ? Infinity : 50 } });
  const serviceUrl = process.env.BENCH_SERVICE_URL as string;
  let next = 0;
  await Promise.all(Array.from({ length: 64 }, async () => {
    while (next < count) {
      const i = next++;
      await sender.send({ serviceUrl, conversationId: `a:${process.env.BENCH_INSTANCE}-${i}`, tenantId: 'bench-tenant' }, { text: `message ${i}` });
    }
  }));
  void store;
  return sender.stats;
}

async function worker(): Promise<void> {
  const store = await Store.open(process.env.BENCH_CONNECTION as string);
  const shared = process.env.BENCH_SHARED === '1';
  const slots = store.rateSlots(positionsPerSecond(50));
  const budget = shared ? new SharedRateBudget(slots) : undefined;
  if (process.env.BENCH_SENDS) {
    const stats = await sendWorker(store, budget, shared, Number(process.env.BENCH_SENDS));
    process.stdout.write(`${JSON.stringify({ result: null, stats, budget: budget ? { ...budget.stats, contention: slots.contention } : null })}\n`);
    return;
  }
  const sender = new ConnectorSender({ budget, limits: { perConversationPerSecond: 7, globalPerSecond: shared ? Infinity : 50 } });
  const result = await sweep({ store, sender, instanceId: process.env.BENCH_INSTANCE, concurrency: 64 }, { asOf: process.env.BENCH_AS_OF as string, evenOnHolidays: true });
  const report: WorkerReport = { result, stats: sender.stats, budget: budget ? { ...budget.stats, contention: slots.contention } : null };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

async function measure(label: string, shared: boolean, people: number): Promise<void> {
  const storage = await startTestStorage();
  const connector = new MockConnector({ perConversationPerSecond: 7, globalPerSecond: 50 });
  await connector.start();
  const asOf = nextWorkingDay(todayInLondon());
  await seed(storage.store, connector.url, people, asOf);
  const started = performance.now();
  const reports = await Promise.all(['a', 'b'].map((id) => runWorker(storage.azurite.connectionString, asOf, `${label}-${id}`, shared)));
  const seconds = (performance.now() - started) / 1000;
  const planned = (reports[0].result as SweepResult).planned;
  const delivered = connector.sent.length;
  const unique = new Set(connector.sent.map((s) => `${s.conversationId}|${JSON.stringify(s.activity.attachments[0].content.body[1])}`)).size;
  const sentBy = reports.map((r) => (r.result as SweepResult).sent);
  const span = (Math.max(...connector.arrivals) - Math.min(...connector.arrivals)) / 1000;
  console.log(`   ${label}: planned ${planned}; sent ${sentBy.join(' + ')} by the two processes; delivered ${delivered}; lost ${planned - unique}; duplicates ${delivered - unique}`);
  console.log(`      max requests in any one-second window ${maxInAnySecond(connector.arrivals)} (limit 50); 429s ${connector.throttled}; retries ${reports.map((r) => r.stats.retries).join(' + ')}; ${(connector.arrivals.length / span).toFixed(1)} requests/s over ${span.toFixed(1)} s (whole run ${seconds.toFixed(1)} s)`);
  const budgets = reports.map((r) => r.budget).filter((b) => b !== null);
  if (budgets.length) {
    const sum = (k: 'claims' | 'granted' | 'dropped' | 'contention') => budgets.reduce((n, b) => n + b[k], 0);
    console.log(`      budget: ${sum('claims')} claims for ${sum('granted')} positions, ${sum('dropped')} dropped as late, ${sum('contention')} lost races (409/412)`);
  }
  await connector.stop();
  await storage.azurite.stop();
}

/** Two processes doing nothing but send, as fast as their limits let them. */
async function measureSends(label: string, shared: boolean, perProcess: number): Promise<void> {
  const storage = await startTestStorage();
  const connector = new MockConnector({ perConversationPerSecond: 7, globalPerSecond: 50 });
  await connector.start();
  const env = { BENCH_SENDS: String(perProcess), BENCH_SERVICE_URL: connector.url };
  const reports = await Promise.all(['a', 'b'].map((id) => runWorker(storage.azurite.connectionString, '', `${label}-${id}`.replace(/\W+/g, '-'), shared, env)));
  const span = (Math.max(...connector.arrivals) - Math.min(...connector.arrivals)) / 1000;
  console.log(`   ${label}: ${connector.sent.length} of ${2 * perProcess} delivered; max requests in any one-second window ${maxInAnySecond(connector.arrivals)} (limit 50); 429s ${connector.throttled}; retries ${reports.map((r) => r.stats.retries).join(' + ')}; ${(connector.arrivals.length / span).toFixed(1)} requests/s`);
  await connector.stop();
  await storage.azurite.stop();
}

export async function benchSharedBudget(): Promise<void> {
  console.log('\n5. Two processes sweeping together: one tenant budget in Table Storage vs. one limiter each');
  await measure('shared budget, 2,000 reminders', true, 1000);
  await measure('baseline, own limiter each, 600 reminders', false, 300);
  console.log('   the limit itself, two processes only sending (a sweep on a busy machine may not reach 50/s):');
  await measureSends('shared budget, 2 x 600 sends', true, 600);
  await measureSends('baseline, own limiter each, 2 x 600 sends', false, 600);
}

if (require.main === module && process.argv[2] === 'worker') {
  worker().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
} else if (require.main === module && process.argv[2] === 'sends') {
  (async () => {
    await measureSends('shared budget, 2 x 600 sends', true, 600);
    await measureSends('baseline, own limiter each, 2 x 600 sends', false, 600);
  })().then(() => process.exit(0), (err) => (console.error(err), process.exit(1)));
} else if (require.main === module) {
  benchSharedBudget().then(() => process.exit(0), (err) => (console.error(err), process.exit(1)));
}
