/**
 * The real command line and server as separate processes, each in its own process group as a
 * terminal would run it, so a test can press Ctrl-C (SIGINT to the group), send SIGTERM, or kill
 * everything at once, and then look at what the embedded store kept.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { loadConfig } from '../../src/config';
import { openStore, type OpenedStore } from '../../src/store/open';

const ROOT = path.join(__dirname, '..', '..', '..');
export const BIN = path.join(ROOT, 'bin', 'yosbot.js');
export const SERVER = path.join(ROOT, 'dist', 'src', 'main.js');

export interface Checkout {
  dir: string;
  env: NodeJS.ProcessEnv;
}

/**
 * A port for a store fixed by AZURITE_TABLE_PORT: free when probed, and below Linux's ephemeral
 * range (32768 and up), so no outgoing connection can be handed it before the child binds it.
 * An unprobed random port was once found taken and failed a CI run.
 */
export async function unusedFixedPort(): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 12000);
    if (await portIsFree(port)) return port;
  }
}

/** Nothing listens on the loopback port now: it can be bound (and is let go at once). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A checkout whose embedded store listens on its own fixed port (see `unusedFixedPort`). */
export async function checkoutOnOwnPort(extra: Record<string, string> = {}): Promise<Checkout> {
  return tempCheckout({ AZURITE_TABLE_PORT: String(await unusedFixedPort()), ...extra });
}

/** A folder standing in for a checkout: its own `.data/`, no storage account. */
export function tempCheckout(extra: Record<string, string> = {}): Checkout {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosbot-checkout-'));
  const env = {
    ...process.env,
    DATA_DIR: path.join(dir, '.data'),
    TABLES_CONNECTION_STRING: '',
    PORT: '0',
    LOG_LEVEL: 'info',
    NODE_ENV: '',
    ...extra,
  };
  return { dir, env };
}

export class Proc {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (d) => (this.stdout += d));
    child.stderr?.on('data', (d) => (this.stderr += d));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** Resolves when stdout matches (rejects if the process exits first). */
  async waitFor(pattern: RegExp, timeoutMs = 60_000): Promise<void> {
    const started = Date.now();
    while (!pattern.test(this.stdout)) {
      if (this.child.exitCode !== null) throw new Error(`exited ${this.child.exitCode} before ${pattern}: ${this.stdout}\n${this.stderr}`);
      if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${pattern}: ${this.stdout}\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** A signal to the whole process group (Ctrl-C in a terminal is SIGINT to the group). */
  signalGroup(signal: NodeJS.Signals): void {
    try {
      process.kill(-this.child.pid!, signal);
    } catch {
      // already gone
    }
  }
}

export function run(checkout: Checkout, script: string, args: string[], extraEnv: Record<string, string> = {}): Proc {
  return new Proc(
    spawn(process.execPath, ['--no-deprecation', script, ...args], {
      env: { ...checkout.env, ...extraEnv },
      cwd: checkout.dir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

/** Waits until no process of the group is left (the embedded Azurite included). */
export async function groupGone(proc: Proc, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      process.kill(-proc.child.pid!, 0);
    } catch {
      return;
    }
    if (Date.now() - started > timeoutMs) throw new Error('process group still running');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens the checkout's store from this process (starting its Azurite again from the file). */
export async function reopen(checkout: Checkout): Promise<OpenedStore> {
  return openStore(loadConfig(checkout.env, false));
}
