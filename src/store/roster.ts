/**
 * Team rosters: who is in the teams the bot has been added to, so a reminder can open a 1:1 chat
 * with someone who has never written to the bot. Everything is found by key, never by a scan:
 *
 * | PartitionKey             | RowKey                 | holds                                   |
 * |--------------------------|------------------------|-----------------------------------------|
 * | `aad|{aadObjectId}`      | tenantId               | the member (Teams id, email, serviceUrl) |
 * | `aad|{aadObjectId}`      | `{tenantId}|{teamId}`  | one row per team they are in            |
 * | `email|{email}`          | tenantId               | the aadObjectId (email index)           |
 * | `team|{tenantId}|{team}` | aadObjectId            | the team's members and a signature      |
 * | `unreachable`            | person email           | why the bot could not reach them        |
 * | `tenant`                 | tenantId               | the serviceUrl its rosters came with    |
 *
 * A re-sync of a team reads its one partition and writes only members who are new or changed, so
 * paging the roster again on every member change costs reads, not thousands of writes.
 */
import { createHash } from 'node:crypto';
import { odata } from '@azure/data-tables';
import type { Table } from './table';

export interface RosterMember {
  tenantId: string;
  aadObjectId: string;
  /** The member's Teams id (29:...), needed to create the 1:1 conversation. */
  teamsUserId: string;
  email: string | null;
  userPrincipalName: string | null;
  name: string;
  /** As Teams gave it with the roster: where to create and send. */
  serviceUrl: string;
  updatedAt: string;
}

export interface RosterEntry extends RosterMember {
  teams: string[];
}

export interface ReachNote {
  email: string;
  reason: string;
  /** What to do about it. */
  action: string;
  at: string;
}

export interface SyncResult {
  members: number;
  written: number;
  removed: number;
  /** Rows left as they were (present only when some were): an unauthenticated roster may not re-point or remove them. */
  kept?: number;
}

/**
 * For a roster from an unauthenticated activity (anonymous local mode): it may create rows, but
 * change or remove only rows that came from this same serviceUrl, so a forged team install cannot
 * re-point anyone's 1:1 chat to a server of the sender's choosing (as for conversation references).
 */
export interface Unauthenticated {
  serviceUrl: string;
}

