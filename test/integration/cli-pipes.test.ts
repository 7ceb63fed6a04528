import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import { expect } from 'chai';
import { exportExpenses } from '../../src/cli/export';
import type { ExpenseClaim } from '../../src/framework/records';
import { useCliStorage } from '../helpers/cli';
import { BIN } from '../helpers/processes';
import { decidedClaim } from '../helpers/records';

/** Decided claims enough for an export well over 1 MB (each row carries long place names). */
const CLAIMS = 2500;

function longClaim(i: number): ExpenseClaim {
  const id = String(i).padStart(5, '0');
  return decidedClaim({
    claimId: `TS-20270101-${id}`,
    from: `Northampton office ${'north '.repeat(25)}${id}`,
    to: `Kettering Magistrates ${'court '.repeat(25)}`,
    purpose: `Court report ${'for the youth court '.repeat(8)}`,
    amountPence: 350 + i,
    decidedAt: `2027-01-02T10:${String(i % 60).padStart(2, '0')}:00.000Z`,
  });
}

/**
 * A separate process on the other end of the pipe, like `wc -c` in a shell: it reads slowly (so the
 * pipe fills and the writer has to wait) and reports the bytes and a digest, or with `first` it
 * takes the first chunk and exits, closing the pipe early like `head -1`.
 */
const READER = `
const mode = process.argv[1];
const hash = require('node:crypto').createHash('sha256');
let bytes = 0;
process.stdin.on('data', (chunk) => {
  if (mode === 'first') { process.stdout.write(JSON.stringify({ bytes: chunk.length }), () => process.exit(0)); return; }
  bytes += chunk.length; hash.update(chunk);
  process.stdin.pause(); setTimeout(() => process.stdin.resume(), 2);
});
process.stdin.on('end', () => process.stdout.write(JSON.stringify({ bytes, sha256: hash.digest('hex') })));
`;

interface PipeRun {
  code: number | null;
  stderr: string;
  reader: { bytes: number; sha256?: string };
}

/** `yosbot <args> | reader`: the real bin's stdout is a pipe straight into another process. */
async function throughPipe(args: string[], mode: 'all' | 'first'): Promise<PipeRun> {
  const reader = spawn(process.execPath, ['-e', READER, mode], { stdio: ['pipe', 'pipe', 'inherit'] });
  let readerOut = '';
  reader.stdout.on('data', (d) => (readerOut += d));
  const readerDone = new Promise((resolve) => reader.once('exit', resolve));
  const writer = spawn(process.execPath, ['--no-deprecation', BIN, ...args], { stdio: ['ignore', reader.stdin, 'pipe'], env: process.env });
  reader.stdin.destroy(); // only the writer holds the pipe's write end now, as in a shell
  let stderr = '';
  writer.stderr!.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => writer.once('exit', resolve));
  await readerDone;
  return { code, stderr, reader: JSON.parse(readerOut) };
}

describe('CLI output through a pipe (real processes, Azurite)', function () {
  this.timeout(120_000);
  const cli = useCliStorage();
  let expected: string;

  before(async () => {
    const claims = Array.from({ length: CLAIMS }, (_, i) => longClaim(i));
    await cli.storage.store.claims.writeBatches(
      claims.map((after) => ({ before: null, after })),
      'test',
    );
    expected = await exportExpenses(cli.storage.store);
    expect(Buffer.byteLength(expected)).to.be.greaterThan(1024 * 1024);
  });

  it('yosbot export expenses | slow reader: every byte of the >1 MB export arrives, exit 0', async () => {
    const run = await throughPipe(['export', 'expenses'], 'all');
    expect(run.code, run.stderr).to.equal(0);
    const printed = expected.endsWith('\n') ? expected : `${expected}\n`;
    expect(run.reader.bytes).to.equal(Buffer.byteLength(printed));
    expect(run.reader.sha256).to.equal(crypto.createHash('sha256').update(printed).digest('hex'));
    expect(run.stderr).to.equal('');
  });

  it('yosbot export expenses | a reader that closes after its first read: non-zero exit, one line saying so, no stack trace', async () => {
    const run = await throughPipe(['export', 'expenses'], 'first');
    expect(run.reader.bytes).to.be.lessThan(Buffer.byteLength(expected));
    expect(run.code).to.not.equal(0);
    expect(run.stderr).to.match(
      /^yosbot: output cut short: its reader closed the pipe \(EPIPE\) before everything was written\. The command itself ran to the end\.\n$/,
    );
  });
});
