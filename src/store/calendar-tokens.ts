/**
 * Personal calendar feed tokens: 256 random bits, unguessable, one per person, revocable.
 * Two partitions: 'token' (RowKey token -> email) for the feed, 'email' (RowKey email -> token)
 * so a person's old token can be revoked when they ask for a new one.
 */
import { randomBytes } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { isStatus } from './entity-table';

export class CalendarTokens {
  constructor(readonly client: TableClient) {}

  private async read(partition: string, rowKey: string): Promise<string | null> {
    try {
      const e = await this.client.getEntity<{ value: string }>(partition, rowKey);
      return e.value;
    } catch (err) {
      if (isStatus(err, 404)) return null;
      throw err;
    }
  }

  async emailFor(token: string): Promise<string | null> {
    return /^[A-Za-z0-9_-]{43}$/.test(token) ? this.read('token', token) : null;
  }

  /** The person's token, issuing one if they have none (or a fresh one when `renew`). */
  async tokenFor(email: string, renew = false): Promise<string> {
    const existing = await this.read('email', email);
    if (existing && !renew) return existing;
    if (existing) await this.client.deleteEntity('token', existing).catch((err) => { if (!isStatus(err, 404)) throw err; });
    const token = randomBytes(32).toString('base64url');
    await this.client.upsertEntity({ partitionKey: 'token', rowKey: token, value: email }, 'Replace');
    await this.client.upsertEntity({ partitionKey: 'email', rowKey: email, value: token }, 'Replace');
    return token;
  }

  async revoke(email: string): Promise<void> {
    const existing = await this.read('email', email);
    if (!existing) return;
    await this.client.deleteEntity('token', existing).catch((err) => { if (!isStatus(err, 404)) throw err; });
    await this.client.deleteEntity('email', email).catch((err) => { if (!isStatus(err, 404)) throw err; });
  }
}
