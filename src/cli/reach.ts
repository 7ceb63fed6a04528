/** `yosbot reach` as text: each person with a role, how the bot reaches them, or why not and what to do. */
import { howInWords, type ReachRow } from '../views/reach-card';

export function formatReachTable(rows: ReachRow[]): string {
  if (rows.length === 0) return 'Nobody holds a role yet: import YOS and secondments first.';
  const unreachable = rows.filter((r) => r.how === 'unreachable').length;
  const lines = [`${rows.length} people with a role; ${rows.length - unreachable} reachable in Teams, ${unreachable} not.`];
  for (const r of rows) {
    lines.push(`${r.email.padEnd(40)} ${howInWords(r)}`, `    ${r.roles.join('; ') || 'no role'}`);
    if (r.reason) lines.push(`    why: ${r.reason}`);
    if (r.action) lines.push(`    to do: ${r.action}`);
  }
  return lines.join('\n');
}
