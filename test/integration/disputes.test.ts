/**
 * Dispute escalation (framework 9.1) end to end: real Azurite, the bot on real HTTP, the mock Bot
 * Connector where Teams would be. By hand (a card button) and automatically at day 28 (a sweep).
 */
import { TableClient } from '@azure/data-tables';
import { expect } from 'chai';
import { addDays, todayInLondon } from '../../src/framework/dates';
import { DEFAULT_LOCAL_POLICY } from '../../src/framework/local-policy';
import type { Dispute } from '../../src/framework/records';
import { dueReport } from '../../src/cli/due';
import { DEMO_PEOPLE } from '../../src/cli/demo';
import { ConnectorSender } from '../../src/notify/sender';
import { sweep, type SweepDeps } from '../../src/notify/sweep';
import { validateCard } from '../../src/views/templates';
import { cardText, clockOn, firstCard, press, say, startHarness, startIntroducedHarness, type Harness } from '../helpers/harness';
import { startTestStorage } from '../helpers/azurite';
import { Store } from '../../src/store/store';

const today = todayInLondon();
const email = (key: string) => DEMO_PEOPLE.find((p) => p.key === key)!.email;
const deps = (h: Harness): SweepDeps => ({ store: h.storage.store, sender: new ConnectorSender({ baseDelayMs: 20, maxDelayMs: 200 }), instanceId: 'test' });
const button = (title: string, verb: string, disputeId: string) => ({ actions: [{ type: 'Action.Execute', title, verb, data: { disputeId } }] });

/** Cards about one dispute that reached a person's chat. */
function disputeCards(h: Harness, key: string, disputeId: string): any[] {
  return h.connector
    .activitiesTo(`a:personal-29:${key}`)
    .filter((a) => a.summary === 'dispute-escalation' && JSON.stringify(a).includes(disputeId))
    .map((a) => a.attachments[0].content);
}

/** Presses a dispute button and then the confirmation it asks for. */
async function pressConfirmed(h: Harness, key: string, card: unknown, title: string, inputs: Record<string, unknown> = {}): Promise<any> {
  const asked = await press(h, key, card, title, inputs);
  const confirm = (asked.actions ?? []).find((a: { title: string }) => a.title.startsWith('Confirm:'));
  return confirm ? press(h, key, asked, confirm.title) : asked;
}

async function raiseFor(h: Harness, summary: string): Promise<string> {
  const form = firstCard(await say(h, 'yot_manager', 'raise dispute'));
  const raised = await press(h, 'yot_manager', form, 'Raise dispute', { yosId: 'NORTHANTS', summary, linkManagerEmail: email('link_manager') });
  return /DSP-\d{8}-\w+/.exec(cardText(raised))![0];
}

function storedDispute(overrides: Partial<Dispute>): Dispute {
  return {
    disputeId: 'DSP-AUTO', yosId: 'NORTHANTS', raisedDate: addDays(today, -29), raisedByEmail: email('yot_manager'), summary: 'PSO hours not replaced',
    status: 'open', linkManagerEmail: null, escalatedDate: null, escalatedBy: null, resolvedDate: null, resolvedBy: null, outcome: null, ...overrides,
  };
}

