/**
 * `yosbot`: the command line (SPEC section 3). Each command opens storage, does one thing and
 * closes it. Errors print one line, never a stack trace, and set exit code 1. A command that
 * writes reports success only once the store has the data on disk.
 */
import os from 'node:os';
import { Command, CommanderError } from 'commander';
import { loadConfig } from '../config';
import { log, logSink } from '../log';
import { openStore, type OpenedStore } from '../store/open';
import type { Store } from '../store/store';
import { StorageUnavailableError } from '../store/table';
import { DateTime } from 'luxon';
import { todayInLondon, ZONE } from '../framework/dates';
import { IMPORT_KINDS, importCsv, type ImportKind, type ImportResult } from './csv-import';
import { readCsvFile } from './csv-file';
import { civilDateOption } from './options';
import { registerRecordCommands } from './record-commands';
import { loadDemoData } from './demo';
import { forgetPerson } from '../services/forget';
import { ask, answerJson, answerText, findPerson } from '../services/ask';
import { sweep, type SweepResult } from '../notify/sweep';
import { proactive } from '../proactive';
import { reachReport } from '../notify/reach-report';
import { formatReachTable } from './reach';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const consoleIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

/** For the installed command: stdout carries only the command's output; log lines go to stderr. */
export function useStderrForLogs(): void {
  logSink.write = (line) => void process.stderr.write(line);
  if (!process.env.LOG_LEVEL) log.level = 'warn';
}

/** Bad lines printed before the rest are only counted. */
export const MAX_PROBLEMS_SHOWN = 50;


export function cliActor(): string {
  return `cli:${os.userInfo().username}`;
}

/** What every command gets: output, storage (opened on first use), and the way to make writes durable. */
interface Session {
  io: Io;
  store(): Promise<Store>;
  /** Waits until everything written is on disk; call before reporting a write as done. */
  persist(): Promise<void>;
  fail(message: string): void;
}

/** An instant as people in London read it: 14:05 on 5 Dec 2026. */
function londonTime(iso: string): string {
  const t = DateTime.fromISO(iso).setZone(ZONE);
  return t.isValid ? t.toFormat("HH:mm 'on' d LLL yyyy") : iso;
}

export function formatSweep(r: SweepResult): string {
  if (r.skipped) return `Sweep for ${r.asOf} skipped: ${r.skipped}`;
  const lines = [
    `Sweep for ${r.asOf}${r.dryRun ? ' (dry run, nothing sent)' : ''}: ${r.obligations} open obligations, ${r.planned} reminders due; ` +
      `${r.sent} sent, ${r.claimedElsewhere} already handled, ${r.held.length} held by another sweep, ${r.failed} failed, ${r.unreachable} unreachable` +
      (r.notReached.length ? ` (${r.notReached.length} ${r.notReached.length === 1 ? 'person' : 'people'}, listed below).` : '.'),
  ];
  for (const h of r.held) {
    lines.push(`Held by another sweep (${h.heldBy}, or a stopped one) since ${londonTime(h.since)}; retried after ${londonTime(h.retryAfter)}: ${h.kind} to ${h.recipient}`);
  }
  // Each failure with its reason; the next sweep tries them again.
  for (const f of r.failures ?? []) lines.push(`Failed (tried again at the next sweep): ${f.email}: ${f.reason}`);
  if (r.escalated.length) lines.push(`Recorded as escalated after 28 days (framework 9.1): ${r.escalated.join(', ')}`);
  for (const m of r.reminders ?? []) lines.push(`  ${m.when.padEnd(30)} ${m.kind.padEnd(18)} ${m.recipient}  (${m.key})`);
  if (r.opened) lines.push(`Opened ${r.opened} chat(s) with people who had not written to the bot (team roster or Graph).`);
  for (const n of r.notReached) lines.push(`Not reachable in Teams: ${n.email}: ${n.reason}; to do: ${n.action}`);
  return lines.join('\n');
}

/** Progress on stderr for long imports: every 1,000 rows written, and the end. */
function progressPrinter(io: Io, kind: string): (written: number, total: number) => void {
  let shown = 0;
  return (written, total) => {
    if (total < 1000 || (Math.floor(written / 1000) === shown && written < total)) return;
    shown = Math.floor(written / 1000);
    io.err(`${kind}: ${written} of ${total} rows written`);
  };
}

function reportProblems(io: Io, file: string, result: ImportResult): void {
  for (const p of result.problems.slice(0, MAX_PROBLEMS_SHOWN)) io.err(`${file}:${p.line}: ${p.column}: ${p.message}`);
  const more = result.problems.length - MAX_PROBLEMS_SHOWN;
  if (more > 0) io.err(`... and ${more} more problem(s) not shown`);
  io.err(`${result.problems.length} problem(s); nothing imported`);
}

