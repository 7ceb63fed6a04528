/** Wording shared by the workflow and reminder cards. */
import { daysBetween, formatLong, type CivilDate } from '../framework/dates';

export function statusLine(due: CivilDate, asOf: CivilDate): { text: string; color: string } {
  const days = daysBetween(asOf, due);
  if (days > 0) return { text: `Due ${formatLong(due)} (in ${days} day${days === 1 ? '' : 's'})`, color: days <= 3 ? 'Warning' : 'Default' };
  if (days === 0) return { text: `Due today, ${formatLong(due)}`, color: 'Warning' };
  return { text: `Overdue since ${formatLong(due)} (${-days} day${days === -1 ? '' : 's'})`, color: 'Attention' };
}

export function formatPounds(pence: number): string {
  return `£${(pence / 100).toFixed(2)}`;
}
