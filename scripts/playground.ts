/**
 * `npm run playground`: see the bot working with no Teams tenant. Starts (or shares) the embedded
 * Azurite, loads the demo data if storage is empty, starts the bot on a free port, and starts
 * Microsoft's Agents Playground (a Teams emulator, http://localhost:56150 by default) as the demo
 * secondee. Options: a role to be someone else, `-p` for the Playground's port, so a second
 * person can run beside the first: `npm run playground -- yot_manager -p 56151`.
 *
 * The Playground reads `.m365agentsplayground.yml` from its working folder, so each run writes its
 * own under build/playground/ (ignored) and starts the Playground there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { loadConfig } from '../src/config';
import { openStore } from '../src/store/open';
import { buildApp } from '../src/app';
import { loadDemoData } from '../src/cli/demo';
import { todayInLondon } from '../src/framework/dates';
import { PLAYGROUND_EXTRA_KEYS, PLAYGROUND_KEYS, playgroundConfig } from './playground-config';
import { freePort } from './free-port';

const ROOT = path.resolve(__dirname, '..', '..');

export interface PlaygroundOptions {
  role: string;
  port: number;
  botPort: number | undefined;
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new InvalidArgumentError('must be a port number (1-65535)');
  return port;
}

/** The command line: `[role] [-p port] [--bot-port port]`; a CommanderError (message printed) on bad input. */
export function parseArgs(argv: string[]): PlaygroundOptions {
  const program = new Command('npm run playground --')
    .argument('[role]', `who you are in the Playground: ${[...PLAYGROUND_KEYS, ...PLAYGROUND_EXTRA_KEYS].join(', ')}`, 'secondee')
    .option('-p, --port <port>', "the Playground's port", portNumber, 56150)
    .option('--bot-port <port>', "the bot's port (default: PORT if set, else a free one)", portNumber)
    .showHelpAfterError()
    .exitOverride()
    .parse(argv, { from: 'user' });
  const role = program.args[0] ?? 'secondee';
  const roles = [...PLAYGROUND_KEYS, ...PLAYGROUND_EXTRA_KEYS];
  if (!roles.includes(role)) program.error(`role must be one of ${roles.join(', ')}, got "${role}"`);
  const opts = program.opts<{ port: number; botPort?: number }>();
  return { role, port: opts.port, botPort: opts.botPort };
}

/** Writes the Playground's config into its own ignored folder and returns that folder. */
function playgroundFolder(role: string, port: number): string {
  const dir = path.join(ROOT, 'build', 'playground', `${role}-${port}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '.m365agentsplayground.yml'), playgroundConfig(role));
  return dir;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const botPort = options.botPort ?? (process.env.PORT ? Number(process.env.PORT) : await freePort());
  // Calendar links must point at the port the bot really listens on.
  const config = loadConfig({ ...process.env, PORT: String(botPort), PUBLIC_URL: process.env.PUBLIC_URL || `http://localhost:${botPort}` });
  const opened = await openStore(config);
  if ((await opened.store.yos.listPartition('yos')).length === 0) {
    console.log(await loadDemoData(opened.store, todayInLondon(), 'playground'));
  }
  const app = await buildApp({ store: opened.store, config, scheduler: true });
  await app.listen(botPort);
  const playground = spawn(
    process.execPath,
    [require.resolve('@microsoft/m365agentsplayground/cli.js'), 'start', '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(options.port), '--dt'],
    {
      cwd: playgroundFolder(options.role, options.port),
      stdio: ['inherit', 'pipe', 'inherit'],
      // The Playground exits when it cannot open a browser: a no-op xdg-open comes first on PATH.
      env: { ...process.env, PATH: `${path.join(ROOT, 'scripts', 'bin')}${path.delimiter}${process.env.PATH}` },
    },
  );
  let said = false;
  playground.stdout!.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    // The Playground falls back to a random port when the asked one is taken: report the real one.
    const listening = /Listening on (\d+)/.exec(chunk.toString());
    if (listening && !said) {
      said = true;
      console.log(`Bot on http://localhost:${botPort}; Agents Playground on http://localhost:${listening[1]} as ${options.role}. Ctrl+C to stop.`);
    }
  });
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

if (require.main === module) {
  main().catch((err) => {
    if (err instanceof CommanderError) process.exit(err.exitCode); // commander has said what was wrong
    console.error(`playground: ${(err as Error).message}`);
    process.exit(1);
  });
}