describe('dispute escalation, 9.1 (Azurite + HTTP + mock connector)', function () {
  this.timeout(60_000);
  let h: Harness;

  beforeEach(async () => {
    h = await startIntroducedHarness({ now: clockOn(today) });
  });
  afterEach(async () => h.stop());

  it('by hand: escalated at once, the Head of LDU and YOS senior manager must act, the SPOC is told at once and cannot decide', async () => {
    const id = await raiseFor(h, 'NPS has not replaced the PSO hours cut in October');
    expect((await h.storage.store.disputes.get(id))!.record).to.include({ status: 'open', linkManagerEmail: email('link_manager') });
    const asked = await press(h, 'link_manager', button('Escalate now', 'dispute.escalate', id), 'Escalate now');
    expect(cardText(asked)).to.contain(`Confirm: escalate dispute ${id} now?`);
    expect((await h.storage.store.disputes.get(id))!.record.status, 'not escalated by the first press').to.equal('open');
    const escalated = await press(h, 'link_manager', asked, 'Confirm: escalate now');
    expect(cardText(escalated)).to.contain('escalated to the Head of LDU and YOS senior manager to resolve');
    expect(cardText(escalated)).to.contain('Told now');
    expect((await h.storage.store.disputes.get(id))!.record).to.include({ status: 'escalated', escalatedDate: today, escalatedBy: email('link_manager') });

    // Told at once, not at the next daily sweep.
    const spoc = disputeCards(h, 'spoc', id);
    expect(spoc).to.have.length(1);
    expect(cardText(spoc[0])).to.contain('you are not asked to decide it');
    expect(cardText(spoc[0])).to.not.contain('Mark resolved');
    for (const key of ['head_of_ldu', 'yos_senior_manager']) {
      const cards = disputeCards(h, key, id);
      expect(cards, key).to.have.length(1);
      expect(cardText(cards[0])).to.contain('Escalated to you');
      expect(validateCard(cards[0])).to.deep.equal([]);
    }
    expect(disputeCards(h, 'yot_manager', id)).to.have.length(1); // the local party hears it has moved on

    // The daily sweep does not repeat them (the outbox has them).
    await sweep(deps(h), { asOf: today, evenOnHolidays: true });
    expect(disputeCards(h, 'spoc', id)).to.have.length(1);
    expect(disputeCards(h, 'head_of_ldu', id)).to.have.length(1);

    // Still tracked: the due list shows the new people.
    const row = (await dueReport(h.storage.store, today, 30)).find((r) => r.subject.includes(id))!;
    expect(row.responsible).to.deep.equal([email('head_of_ldu'), email('yos_senior_manager')]);
    expect(row.informed).to.deep.equal([email('spoc')]);

    // Escalated: the local parties and the SPOC may no longer resolve it; the Head of LDU does, with the outcome.
    const resolve = button('Mark resolved', 'dispute.resolve', id);
    for (const key of ['spoc', 'yot_manager']) expect(cardText(await press(h, key, resolve, 'Mark resolved', { outcome: 'Agreed between us' })), key).to.contain('Only the head of ldu, yos senior manager');
    expect(cardText(await press(h, 'link_manager', button('Escalate now', 'dispute.escalate', id), 'Escalate now'))).to.contain('already escalated');
    const resolved = await pressConfirmed(h, 'head_of_ldu', resolve, 'Mark resolved', { outcome: 'PSO hours restored from January' });
    expect(cardText(resolved)).to.contain(`Dispute ${id} resolved.`);
    expect((await h.storage.store.disputes.get(id))!.record).to.include({ status: 'resolved', resolvedBy: email('head_of_ldu'), outcome: 'PSO hours restored from January' });
    expect((await dueReport(h.storage.store, today, 30)).some((r) => r.subject.includes(id))).to.equal(false);
  });

  it('automatically the day after day 28: a sweep records the escalation, tells the SPOC once, and keeps reminding the escalated people until resolved', async () => {
    await h.storage.store.disputes.insert(storedDispute({ disputeId: 'DSP-AUTO' }), 'test');
    // Day 28 is still within the 28 days: local, and the local parties are reminded it is due today.
    await h.storage.store.disputes.insert(storedDispute({ disputeId: 'DSP-DAY28', raisedDate: addDays(today, -28) }), 'test');
    const first = await sweep(deps(h), { asOf: today, evenOnHolidays: true });
    expect(first.escalated).to.include('DSP-AUTO').and.not.include('DSP-DAY28');
    expect((await h.storage.store.disputes.get('DSP-AUTO'))!.record).to.include({ status: 'escalated', escalatedDate: today, escalatedBy: 'automatic' });
    expect((await h.storage.store.disputes.get('DSP-DAY28'))!.record.status).to.equal('open');
    const day28 = disputeCards(h, 'yot_manager', 'DSP-DAY28');
    expect(day28).to.have.length(1);
    expect(cardText(day28[0])).to.contain(`up to and including ${today}`);
    expect(disputeCards(h, 'head_of_ldu', 'DSP-DAY28')).to.have.length(0);
    const audit = (await h.storage.store.audit.month(new Date().toISOString().slice(0, 7))).filter((e) => e.entityId === 'DSP-AUTO' && e.action === 'update');
    expect(audit.map((e) => e.actor)).to.deep.equal(['framework:9.1-day-28']);

    expect(disputeCards(h, 'spoc', 'DSP-AUTO')).to.have.length(1);
    expect(cardText(disputeCards(h, 'head_of_ldu', 'DSP-AUTO')[0])).to.contain('Due today');
    expect(disputeCards(h, 'spoc', 'DSP-DAY28')).to.have.length(0);

    // The next day nothing repeats; a week on, the escalated people are reminded again, the SPOC is not.
    await sweep(deps(h), { asOf: addDays(today, 1), evenOnHolidays: true });
    expect(disputeCards(h, 'head_of_ldu', 'DSP-AUTO')).to.have.length(1);
    await sweep(deps(h), { asOf: addDays(today, 8), evenOnHolidays: true });
    expect(disputeCards(h, 'head_of_ldu', 'DSP-AUTO')).to.have.length(2);
    expect(disputeCards(h, 'yos_senior_manager', 'DSP-AUTO')).to.have.length(2);
    expect(disputeCards(h, 'spoc', 'DSP-AUTO')).to.have.length(1);
  });

  it('the SPOC\'s Governance Board agenda lists escalated disputes; others are refused', async () => {
    await h.storage.store.disputes.insert(storedDispute({ disputeId: 'DSP-AGENDA', raisedDate: addDays(today, -40) }), 'test');
    const agenda = firstCard(await say(h, 'spoc', 'board agenda'));
    expect(validateCard(agenda)).to.deep.equal([]);
    expect(cardText(agenda)).to.contain('DSP-AGENDA, Northamptonshire YOS: escalated after 28 days');
    expect(cardText(agenda)).to.contain('DSP-LE-01'); // the demo's Leicester dispute, also past day 28
    expect(cardText(firstCard(await say(h, 'secondee', 'board agenda')))).to.contain('for the divisional SPOC');
  });
});

