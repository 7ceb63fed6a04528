/**
 * `yosbot forget <email>`: removes a person's personal data (their People record with name and
 * Teams id, conversation reference, calendar feed) while keeping what the evidence trail must keep
 * (audit entries, decided claims for finance, dispute and vacancy records). Refused while the
 * person still holds a role, so nobody's deadlines silently lose their owner; reassign first.
 */
import { createHash } from 'node:crypto';
import { todayInLondon } from '../framework/dates';
import { describeRoles } from '../framework/personal';
import { normaliseEmail } from '../framework/records';
import type { Store } from '../store/store';

export type ForgetResult = { ok: true; removed: string[] } | { ok: false; error: string };

export async function forgetPerson(store: Store, rawEmail: string, actor: string): Promise<ForgetResult> {
  const email = normaliseEmail(rawEmail);
  const stored = await store.people.get(email);
  if (!stored) return { ok: false, error: `no person ${email} in the records` };
  const snapshot = await store.snapshot(todayInLondon());
  const roles = describeRoles(snapshot, email);
  if (roles.length) return { ok: false, error: `${email} still holds roles (${roles.join('; ')}); import updated yos/secondments rows (or people rows with an empty role) first` };
  const pending = snapshot.claims.filter((c) => c.secondeeEmail === email || c.approverEmail === email);
  if (pending.length) return { ok: false, error: `${email} has ${pending.length} pending T&S claim(s); decide them first` };

  const removed: string[] = [];
  if (stored.record.aadObjectId) {
    await store.conversationRefs.remove(stored.record.aadObjectId);
    removed.push('Teams conversation reference');
  }
  await store.calendarTokens.revoke(email);
  removed.push('calendar feed');
  await store.people.remove(email);
  removed.push('person record (name, email, Teams id)');
  // The audit keeps that it happened, naming the person only by a one-way hash.
  const subject = createHash('sha256').update(email).digest('hex').slice(0, 16);
  await store.audit.record(actor, 'People', `sha256:${subject}`, 'forget', { fields: Object.keys(stored.record) }, { removed });
  return { ok: true, removed };
}
