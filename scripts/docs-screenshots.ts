/**
 * `npm run docs:screenshots`: runs the browser end-to-end test (which saves its screenshots under
 * build/screenshots/, ignored) and copies over every picture docs/ already has. Tests never write
 * docs/ themselves; refreshing the README's pictures is this deliberate step. To show a new
 * screenshot in the README, copy it into docs/ once; later runs keep it fresh.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = path.resolve(__dirname, '..', '..');
const SCREENSHOTS = path.join(ROOT, 'build', 'screenshots');
const DOCS = path.join(ROOT, 'docs');

function main(): number {
  const run = spawnSync(
    process.execPath,
    [require.resolve('mocha/bin/mocha.js'), '--no-config', '--require', 'dist/test/setup.js', '--timeout', '20000', '--exit', 'dist/test/e2e/playground.test.js'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (run.status !== 0) {
    console.error('docs:screenshots: the end-to-end test failed; docs/ left as it was');
    return 1;
  }
  const wanted = fs.readdirSync(DOCS).filter((f) => f.endsWith('.png'));
  const missing = wanted.filter((f) => !fs.existsSync(path.join(SCREENSHOTS, f)));
  if (missing.length) {
    console.error(`docs:screenshots: the test saved no ${missing.join(', ')}; docs/ left as it was`);
    return 1;
  }
  for (const f of wanted) fs.copyFileSync(path.join(SCREENSHOTS, f), path.join(DOCS, f));
  console.log(`docs:screenshots: refreshed ${wanted.join(', ')}`);
  return 0;
}

process.exit(main());
