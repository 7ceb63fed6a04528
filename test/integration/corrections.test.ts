/**
 * Nothing uncorrectable (issue 22, item 2): a stage date put right by whoever recorded it (the trail
 * keeps both), reminder cards drawn again for the day they are read, the disputes export, and the
 * board agenda's resolved disputes. Real Azurite, the bot on loopback HTTP, the mock connector.
 */
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import { addDays, addMonths, todayInLondon } from '../../src/framework/dates';
import { exportDisputes } from '../../src/cli/export-disputes';
import { cardText, clockOn, firstCard, introduceEveryone, post, say, startHarness, teamsActivity, type Harness } from '../helpers/harness';

const today = todayInLondon();

async function pressAction(h: Harness, key: string, verb: string, data: Record<string, unknown>): Promise<any> {
  const invoke = teamsActivity(h, key, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: 'm-card',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
  const result = await post(h, '/api/messages', invoke);
  expect(result.status).to.equal(200);
  await h.app.background.idle();
  return result.body.value;
}

describe('corrections and records that stay visible (Azurite + HTTP + mock connector)', function () {
  this.timeout(120_000);
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: clockOn(today) });
    await introduceEveryone(h);
  });
  after(async () => h.stop());

  it('a stage date recorded wrongly is corrected by whoever recorded it; the trail keeps both; the next stage uses the corrected date', async () => {
    const stage1 = await pressAction(h, 'link_manager', 'vacancy.stage', {
      vacancyId: 'VAC-LS-01',
      stage: '1',
      date: today,
      evidence: 'Asked the LDU for a PO; none free',
    });
    expect(cardText(stage1)).to.contain('Stage 1 (existing probation resource) recorded');
    expect(JSON.stringify(stage1)).to.contain('Correct the stage date');
    const earlier = addDays(today, -20);
    const byOther = await pressAction(h, 'yot_manager_leeds', 'vacancy.correct', {
      vacancyId: 'VAC-LS-01',
      correctedDate: earlier,
      reason: 'typed wrong',
    });
    expect(cardText(byOther)).to.contain('Only the person who recorded stage 1');
    const noReason = await pressAction(h, 'link_manager', 'vacancy.correct', {
      vacancyId: 'VAC-LS-01',
      correctedDate: earlier,
      reason: '',
    });
    expect(cardText(noReason)).to.contain('Say why');
    const tooEarly = await pressAction(h, 'link_manager', 'vacancy.correct', {
      vacancyId: 'VAC-LS-01',
      correctedDate: addMonths(today, -5),
      reason: 'typed wrong',
    });
    expect(cardText(tooEarly)).to.contain('before the post fell vacant');
    const corrected = await pressAction(h, 'link_manager', 'vacancy.correct', {
      vacancyId: 'VAC-LS-01',
      correctedDate: earlier,
      reason: 'the default date was saved by mistake',
    });
    expect(cardText(corrected)).to.contain(`now dated ${earlier}`);
    expect((await h.storage.store.vacancies.get('VAC-LS-01'))!.record).to.include({ stage: 1, stageDate: earlier });
    const trail = await h.storage.store.vacancyTrail.listPartition('VAC-LS-01');
    expect(trail.map((e) => e.kind)).to.include.members(['correction', 'stage']);
    expect(trail.find((e) => e.kind === 'stage')!.date, 'the original row is kept').to.equal(today);
    expect(trail.find((e) => e.kind === 'correction')!.note).to.contain(
      `from ${today} to ${earlier}: the default date was saved by mistake`,
    );
    expect(cardText(corrected)).to.contain('Stage 1 date corrected');
    // The next stage may now be dated between the corrected date and today.
    const stage2 = await pressAction(h, 'link_manager', 'vacancy.stage', {
      vacancyId: 'VAC-LS-01',
      stage: '2',
      date: addDays(today, -10),
      evidence: 'Agency back-fill requested from the hub',
    });
    expect(cardText(stage2)).to.contain('Stage 2 (agency back-fill) recorded');
  });

  it('a reminder pressed days later is drawn for that day: its date fields default to and stop at today', async () => {
    const card = await pressAction(h, 'link_manager', 'reminder.refresh', { kind: 'three-way-review', subjectId: 'SEC-NN-01' });
    const dates = JSON.stringify(card).match(/"value":"\d{4}-\d{2}-\d{2}","max":"\d{4}-\d{2}-\d{2}"/g) ?? [];
    expect(dates).to.deep.equal([`"value":"${today}","max":"${today}"`]);
    expect(card.refresh.userIds).to.deep.equal(['29:link_manager']);
    const gone = await pressAction(h, 'link_manager', 'reminder.refresh', { kind: 'three-way-review', subjectId: 'SEC-GONE' });
    expect(cardText(gone)).to.contain('Nothing left to do');
  });

  it('yosbot export disputes: raised, escalated and resolved dates, by whom, and the outcome; the agenda lists it once resolved', async () => {
    const raisedCard = await pressAction(h, 'yot_manager', 'dispute.raise', { yosId: 'NORTHANTS', summary: 'Saturday court rota cover' });
    const id = /DSP-\d{8}-\w+/.exec(cardText(raisedCard))![0];
    await pressAction(h, 'yot_manager', 'dispute.resolve', { disputeId: id, outcome: 'Rota shared from March', confirmed: true });
    const rows = parse(await exportDisputes(h.storage.store, { asOf: today }), { columns: true }) as Record<string, string>[];
    const resolved = rows.find((r) => r.dispute_id === id)!;
    expect(resolved).to.include({
      status: 'resolved',
      raised_date: today,
      raised_by_name: 'Helen Carter',
      resolved_date: today,
      resolved_by_name: 'Helen Carter',
      outcome: 'Rota shared from March',
      escalated_date: '',
    });
    const leicester = rows.find((r) => r.dispute_id === 'DSP-LE-01')!;
    expect(leicester).to.include({
      status: 'escalated',
      // 9.1: day 28 is still local; the framework escalates the day after.
      escalated_date: addDays(leicester.raised_date, 29),
      escalated_by: 'automatic (after day 28)',
      outcome: '',
    });
    const agenda = cardText(firstCard(await say(h, 'spoc', 'board agenda')));
    expect(agenda).to.contain(`${id}, Northamptonshire YOS: resolved on`).and.to.contain('Outcome: Rota shared from March');
  });
});
