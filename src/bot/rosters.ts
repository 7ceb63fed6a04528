/**
 * Team rosters. When the bot is added to a team, and whenever members join or leave it, the
 * whole roster is paged from Teams (TeamsInfo.getPagedMembers, following continuation tokens)
 * and stored (store/roster.ts), so a reminder can open a 1:1 chat with someone who has never
 * written to the bot. Paging needs the turn, so it happens in the turn; the storage writes then
 * run after it, one sync at a time per team, so a large team never holds up Teams' request.
 */
import { TeamsInfo, type TeamsChannelAccount, type TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { log } from '../log';
import type { RosterMember } from '../store/roster';
import type { Store } from '../store/store';

interface TeamsChannelData {
  team?: { id?: string };
  tenant?: { id?: string };
}

/** Teams' largest roster page. */
const PAGE_SIZE = 500;

export interface RosterOptions {
  /** True when activities are Bot Framework-authenticated (an app id is configured). */
  authenticated: boolean;
}

export class RosterKeeper {
  private readonly queue = new Map<string, Promise<void>>();

  constructor(
    private readonly store: Store,
    private readonly options: RosterOptions = { authenticated: true },
  ) {}

  /** A conversationUpdate in a team: the bot joined or left, or members changed. */
  async onConversationUpdate(context: TurnContext): Promise<void> {
    const a = context.activity;
    const channelData = (a.channelData ?? {}) as TeamsChannelData;
    const teamId = channelData.team?.id;
    if (!teamId) return;
    const tenantId = a.conversation?.tenantId ?? channelData.tenant?.id ?? '';
    // Unauthenticated (anonymous mode): rows may be created, never re-pointed or removed from elsewhere (roster.ts).
    const unauthenticated = this.options.authenticated ? undefined : { serviceUrl: a.serviceUrl };
    if ((a.membersRemoved ?? []).some((m) => m.id === a.recipient?.id)) {
      this.later(teamId, async () => log.info({ teamId, forgotten: await this.store.roster.forgetTeam(tenantId, teamId, unauthenticated) }, 'bot left a team: roster forgotten'));
      return;
    }
    let members: RosterMember[];
    try {
      members = await pageRoster(context, tenantId);
    } catch (err) {
      log.warn({ teamId, err: (err as Error).message }, 'could not read the team roster');
      return;
    }
    this.later(teamId, async () => {
      const result = await this.store.roster.syncTeam(tenantId, teamId, members, unauthenticated);
      if (result.kept) log.warn({ teamId, kept: result.kept }, 'roster rows kept: an unauthenticated activity may not re-point or remove them');
      log.info({ teamId, ...result }, 'team roster stored');
    });
  }

  /** Runs after the turn, after any earlier work for the same team. */
  private later(teamId: string, work: () => Promise<void>): void {
    const next = (this.queue.get(teamId) ?? Promise.resolve())
      .then(work)
      .catch((err) => log.warn({ teamId, err: (err as Error).message }, 'storing the team roster failed'));
    this.queue.set(teamId, next);
    void next.then(() => {
      if (this.queue.get(teamId) === next) this.queue.delete(teamId);
    });
  }

  /** Resolves when every roster write started so far has finished (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.queue.size) await Promise.all([...this.queue.values()]);
  }
}

/** Every member of the team, page by page, as Teams gives them (serviceUrl from this turn). */
async function pageRoster(context: TurnContext, tenantId: string): Promise<RosterMember[]> {
  const members: RosterMember[] = [];
  const updatedAt = new Date().toISOString();
  let continuationToken: string | undefined;
  do {
    const page = await TeamsInfo.getPagedMembers(context, PAGE_SIZE, continuationToken);
    for (const m of page.members as TeamsChannelAccount[]) {
      if (!m.aadObjectId) continue; // bots and anonymous guests cannot be reached one to one
      members.push({
        tenantId: m.tenantId ?? tenantId, aadObjectId: m.aadObjectId.toLowerCase(), teamsUserId: m.id,
        email: m.email?.toLowerCase() ?? null, userPrincipalName: m.userPrincipalName?.toLowerCase() ?? null,
        name: m.name ?? '', serviceUrl: context.activity.serviceUrl, updatedAt,
      });
    }
    continuationToken = page.continuationToken || undefined;
  } while (continuationToken);
  return members;
}

/** Members leaving a team (or the bot leaving it) change the stored roster too. */
export function rosterRoutes(app: Application<TurnState>, rosters: RosterKeeper): void {
  app.conversationUpdate('membersRemoved', async (context) => {
    await rosters.onConversationUpdate(context);
  });
}
