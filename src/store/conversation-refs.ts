/**
 * Where to reach each person in Teams: the conversation reference of their personal chat with the
 * bot, saved whenever they install the app or write to it, keyed by Entra object id
 * (PartitionKey 'ref', RowKey aadObjectId). A 403/404 from Teams marks it unreachable until the
 * person talks to the bot again. `via` says how the chat was first opened: by the person
 * ('chat'), by the bot from a team roster ('roster') or by installing the app through Graph
 * ('installed'); a later save without it keeps it.
 */
import { odata } from '@azure/data-tables';
import type { ConversationRef, ReachedVia } from '../framework/records';
import { isStatus, type Table } from './table';

export type { ConversationRef, ReachedVia } from '../framework/records';

const PARTITION = 'ref';

export class ConversationRefs {
  constructor(private readonly table: Table) {}

  private toEntity(ref: ConversationRef) {
    const { email, unreachableReason, via, ...rest } = ref;
    // '' clears a reason (a Merge keeps absent properties).
    return { partitionKey: PARTITION, rowKey: ref.aadObjectId, ...rest, ...(email ? { email } : {}), unreachableReason: unreachableReason ?? '', ...(via ? { via } : {}) };
  }

  /** The one place references are written (chat, roster and Graph alike). */
  async save(ref: ConversationRef): Promise<void> {
    // Merge, so a save that does not know how the chat was opened keeps `via`.
    await this.table.upsert(this.toEntity(ref), 'Merge');
  }

  /** Saves a reference only if the person has none yet; false when one exists (it is left as it is). */
  async saveIfAbsent(ref: ConversationRef): Promise<boolean> {
    try {
      await this.table.create(this.toEntity(ref));
      return true;
    } catch (err) {
      if (isStatus(err, 409)) return false;
      throw err;
    }
  }

  async get(aadObjectId: string): Promise<ConversationRef | null> {
    const entity = await this.table.get(PARTITION, aadObjectId.toLowerCase());
    return entity ? this.fromEntity(entity) : null;
  }

  async all(): Promise<ConversationRef[]> {
    const result: ConversationRef[] = [];
    const filter = odata`PartitionKey eq ${PARTITION}`;
    for await (const e of this.table.list({ filter })) result.push(this.fromEntity(e));
    return result;
  }

  async remove(aadObjectId: string): Promise<void> {
    await this.table.delete(PARTITION, aadObjectId.toLowerCase());
  }

  async markUnreachable(aadObjectId: string, reason: string): Promise<void> {
    try {
      await this.table.update({ partitionKey: PARTITION, rowKey: aadObjectId, unreachableReason: reason }, 'Merge');
    } catch (err) {
      if (!isStatus(err, 404)) throw err;
    }
  }

  private fromEntity(e: Record<string, unknown>): ConversationRef {
    return {
      aadObjectId: String(e.rowKey),
      email: (e.email as string) ?? null,
      userId: String(e.userId),
      name: String(e.name ?? ''),
      conversationId: String(e.conversationId),
      serviceUrl: String(e.serviceUrl),
      tenantId: String(e.tenantId ?? ''),
      channelId: String(e.channelId ?? 'msteams'),
      botId: String(e.botId ?? ''),
      updatedAt: String(e.updatedAt ?? ''),
      unreachableReason: (e.unreachableReason as string) || null,
      via: (e.via as ReachedVia | undefined) ?? 'chat',
    };
  }
}