describe('escalated disputes filed as closed by earlier versions', function () {
  this.timeout(60_000);

  it('are moved back to the open list when the store opens, so they are tracked again', async () => {
    const storage = await startTestStorage();
    try {
      const legacy = storedDispute({ disputeId: 'DSP-OLD', status: 'escalated', raisedDate: addDays(today, -60) });
      const fields = Object.fromEntries(Object.entries(legacy).filter(([, v]) => v !== null));
      // Written as an earlier version filed it, straight through the SDK.
      const table = TableClient.fromConnectionString(storage.azurite.connectionString, 'Disputes', { allowInsecureConnection: true });
      await table.createEntity({ partitionKey: 'closed', rowKey: 'DSP-OLD', ...fields });
      const reopened = await Store.open(storage.azurite.connectionString);
      expect((await reopened.snapshot(today)).disputes.map((d) => d.disputeId)).to.deep.equal(['DSP-OLD']);
    } finally {
      await storage.azurite.stop();
    }
  });
});

describe('a local setting lets the SPOC resolve disputes (not the framework: 9.1 only makes the SPOC aware)', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: clockOn(today), policy: { ...DEFAULT_LOCAL_POLICY, spocMayResolveDisputes: true } });
    await say(h, 'spoc', 'help');
  });
  after(async () => h.stop());

  it('the SPOC may then mark an escalated dispute resolved', async () => {
    await h.storage.store.disputes.insert(storedDispute({ disputeId: 'DSP-SPOC', raisedDate: addDays(today, -30) }), 'test');
    const done = await pressConfirmed(h, 'spoc', button('Mark resolved', 'dispute.resolve', 'DSP-SPOC'), 'Mark resolved', { outcome: 'Agreed at the board' });
    expect(cardText(done)).to.contain('Dispute DSP-SPOC resolved.');
  });
});
