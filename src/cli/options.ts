/** Commander option parsers shared by the CLI commands: a clear one-line error for bad values. */
import { InvalidArgumentError } from 'commander';
import { parseCivilDate } from '../framework/dates';

export function civilDateOption(value: string): string {
  const date = parseCivilDate(value);
  if (!date) throw new InvalidArgumentError('expected a date as YYYY-MM-DD or DD/MM/YYYY');
  return date;
}

export function daysOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 3650) throw new InvalidArgumentError('expected a whole number of days (0-3650)');
  return n;
}
