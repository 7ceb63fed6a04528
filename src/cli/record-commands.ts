/**
 * The CLI commands over the framework's records: `due` (obligations), `export` (expenses for
 * finance, the vacancy evidence trail) and `agenda` (the Governance Board agenda).
 */
import type { Command } from 'commander';
import { loadConfig } from '../config';
import { proactive } from '../proactive';
import { agendaScope, boardAgenda } from '../framework/agenda';
import { todayInLondon } from '../framework/dates';
import { normaliseEmail } from '../framework/records';
import type { Store } from '../store/store';
import { formatAgenda } from './agenda';
import { dueReport, formatDueTable, namesFrom, withoutConversation } from './due';
import { exportExpenses } from './export';
import { exportDisputes } from './export-disputes';
import { agendaHistory } from '../services/agenda-history';
import { exportVacancies, vacancyTrails } from './export-vacancies';
import type { Io } from './main';
import { civilDateOption, daysOption } from './options';

export interface CliContext {
  io: Io;
  store(): Promise<Store>;
  /** Prints `yosbot: message` (unless empty) and marks the run failed (exit code 1). */
  fail(message: string): void;
}

export function registerRecordCommands(program: Command, cli: CliContext): void {
  const { io, store } = cli;
  program
    .command('due')
    .description('open obligations due on or before as-of + days, overdue included')
    .option('--as-of <date>', 'the day to look from (default: today in London)', civilDateOption)
    .option('--days <n>', 'how many days ahead', daysOption, 30)
    .option('--json', 'print JSON: {kind, due, yos, subject, responsible, informed, overdue} with emails')
    .action(async (opts: { asOf?: string; days: number; json?: boolean }) => {
      const asOf = opts.asOf ?? todayInLondon();
      const report = await dueReport(await store(), asOf, opts.days);
      if (opts.json) return void io.out(JSON.stringify(report, null, 2));
      const { reacher } = proactive(loadConfig(), await store());
      const names = namesFrom(await (await store()).snapshot(asOf));
      io.out(formatDueTable(report, asOf, opts.days, names, await withoutConversation(await store(), report, reacher)));
    });

  program
    .command('export')
    .description('export records as CSV: expenses (decided T&S claims for NPS and YOS finance, 5.4), vacancies (the 5.5 evidence trail per vacancy) or disputes (9.1: raised, escalated, resolved, by whom, outcome)')
    .argument('<what>', 'expenses|vacancies|disputes')
    .option('--from <date>', 'expenses decided (disputes raised) on or after this London date', civilDateOption)
    .option('--to <date>', 'expenses decided (disputes raised) on or before this London date (inclusive)', civilDateOption)
    .option('--yos <id>', 'vacancies or disputes of one YOS only')
    .option('--open', 'open (unfilled) vacancies only')
    .option('--json', 'vacancies as JSON: each vacancy with its trail')
    .action(async (what: string, opts: { from?: string; to?: string; yos?: string; open?: boolean; json?: boolean }) => {
      if (what === 'expenses') {
        if (opts.from && opts.to && opts.from > opts.to) return cli.fail(`--from ${opts.from} is after --to ${opts.to}: nothing to export`);
        return void io.out(await exportExpenses(await store(), opts.from, opts.to));
      }
      if (what === 'vacancies') {
        const options = { yosId: opts.yos, openOnly: opts.open };
        return void io.out(opts.json ? JSON.stringify(await vacancyTrails(await store(), options), null, 2) : await exportVacancies(await store(), options));
      }
      if (what === 'disputes') return void io.out(await exportDisputes(await store(), { yosId: opts.yos, from: opts.from, to: opts.to }));
      cli.fail(`unknown export "${what}" (expected expenses, vacancies or disputes)`);
    });

  program
    .command('agenda')
    .description('the next Governance Board agenda: escalated disputes (9.1) and vacancy management (5.5)')
    .option('--as-of <date>', 'the day to look from (default: today in London)', civilDateOption)
    .option('--for <email>', "only this SPOC's or Head of LDU's YOS")
    .option('--json', 'print JSON')
    .action(async (opts: { asOf?: string; for?: string; json?: boolean }) => {
      const asOf = opts.asOf ?? todayInLondon();
      const snapshot = await (await store()).snapshot(asOf);
      const email = opts.for ? normaliseEmail(opts.for) : undefined;
      if (email && agendaScope(snapshot, email).length === 0) {
        cli.fail(`${email} is not the SPOC or Head of LDU of any YOS`);
        return;
      }
      const agenda = boardAgenda(snapshot, asOf, email, await agendaHistory(await store(), asOf));
      io.out(opts.json ? JSON.stringify(agenda, null, 2) : formatAgenda(agenda, namesFrom(snapshot)));
    });
}
