/**
 * `yosbot`: the command line (SPEC section 3). Each command opens storage, does one thing and
 * closes it. Errors print one line, never a stack trace, and set exit code 1.
 */
import os from 'node:os';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config';
import { openStore, type OpenedStore } from '../store/open';
import { parseCivilDate, todayInLondon } from '../framework/dates';
import { IMPORT_KINDS, importCsv, readCsvFile, type ImportKind } from './csv-import';
import { dueReport, formatDueTable, withoutConversation } from './due';
import { loadDemoData } from './demo';
import { exportExpenses } from './export';
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

function civilDateOption(value: string): string {
  const date = parseCivilDate(value);
  if (!date) throw new InvalidArgumentError('expected a date as YYYY-MM-DD or DD/MM/YYYY');
  return date;
}

function daysOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 3650) throw new InvalidArgumentError('expected a whole number of days (0-3650)');
  return n;
}

export function cliActor(): string {
  return `cli:${os.userInfo().username}`;
}

function formatSweep(r: SweepResult): string {
  if (r.skipped) return `Sweep for ${r.asOf} skipped: ${r.skipped}`;
  const lines = [
    `Sweep for ${r.asOf}${r.dryRun ? ' (dry run, nothing sent)' : ''}: ${r.obligations} open obligations, ${r.planned} reminders due; ` +
      `${r.sent} sent, ${r.claimedElsewhere} already handled, ${r.failed} failed, ${r.unreachable} unreachable.`,
  ];
  for (const m of r.reminders ?? []) lines.push(`  ${m.stage.padEnd(10)} ${m.kind.padEnd(18)} ${m.recipient}  (${m.key})`);
  if (r.opened) lines.push(`Opened ${r.opened} chat(s) with people who had not written to the bot (team roster or Graph).`);
  for (const n of r.notReached) lines.push(`Not reachable in Teams: ${n.email}: ${n.reason}; to do: ${n.action}`);
  return lines.join('\n');
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  let exitCode = 0;
  let opened: OpenedStore | null = null;
  const store = async () => {
    opened ??= await openStore(loadConfig());
    return opened.store;
  };

  const program = new Command('yosbot')
    .description('NPS/YOS partnership framework bot: data, deadlines and answers')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('import')
    .description('import a CSV file (all rows validated first; nothing imported if any is bad)')
    .argument('<kind>', IMPORT_KINDS.join('|'))
    .argument('<file>', 'CSV file with a header row')
    .action(async (kind: string, file: string) => {
      if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
        io.err(`yosbot: unknown import kind "${kind}" (expected ${IMPORT_KINDS.join(', ')})`);
        exitCode = 1;
        return;
      }
      const text = readCsvFile(file);
      const result = await importCsv(await store(), kind as ImportKind, text, cliActor());
      if (result.problems.length) {
        for (const p of result.problems) io.err(`${file}:${p.line}: ${p.column}: ${p.message}`);
        io.err(`${result.problems.length} problem(s); nothing imported`);
        exitCode = 1;
        return;
      }
      io.out(`${kind}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged`);
    });

  program
    .command('due')
    .description('open obligations due on or before as-of + days, overdue included')
    .option('--as-of <date>', 'the day to look from (default: today in London)', civilDateOption)
    .option('--days <n>', 'how many days ahead', daysOption, 30)
    .option('--json', 'print JSON')
    .action(async (opts: { asOf?: string; days: number; json?: boolean }) => {
      const asOf = opts.asOf ?? todayInLondon();
      const report = await dueReport(await store(), asOf, opts.days);
      if (opts.json) return void io.out(JSON.stringify(report, null, 2));
      const { reacher } = proactive(loadConfig(), await store());
      io.out(formatDueTable(report, asOf, opts.days, await withoutConversation(await store(), report, reacher)));
    });

  program
    .command('ask')
    .description('answer a question from the framework, citing the section')
    .argument('<question>', 'the question, in quotes')
    .option('--as <email>', 'answer as this person (adds their people and dates)')
    .option('--as-of <date>', 'the day to answer for (default: today in London)', civilDateOption)
    .option('--json', 'print {answer, section, confidence, suggestions}')
    .action(async (question: string, opts: { as?: string; asOf?: string; json?: boolean }) => {
      // Without --as no storage is needed: the rules answer on their own.
      if (opts.as && !(await findPerson(await store(), { email: opts.as }))) {
        io.err(`yosbot: --as ${opts.as}: no such person in the records (import people first, or leave out --as)`);
        exitCode = 1;
        return;
      }
      const answer = await ask(opts.as ? await store() : null, question, { email: opts.as }, opts.asOf ?? todayInLondon());
      io.out(opts.json ? JSON.stringify(answerJson(answer), null, 2) : answerText(answer));
    });

  program
    .command('sweep')
    .description('one reminder pass now (sends proactive cards to people who have the app)')
    .option('--as-of <date>', 'the day to sweep for (default: today in London)', civilDateOption)
    .option('--dry-run', 'list the reminders that would go out, send nothing')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { asOf?: string; dryRun?: boolean; json?: boolean }) => {
      const { sender, reacher } = proactive(loadConfig(), await store());
      const result = await sweep({ store: await store(), sender, reacher }, { asOf: opts.asOf ?? todayInLondon(), dryRun: opts.dryRun, evenOnHolidays: !!opts.asOf });
      io.out(opts.json ? JSON.stringify(result, null, 2) : formatSweep(result));
      if (result.failed > 0) exitCode = 1;
    });

  program
    .command('reach')
    .description('everyone with a role and how the bot reaches them in Teams (chat, roster, installed, or why not)')
    .option('--yos <id...>', 'only these YOS')
    .option('--json', 'print JSON rows')
    .action(async (opts: { yos?: string[]; json?: boolean }) => {
      const { reacher } = proactive(loadConfig(), await store());
      const rows = await reachReport(await store(), reacher, todayInLondon(), opts.yos);
      io.out(opts.json ? JSON.stringify(rows, null, 2) : formatReachTable(rows));
    });

  program
    .command('export')
    .description('export records as CSV (expenses: decided T&S claims for NPS and YOS finance)')
    .argument('<what>', 'expenses')
    .option('--from <date>', 'decided on or after', civilDateOption)
    .option('--to <date>', 'decided on or before', civilDateOption)
    .action(async (what: string, opts: { from?: string; to?: string }) => {
      if (what !== 'expenses') {
        io.err(`yosbot: unknown export "${what}" (expected expenses)`);
        exitCode = 1;
        return;
      }
      io.out(await exportExpenses(await store(), opts.from, opts.to));
    });

  program
    .command('forget')
    .description("remove a person's personal data (keeps what the audit trail must keep)")
    .argument('<email>', 'the person to forget')
    .action(async (email: string) => {
      const result = await forgetPerson(await store(), email, cliActor());
      if (!result.ok) {
        io.err(`yosbot: ${result.error}`);
        exitCode = 1;
        return;
      }
      io.out(`Forgot ${email}: removed ${result.removed.join(', ')}. The audit trail records that this was done.`);
    });

  program
    .command('demo')
    .description('load demo data (YOS, people matching the Agents Playground users, secondments, boards)')
    .action(async () => {
      const summary = await loadDemoData(await store(), todayInLondon(), cliActor());
      io.out(summary);
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander has already printed its message (or the help text).
      exitCode = err.exitCode;
    } else {
      io.err(`yosbot: ${(err as Error).message}`);
      exitCode = 1;
    }
  } finally {
    if (opened) await (opened as OpenedStore).close();
  }
  return exitCode;
}
