/**
 * Bench 6: 5,000 secondments imported row by row (read, create, audit entry: what the importer did
 * before) and by `importCsv` in entity-group batches, each on a fresh in-memory Azurite in the same
 * run. The batched figure includes parsing and validating the CSV, so the ratio is conservative.
 * Run alone with `node dist/bench/import.js`.
 */
import { importCsv } from '../src/cli/csv-import';
import { addMonths, todayInLondon } from '../src/framework/dates';
import type { Store } from '../src/store/store';
import { startTestStorage } from '../test/helpers/azurite';

/** 5,000 secondments written row by row (read, create, audit: the old importer) and by `importCsv` in batches. */
export async function benchImport(): Promise<void> {
  const n = 5000;
  console.log(`\n6. Import of ${n.toLocaleString('en-GB')} secondments (fresh in-memory Azurite each)`);
  const asOf = todayInLondon();
  const row = (i: number) => ({ secondmentId: `IMP${i}`, yosId: 'IMP', secondeeEmail: `po${i}@imp.example.org`, grade: 'PO' as const, fte: 1, startDate: addMonths(asOf, -6), plannedEndDate: addMonths(asOf, 18), linkManagerEmail: 'link@imp.example.org', lastReviewDate: null, returnPlanHeldDate: null, endedDate: null });
  const seed = async (store: Store) => {
    const people = [{ email: 'link@imp.example.org', name: 'Link' }, ...Array.from({ length: n }, (_, i) => ({ email: `po${i}@imp.example.org`, name: `PO ${i}` }))];
    await store.people.writeBatches(people.map((after) => ({ before: null, after })), 'bench');
    await store.yos.insert({ yosId: 'IMP', name: 'Import YOS', division: 'Bench', yotManagerEmail: 'link@imp.example.org', yosSeniorManagerEmail: 'link@imp.example.org', headOfLduEmail: 'link@imp.example.org', spocEmail: 'link@imp.example.org' }, 'bench');
  };
  const rowByRow = await startTestStorage();
  await seed(rowByRow.store);
  let started = performance.now();
  for (let i = 0; i < n; i++) {
    if (!(await rowByRow.store.secondments.get(`IMP${i}`))) await rowByRow.store.secondments.insert(row(i), 'bench');
  }
  const perRow = (performance.now() - started) / 1000;
  await rowByRow.azurite.stop();
  const batched = await startTestStorage();
  await seed(batched.store);
  const header = 'secondment_id,yos_id,secondee_email,grade,fte,start_date,planned_end_date,link_manager_email,last_review_date';
  const csv = [header, ...Array.from({ length: n }, (_, i) => { const r = row(i); return [r.secondmentId, r.yosId, r.secondeeEmail, r.grade, r.fte, r.startDate, r.plannedEndDate, r.linkManagerEmail, ''].join(','); })].join('\n');
  started = performance.now();
  const result = await importCsv(batched.store, 'secondments', csv, 'bench');
  const inBatches = (performance.now() - started) / 1000;
  await batched.azurite.stop();
  if (result.created !== n) throw new Error(`batched import created ${result.created}, problems: ${JSON.stringify(result.problems.slice(0, 3))}`);
  console.log(`   row by row (baseline)   ${perRow.toFixed(1)} s  (${(n / perRow).toFixed(0)} rows/s)`);
  console.log(`   importCsv in batches    ${inBatches.toFixed(1)} s  (${(n / inBatches).toFixed(0)} rows/s, parsing and validation included)`);
  console.log(`   ratio row-by-row/batches ${(perRow / inBatches).toFixed(1)}x faster`);
}

if (require.main === module) {
  benchImport().then(() => process.exit(0), (err) => (console.error(err), process.exit(1)));
}
