/**
 * The installed command's way out. A pipe takes about 64 KB at a time, so output written to one is
 * still queued in this process when the command finishes; exiting then (which the launcher must do,
 * as storage clients keep sockets open) would drop the rest and still report success. So the exit
 * waits until stdout and stderr have taken everything. A reader that goes away first (EPIPE, e.g.
 * `| head -1`) makes the run fail with one line on stderr, never a stack trace or a silent 0.
 */

/** Exit code when the command's own work ended well but its output could not all be written. */
export const OUTPUT_LOST_EXIT_CODE = 1;

let outputError: NodeJS.ErrnoException | null = null;

/** Call once, before anything is written: stdout write failures are recorded instead of thrown. */
export function watchOutput(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => void (outputError ??= err));
  // With stderr gone there is nowhere left to say anything; the exit code still tells.
  process.stderr.on('error', () => undefined);
}

/** Resolves once everything written to the stream so far has been handed to the OS (or it failed). */
function flushed(stream: NodeJS.WriteStream): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    if (stream.destroyed || stream.writableEnded) return resolve(null);
    stream.write('', (err) => resolve((err as NodeJS.ErrnoException | null | undefined) ?? null));
  });
}

function describe(err: NodeJS.ErrnoException): string {
  if (err.code === 'EPIPE') return 'its reader closed the pipe (EPIPE) before everything was written';
  return `it could not be written (${err.code ?? err.message})`;
}

/** The exit code once stdout has drained: the command's own, or non-zero when output was lost. */
export async function exitCodeAfterOutput(code: number): Promise<number> {
  const failed = await flushed(process.stdout);
  const lost = outputError ?? failed;
  if (lost) {
    const done = code === 0 ? ' The command itself ran to the end.' : '';
    process.stderr.write(`yosbot: output cut short: ${describe(lost)}.${done}\n`);
  }
  await flushed(process.stderr);
  return lost && code === 0 ? OUTPUT_LOST_EXIT_CODE : code;
}
