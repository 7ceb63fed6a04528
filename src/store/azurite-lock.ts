/**
 * The lock file that ties a data folder to the one embedded Azurite serving it. It says which
 * process holds the folder, in which state, and (once it serves) on which port and with which
 * token, so a command finds its own folder's store and never another checkout's that happens to
 * answer on the same port. Written whole (temporary file, then link or rename), so a reader never
 * sees half a lock.
 */
import fs from 'node:fs';
import path from 'node:path';

export type LockState = 'starting' | 'ready' | 'stopping';

export interface LockInfo {
  pid: number;
  state: LockState;
  /** Absolute data folder the lock belongs to. */
  dataDir: string;
  /** When the state was written (ms since the epoch). */
  at: number;
  port?: number;
  /** Random per run; the Azurite answers its identity request with it. */
  token?: string;
}

/** A lock we cannot read as ours (older format, hand-written, damaged): only its pid, if any, and age. */
export interface ForeignLock {
  foreign: true;
  pid: number | null;
  at: number;
}

export function lockFileOf(dataDir: string): string {
  return path.join(dataDir, 'azurite.lock');
}

export function readLock(file: string): { text: string; lock: LockInfo | ForeignLock } | null {
  let text: string;
  let at: number;
  try {
    text = fs.readFileSync(file, 'utf8');
    at = fs.statSync(file).mtimeMs;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const parsed = JSON.parse(text) as LockInfo;
    if (Number.isInteger(parsed.pid) && ['starting', 'ready', 'stopping'].includes(parsed.state)) return { text, lock: parsed };
  } catch {
    // not ours; fall through
  }
  const pid = /^\s*(\d+)\s*$/.exec(text)?.[1];
  return { text, lock: { foreign: true, pid: pid ? Number(pid) : null, at } };
}

function temporary(file: string, info: LockInfo): string {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(info));
  return tmp;
}

/** Creates the lock only if there is none; false when another process has it. */
export function createLock(file: string, info: LockInfo): boolean {
  const tmp = temporary(file, info);
  try {
    fs.linkSync(tmp, file); // atomic, and fails if the lock exists
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Replaces the lock's content in one step (the holder changing state). */
export function writeLock(file: string, info: LockInfo): void {
  fs.renameSync(temporary(file, info), file);
}

/** Removes the lock if it still has the content we read (not a newer holder's). */
export function removeLockIf(file: string, text: string): void {
  try {
    if (fs.readFileSync(file, 'utf8') === text) fs.rmSync(file, { force: true });
  } catch {
    // already gone
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a live pid is the kind of process that could hold the lock: our Azurite child, or a
 * Node process starting one. Read from /proc where there is one (Linux); elsewhere unknown (null),
 * and the caller waits for the lock to age instead.
 */
export function couldHoldLock(pid: number): boolean | null {
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /azurite-process|node/i.test(cmdline);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' && fs.existsSync('/proc/self') ? false : null;
  }
}

/** A holder that has gone, or a pid that now belongs to some unrelated program. */
export function holderGone(pid: number | null): boolean {
  if (!pid || !processAlive(pid)) return true;
  return couldHoldLock(pid) === false;
}