/** Table keys may not contain / \ # ? or control characters. */
function safeKey(text: string): string {
  return text.replace(/[/\\#?\u0000-\u001f\u007f-\u009f]/g, '_');
}

const aadPartition = (aad: string) => safeKey(`aad|${aad.toLowerCase()}`);
const emailPartition = (email: string) => safeKey(`email|${email.toLowerCase()}`);
const teamPartition = (tenantId: string, teamId: string) => safeKey(`team|${tenantId}|${teamId}`);
const membershipKey = (tenantId: string, teamId: string) => safeKey(`${tenantId}|${teamId}`);

function signature(m: RosterMember): string {
  return createHash('sha256').update(JSON.stringify([m.teamsUserId, m.email, m.userPrincipalName, m.name, m.serviceUrl])).digest('base64url').slice(0, 16);
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

const noteOf = (e: Record<string, unknown>): ReachNote => ({ email: String(e.email), reason: String(e.reason), action: String(e.action ?? ''), at: String(e.at) });

export class Roster {
  constructor(private readonly table: Table) {}

  private async partition(partitionKey: string): Promise<Record<string, unknown>[]> {
    const rows: Record<string, unknown>[] = [];
    const filter = odata`PartitionKey eq ${partitionKey}`;
    for await (const e of this.table.list({ filter })) rows.push(e);
    return rows;
  }

  /**
   * Makes the stored roster of one team match `members` (the whole roster, as paged from Teams):
   * new or changed members are written, members no longer in the team lose that membership.
   */
  async syncTeam(tenantId: string, teamId: string, members: RosterMember[], unauthenticated?: Unauthenticated): Promise<SyncResult> {
    const before = new Map((await this.partition(teamPartition(tenantId, teamId))).map((e) => [String(e.rowKey), String(e.signature ?? '')]));
    const now = new Map(members.map((m) => [m.aadObjectId.toLowerCase(), { ...m, aadObjectId: m.aadObjectId.toLowerCase(), tenantId }]));
    const changed = [...now.values()].filter((m) => before.get(m.aadObjectId) !== signature(m));
    const gone = [...before.keys()].filter((aad) => !now.has(aad));
    let written = 0;
    let removed = 0;
    await pool(changed, 16, async (m) => {
      if (await this.writeMember(teamId, m, unauthenticated)) written++;
    });
    await pool(gone, 16, async (aad) => {
      if (await this.removeMembership(tenantId, teamId, aad, unauthenticated)) removed++;
    });
    if (members[0]) await this.pointTenant(tenantId, members[0].serviceUrl, unauthenticated);
    const kept = changed.length - written + gone.length - removed;
    return { members: now.size, written, removed, ...(kept ? { kept } : {}) };
  }

  /** The bot left a team: forget every membership it gave us (unauthenticated: only those from its serviceUrl). */
  async forgetTeam(tenantId: string, teamId: string, unauthenticated?: Unauthenticated): Promise<number> {
    const rows = await this.partition(teamPartition(tenantId, teamId));
    let removed = 0;
    await pool(rows, 16, async (e) => {
      if (await this.removeMembership(tenantId, teamId, String(e.rowKey), unauthenticated)) removed++;
    });
    return removed;
  }

  private async pointTenant(tenantId: string, serviceUrl: string, unauthenticated?: Unauthenticated): Promise<void> {
    if (unauthenticated && ((await this.serviceUrlFor(tenantId)) ?? serviceUrl) !== serviceUrl) return;
    await this.table.upsert({ partitionKey: 'tenant', rowKey: safeKey(tenantId), serviceUrl }, 'Replace');
  }

  /** False when an unauthenticated roster may not change the member (stored from another serviceUrl). */
  private async mayChange(aad: string, tenantId: string, unauthenticated?: Unauthenticated): Promise<boolean> {
    if (!unauthenticated) return true;
    const stored = await this.table.get(aadPartition(aad), safeKey(tenantId));
    return !stored || stored.serviceUrl === unauthenticated.serviceUrl;
  }

  private async writeMember(teamId: string, m: RosterMember, unauthenticated?: Unauthenticated): Promise<boolean> {
    if (!(await this.mayChange(m.aadObjectId, m.tenantId, unauthenticated))) return false;
    const email = m.email?.toLowerCase() ?? null;
    const member: Record<string, unknown> & { partitionKey: string; rowKey: string } = {
      partitionKey: aadPartition(m.aadObjectId), rowKey: safeKey(m.tenantId), aadObjectId: m.aadObjectId, tenantId: m.tenantId,
      teamsUserId: m.teamsUserId, name: m.name, serviceUrl: m.serviceUrl, updatedAt: m.updatedAt,
      ...(email ? { email } : {}), ...(m.userPrincipalName ? { userPrincipalName: m.userPrincipalName.toLowerCase() } : {}),
    };
    await this.table.upsert(member, 'Replace');
    await this.table.upsert({ partitionKey: aadPartition(m.aadObjectId), rowKey: membershipKey(m.tenantId, teamId), tenantId: m.tenantId, teamId }, 'Replace');
    for (const address of new Set([email, m.userPrincipalName?.toLowerCase()].filter((x): x is string => !!x))) {
      // Unauthenticated: an address already naming someone else keeps naming them.
      const indexed = unauthenticated && (await this.table.get(emailPartition(address), safeKey(m.tenantId)));
      if (indexed && indexed.aadObjectId !== m.aadObjectId) continue;
      await this.table.upsert({ partitionKey: emailPartition(address), rowKey: safeKey(m.tenantId), aadObjectId: m.aadObjectId }, 'Replace');
    }
    // Written last: a crash before here leaves the member marked changed, so the next sync redoes it.
    await this.table.upsert({ partitionKey: teamPartition(m.tenantId, teamId), rowKey: m.aadObjectId, signature: signature(m) }, 'Replace');
    return true;
  }

  private async removeMembership(tenantId: string, teamId: string, aad: string, unauthenticated?: Unauthenticated): Promise<boolean> {
    if (!(await this.mayChange(aad, tenantId, unauthenticated))) return false;
    await this.table.delete(aadPartition(aad), membershipKey(tenantId, teamId));
    const rest = await this.partition(aadPartition(aad));
    const member = rest.find((e) => e.rowKey === safeKey(tenantId));
    const stillInATeam = rest.some((e) => e.teamId !== undefined && e.tenantId === tenantId);
    if (member && !stillInATeam) {
      for (const address of new Set([member.email, member.userPrincipalName].filter((x): x is string => typeof x === 'string'))) {
        await this.table.delete(emailPartition(address), safeKey(tenantId));
      }
      await this.table.delete(aadPartition(aad), safeKey(tenantId));
    }
    await this.table.delete(teamPartition(tenantId, teamId), aad);
    return true;
  }

  /** The member in each tenant whose rosters hold this Entra object id (usually one). */
  async byAadObjectId(aad: string): Promise<RosterEntry[]> {
    const rows = await this.partition(aadPartition(aad));
    return rows
      .filter((e) => e.teamId === undefined)
      .map((e) => ({
        tenantId: String(e.tenantId), aadObjectId: String(e.aadObjectId), teamsUserId: String(e.teamsUserId),
        email: (e.email as string) ?? null, userPrincipalName: (e.userPrincipalName as string) ?? null,
        name: String(e.name ?? ''), serviceUrl: String(e.serviceUrl), updatedAt: String(e.updatedAt ?? ''),
        teams: rows.filter((r) => r.teamId !== undefined && r.tenantId === e.tenantId).map((r) => String(r.teamId)),
      }));
  }

  /** Members whose email or UPN is this address (email index, then by key). */
  async byEmail(email: string): Promise<RosterEntry[]> {
    const index = await this.partition(emailPartition(email));
    const found = await Promise.all([...new Set(index.map((e) => String(e.aadObjectId)))].map((aad) => this.byAadObjectId(aad)));
    return found.flat();
  }

  /** How many members a team has on record (for logs and tests). */
  async teamSize(tenantId: string, teamId: string): Promise<number> {
    return (await this.partition(teamPartition(tenantId, teamId))).length;
  }

  /** Where Teams serves this tenant, as its latest roster said; null if no roster came from it. */
  async serviceUrlFor(tenantId: string): Promise<string | null> {
    const e = await this.table.get('tenant', safeKey(tenantId));
    return e ? String(e.serviceUrl) : null;
  }

  async noteUnreachable(email: string, reason: string, action: string, at = new Date()): Promise<void> {
    const row = { partitionKey: 'unreachable', rowKey: safeKey(email.toLowerCase()), email: email.toLowerCase(), reason: reason.slice(0, 500), action, at: at.toISOString() };
    await this.table.upsert(row, 'Replace');
  }

  async clearUnreachable(email: string): Promise<void> {
    await this.table.delete('unreachable', safeKey(email.toLowerCase()));
  }

  async unreachableNote(email: string): Promise<ReachNote | null> {
    const e = await this.table.get('unreachable', safeKey(email.toLowerCase()));
    return e ? noteOf(e) : null;
  }

  /** Every note of why someone could not be reached (one partition). */
  async unreachableNotes(): Promise<Map<string, ReachNote>> {
    const rows = await this.partition('unreachable');
    return new Map(rows.map((e) => [String(e.email), noteOf(e)]));
  }
}
