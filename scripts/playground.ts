/**
 * `npm run playground`: see the bot working with no Teams tenant. Starts the embedded Azurite,
 * loads the demo data if storage is empty, starts the bot, and opens Microsoft's Agents
 * Playground (a Teams emulator on http://localhost:56150) as the demo secondee. Pass a role to
 * be someone else: `npm run playground -- yot_manager` (or link_manager, head_of_ldu, spoc).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { loadConfig } from '../src/config';
import { openStore } from '../src/store/open';
import { buildApp } from '../src/app';
import { loadDemoData } from '../src/cli/demo';
import { todayInLondon } from '../src/framework/dates';
import { PLAYGROUND_KEYS, playgroundConfig } from './playground-config';

async function main(): Promise<void> {
  const role = process.argv[2] ?? 'secondee';
  if (!PLAYGROUND_KEYS.includes(role)) throw new Error(`role must be one of ${PLAYGROUND_KEYS.join(', ')}`);
  const config = loadConfig();
  const opened = await openStore(config);
  if ((await opened.store.yos.listPartition('yos')).length === 0) {
    console.log(await loadDemoData(opened.store, todayInLondon(), 'playground'));
  }
  const app = await buildApp({ store: opened.store, config, scheduler: true });
  const port = await app.listen(config.port);
  fs.writeFileSync('.m365agentsplayground.yml', playgroundConfig(role));
  const root = path.resolve(__dirname, '..', '..');
  const playground = spawn(
    process.execPath,
    [require.resolve('@microsoft/m365agentsplayground/cli.js'), 'start', '-e', `http://localhost:${port}/api/messages`, '-c', 'msteams', '--dt'],
    { stdio: 'inherit', env: { ...process.env, PATH: `${path.join(root, 'scripts', 'bin')}${path.delimiter}${process.env.PATH}` } },
  );
  console.log(`Bot on http://localhost:${port}; Agents Playground on http://localhost:56150 as ${role}. Ctrl+C to stop.`);
  const stop = async () => {
    playground.kill();
    await app.close();
    await opened.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  playground.once('exit', () => void stop());
}

main().catch((err) => {
  console.error(`playground: ${(err as Error).message}`);
  process.exit(1);
});
