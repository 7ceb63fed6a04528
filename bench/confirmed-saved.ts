/**
 * Bench 7: what "done means saved" costs. Claims submitted through real HTTP to two apps on one
 * embedded Azurite persisting to a data folder (with 1,000 ended secondments, so its file is of a realistic size):
 * the baseline answers once storage acknowledged the write (in memory), the other only once the
 * store has saved it to disk (as `npm start` does). One at a time, and 10 presses at once (saves
 * are shared: the count of saves shows how many presses each one served). Run alone with
 * `node dist/bench/confirmed-saved.js`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { buildApp, type RunningApp } from '../src/app';
import { loadConfig } from '../src/config';
import { DEMO_PEOPLE, loadDemoData } from '../src/cli/demo';
import { addDays, todayInLondon } from '../src/framework/dates';
import { newSubmissionId } from '../src/framework/ids';
import { startAzurite } from '../src/store/azurite';
import { Store } from '../src/store/store';
import { MockConnector } from '../test/helpers/mock-connector';
import { inParallel } from './load';

const secondee = DEMO_PEOPLE.find((p) => p.key === 'secondee')!;

function submission(serviceUrl: string, i: number) {
  const today = todayInLondon();
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    replyToId: `m-${i}`,
    from: { id: '29:secondee', name: secondee.name, aadObjectId: secondee.aadObjectId },
    recipient: { id: '28:bot', name: 'bot' },
    conversation: { id: 'a:personal-29:secondee', conversationType: 'personal', tenantId: 't' },
    value: {
      action: {
        type: 'Action.Execute',
        verb: 'claim.submit',
        data: {
          submissionId: newSubmissionId(today),
          travelDate: addDays(today, -1),
          from: 'Northampton',
          to: 'Kettering',
          purpose: `Bench ${i}`,
          mileage: '12',
          amount: '3.50',
        },
      },
    },
  };
}

/** Submits `n` claims, `concurrency` at a time; the time of each confirmed answer in ms, and how many were not confirmed. */
async function submit(url: string, serviceUrl: string, n: number, concurrency: number): Promise<number[] & { unconfirmed?: number }> {
  const times: number[] & { unconfirmed?: number } = [];
  times.unconfirmed = 0;
  await inParallel(n, concurrency, async (i) => {
    const started = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(submission(serviceUrl, i)),
    });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`claim submission answered ${res.status}`);
    // Storage past its deadline on an overloaded machine: counted, not timed.
    if (body.includes('Waiting for sign-off')) times.push(performance.now() - started);
    else times.unconfirmed!++;
  });
  return times;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchConfirmedSaved(): Promise<void> {
  console.log('\n7. "Done means saved": claim submissions answered after the embedded store saved them to disk');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosbot-bench-saved-'));
  const azurite = await startAzurite({ dataDir });
  const connector = new MockConnector();
  await connector.start();
  const apps: RunningApp[] = [];
  try {
    let saves = 0;
    const inMemory = await Store.open(azurite.connectionString);
    const onDisk = await Store.open(azurite.connectionString, { saveAll: () => (saves++, azurite.flush()) });
    await loadDemoData(inMemory, todayInLondon(), 'bench');
    // History the answers do not read but every save writes: ended secondments.
    const ended = (i: number) => ({
      secondmentId: `END${i}`,
      yosId: 'END',
      secondeeEmail: `po${i}@bench.example.org`,
      grade: 'PO' as const,
      fte: 1,
      startDate: '2020-01-06',
      plannedEndDate: '2022-01-06',
      linkManagerEmail: 'link@bench.example.org',
      lastReviewDate: null,
      returnPlanHeldDate: null,
      endedDate: '2022-01-06',
    });
    await inMemory.secondments.writeBatches(
      Array.from({ length: 1000 }, (_, i) => ({ before: null, after: ended(i) })),
      'bench',
    );
    await azurite.flush();
    const fileKb = fs.statSync(path.join(dataDir, '__azurite_db_table__.json')).size / 1024;
    const config = loadConfig({ PORT: '0' }, false);
    const urls: string[] = [];
    for (const store of [inMemory, onDisk]) {
      const app = await buildApp({ store, config });
      apps.push(app);
      urls.push(`http://127.0.0.1:${await app.listen(0)}/api/messages`);
    }
    await submit(urls[0], connector.url, 10, 1); // warm up both
    await submit(urls[1], connector.url, 10, 1);
    console.log(`   store file ${fileKb.toFixed(0)} KB`);
    for (const [label, n, concurrency] of [
      ['one at a time', 40, 1],
      ['10 at once', 100, 10],
    ] as const) {
      const baseline = await submit(urls[0], connector.url, n, concurrency);
      saves = 0;
      const saved = await submit(urls[1], connector.url, n, concurrency);
      const ratio = median(saved) / median(baseline);
      console.log(
        `   ${label.padEnd(14)} acknowledged (baseline) median ${median(baseline).toFixed(1)} ms; saved to disk median ${median(saved).toFixed(1)} ms; ` +
          `ratio ${ratio.toFixed(2)}x; ${saves} saves asked for ${n} claims` +
          (baseline.unconfirmed || saved.unconfirmed
            ? ` (not confirmed in time: ${baseline.unconfirmed} baseline, ${saved.unconfirmed} saved)`
            : ''),
      );
    }
  } finally {
    for (const app of apps) await app.close();
    await connector.stop();
    await azurite.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchConfirmedSaved().then(
    () => process.exit(0),
    (err) => (console.error(err), process.exit(1)),
  );
}
