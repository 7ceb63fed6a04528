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
import { dueReport, formatDueTable } from './due';
import { loadDemoData } from './demo';
import { ask, answerJson, answerText } from '../services/ask';

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
      io.out(opts.json ? JSON.stringify(report, null, 2) : formatDueTable(report, asOf, opts.days));
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
      const answer = await ask(opts.as ? await store() : null, question, { email: opts.as }, opts.asOf ?? todayInLondon());
      io.out(opts.json ? JSON.stringify(answerJson(answer), null, 2) : answerText(answer));
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
