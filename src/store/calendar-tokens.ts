/**
 * Personal calendar feed tokens: 256 random bits, unguessable, one per person, revocable.
 * Two partitions: 'token' (RowKey token -> email) for the feed, 'email' (RowKey email -> token)
 * so a person's old token can be revoked when they ask for a new one.
 */
import { randomBytes } from 'node:crypto';
import type { Table } from './table';

export class CalendarTokens {
  constructor(private readonly table: Table) {}

  private async read(partition: string, rowKey: string): Promise<string | null> {
    const e = await this.table.get<{ value: string }>(partition, rowKey);
    return e ? e.value : null;
  }

  async emailFor(token: string): Promise<string | null> {
    return /^[A-Za-z0-9_-]{43}$/.test(token) ? this.read('token', token) : null;
  }

  /** The person's token, issuing one if they have none (or a fresh one when `renew`). */
  async tokenFor(email: string, renew = false): Promise<string> {
    const existing = await this.read('email', email);
    if (existing && !renew) return existing;
    if (existing) await this.table.delete('token', existing);
    const token = randomBytes(32).toString('base64url');
    await this.table.upsert({ partitionKey: 'token', rowKey: token, value: email }, 'Replace');
    await this.table.upsert({ partitionKey: 'email', rowKey: email, value: token }, 'Replace');
    return token;
  }

  async revoke(email: string): Promise<void> {
    const existing = await this.read('email', email);
    if (!existing) return;
    await this.table.delete('token', existing);
    await this.table.delete('email', email);
  }
}