function importCommand(program: Command, s: Session): void {
  program
    .command('import')
    .description('import a CSV file (all rows validated first; nothing imported if any is bad)')
    .argument('<kind>', IMPORT_KINDS.join('|'))
    .argument('<file>', 'CSV file with a header row (UTF-8 or Windows-1252, as Excel saves it)')
    .action(async (kind: string, file: string) => {
      if (!(IMPORT_KINDS as readonly string[]).includes(kind)) return s.fail(`unknown import kind "${kind}" (expected ${IMPORT_KINDS.join(', ')})`);
      const { text, encoding } = readCsvFile(file);
      if (encoding !== 'utf-8') s.io.err(`${file}: read as ${encoding === 'windows-1252' ? 'Windows-1252 (not valid UTF-8; what Excel\'s "CSV (Comma delimited)" writes)' : encoding.toUpperCase()}`);
      const result = await importCsv(await s.store(), kind as ImportKind, text, cliActor(), { onProgress: progressPrinter(s.io, kind) });
      for (const warning of result.warnings) s.io.err(`${file}: warning: ${warning}`);
      if (result.problems.length) {
        reportProblems(s.io, file, result);
        return s.fail('');
      }
      await s.persist();
      s.io.out(`${kind}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged`);
    });
}

function dataCommands(program: Command, s: Session): void {
  program
    .command('forget')
    .description("remove a person's personal data (keeps what the audit trail must keep)")
    .argument('<email>', 'the person to forget')
    .action(async (email: string) => {
      const result = await forgetPerson(await s.store(), email, cliActor());
      if (!result.ok) return s.fail(result.error);
      await s.persist();
      s.io.out(`Forgot ${email}: removed ${result.removed.join(', ')}. The audit trail records that this was done.`);
    });

  program
    .command('demo')
    .description('load demo data (YOS, people matching the Agents Playground users, secondments, boards)')
    .action(async () => {
      const summary = await loadDemoData(await s.store(), todayInLondon(), cliActor());
      await s.persist();
      s.io.out(summary);
    });
}

function reportCommands(program: Command, s: Session): void {
  program
    .command('ask')
    .description('answer a question from the framework, citing the section')
    .argument('<question>', 'the question, in quotes')
    .option('--as <email>', 'answer as this person (adds their people and dates)')
    .option('--as-of <date>', 'the day to answer for (default: today in London)', civilDateOption)
    .option('--json', 'print {answer, section, confidence, suggestions}')
    .action(async (question: string, opts: { as?: string; asOf?: string; json?: boolean }) => {
      // Without --as no storage is needed: the rules answer on their own.
      if (opts.as && !(await findPerson(await s.store(), { email: opts.as }))) {
        return s.fail(`--as ${opts.as}: no such person in the records (import people first, or leave out --as)`);
      }
      const answer = await ask(opts.as ? await s.store() : null, question, { email: opts.as }, opts.asOf ?? todayInLondon());
      s.io.out(opts.json ? JSON.stringify(answerJson(answer), null, 2) : answerText(answer));
    });

  program
    .command('sweep')
    .description('one reminder pass now (sends proactive cards to people who have the app)')
    .option('--as-of <date>', 'the day to sweep for (default: today in London)', civilDateOption)
    .option('--dry-run', 'list the reminders that would go out, send nothing')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { asOf?: string; dryRun?: boolean; json?: boolean }) => {
      const store = await s.store();
      const { sender, reacher } = proactive(loadConfig(), store);
      const result = await sweep({ store, sender, reacher }, { asOf: opts.asOf ?? todayInLondon(), dryRun: opts.dryRun, evenOnHolidays: !!opts.asOf });
      if (!opts.dryRun) await s.persist();
      s.io.out(opts.json ? JSON.stringify(result, null, 2) : formatSweep(result));
      if (result.failed > 0) s.fail('');
    });

  program
    .command('reach')
    .description('everyone with a role and how the bot reaches them in Teams (chat, roster, installed, or why not)')
    .option('--yos <id...>', 'only these YOS')
    .option('--json', 'print JSON rows')
    .action(async (opts: { yos?: string[]; json?: boolean }) => {
      const store = await s.store();
      const { reacher } = proactive(loadConfig(), store);
      const rows = await reachReport(store, reacher, todayInLondon(), opts.yos);
      s.io.out(opts.json ? JSON.stringify(rows, null, 2) : formatReachTable(rows));
    });
}

function describeFailure(err: unknown): string {
  if (err instanceof StorageUnavailableError) return `${err.message}. Not done: run the command again (running it twice is safe)`;
  return (err as Error).message;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  let exitCode = 0;
  let opened: OpenedStore | null = null;
  const session: Session = {
    io,
    store: async () => (opened ??= await openStore(loadConfig())).store,
    persist: async () => {
      if (opened) await opened.flush();
    },
    fail: (message) => {
      if (message) io.err(`yosbot: ${message}`);
      exitCode = 1;
    },
  };
  const program = new Command('yosbot')
    .description('NPS/YOS partnership framework bot: data, deadlines and answers')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  importCommand(program, session);
  reportCommands(program, session);
  registerRecordCommands(program, session);
  dataCommands(program, session);

  try {
    await program.parseAsync(argv);
  } catch (err) {
    // Commander has already printed its own errors (or the help text).
    if (err instanceof CommanderError) exitCode = err.exitCode;
    else session.fail(describeFailure(err));
  } finally {
    if (opened) await (opened as OpenedStore).close();
  }
  return exitCode;
}
