/** The SPOC's reach card: who the bot can reach in Teams, the unreachable first with what to do. */
import type { ReachedVia } from '../framework/records';
import { renderCard, type CardJson } from './templates';

/** One person on the report (notify/reach-report.ts builds these). */
export interface ReachRow {
  email: string;
  name: string;
  roles: string[];
  how: ReachedVia | 'unreachable';
  ready: boolean;
  reason: string | null;
  action: string | null;
}

/** What each way of reaching means, in words for people. */
export function howInWords(row: Pick<ReachRow, 'how' | 'ready'>): string {
  switch (row.how) {
    case 'chat':
      return 'chat (they opened it)';
    case 'roster':
      return row.ready ? 'roster (chat opened from a team)' : 'roster (chat opens with the first message)';
    case 'installed':
      return row.ready ? 'installed (app installed through Graph)' : 'installed (app installed with the first message)';
    default:
      return 'unreachable';
  }
}

/**
 * Advice for an administrator (settings, secrets, Entra ids, Teams policies) belongs in the README
 * and `yosbot reach`; a SPOC reading the card is told whom to ask, and why, in a few words.
 */
const ADMIN_WORK = /GRAPH_|setup policy|Teams admin|aad_object_id|Entra object id|TeamsAppInstallation|admin consent/i;

export function adviceForTeams(action: string | null): string {
  if (!action || !ADMIN_WORK.test(action)) return action ?? '';
  return 'ask your Teams administrator to install the app for them (I share no team or chat with them yet), or add me to a team they are in';
}

/** A card stays readable (and under Teams' 28 KB) with this many people on it. */
export const REACH_CARD_ROWS = 40;

export function reachCard(rows: ReachRow[], scope: string): CardJson {
  const unreachable = rows.filter((r) => r.how === 'unreachable').length;
  const shown = rows.slice(0, Math.max(REACH_CARD_ROWS, unreachable));
  return renderCard('reach', {
    scope,
    total: rows.length,
    reachable: rows.length - unreachable,
    unreachable,
    more: rows.length - shown.length,
    rows: shown.map((r) => ({
      name: r.name === r.email ? r.email : `${r.name} (${r.email})`,
      how: howInWords(r),
      color: r.how === 'unreachable' ? 'Attention' : 'Default',
      roles: r.roles.join('; ') || 'no role',
      reason: r.reason ?? '',
      action: adviceForTeams(r.action),
    })),
  });
}
