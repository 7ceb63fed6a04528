/**
 * The staged vacancy process (framework 5.5) as a recorded trail, end to end over HTTP: recorded
 * from the chat, each stage 1 to 5 with its evidence by the people the framework names, reviewed
 * by the link manager (5.3), exported for the Governance Board and stage-5 reimbursement.
 * Also return planning (5.4) opening the vacancy, and the T&S evidence to the link manager (5.3).
 */
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import { addDays, addMonths, formatLong, todayInLondon } from '../../src/framework/dates';
import { openObligations } from '../../src/framework/obligations';
import { DEMO_PEOPLE } from '../../src/cli/demo';
import { exportVacancies } from '../../src/cli/export-vacancies';
import { validateCard } from '../../src/views/templates';
import { cardText, claimInputs, clockOn, firstCard, introduceEveryone, press, say, startHarness, type Harness } from '../helpers/harness';

const today = todayInLondon();
const email = (key: string) => DEMO_PEOPLE.find((p) => p.key === key)!.email;

/** Presses the button inside one of a card's Action.ShowCard forms, as Teams does. */
async function submitShown(h: Harness, who: string, card: any, showTitle: string, inputs: Record<string, unknown>): Promise<any> {
  const shown = card.actions.find((a: any) => a.type === 'Action.ShowCard' && a.title === showTitle);
  if (!shown) throw new Error(`no "${showTitle}" on ${cardText(card).slice(0, 200)}`);
  const result = await press(h, who, { actions: shown.card.actions }, shown.card.actions[0].title, inputs);
  expect(validateCard(result)).to.deep.equal([]);
  return result;
}

describe('the 5.5 vacancy trail over HTTP (Azurite + mock connector)', function () {
  this.timeout(90_000);
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness({ now: clockOn(today) });
    await introduceEveryone(h);
  });
  afterEach(async () => h.stop());

  it('stage 1 to 5, each with its evidence and by the right people, then exported as the evidence trail', async () => {
    const opened = addMonths(today, -5);
    const form = firstCard(await say(h, 'yot_manager', 'open vacancy'));
    expect(validateCard(form)).to.deep.equal([]);
    const created = await press(h, 'yot_manager', form, 'Open vacancy', { yosId: 'NORTHANTS', grade: 'PO', fte: 1, openedDate: opened, cover: 'none', linkManagerEmail: email('link_manager') });
    const id = /VAC-\d{8}-\w+/.exec(cardText(created))![0];
    expect(cardText(created)).to.contain(`vacant from ${formatLong(opened)}`);

    // The link manager finds it in "vacancies" and opens its record.
    const list = firstCard(await say(h, 'link_manager', 'vacancies'));
    let card = await press(h, 'link_manager', list, `Open ${id}`);
    const stage = (who: string, n: number, date: string, evidence: string, stageCover = 'none') => submitShown(h, who, card, 'Record a stage', { stage: String(n), date, evidence, stageCover });

    expect(cardText(await stage('link_manager', 2, addDays(opened, 2), 'Skipping ahead'))).to.contain('Record stage 1 first');
    card = await stage('link_manager', 1, addDays(opened, 3), 'Asked the LDU for an existing PO; none free until the spring');
    expect(cardText(card)).to.contain('Stage 1 (existing probation resource) recorded');
    card = await stage('link_manager', 2, addDays(opened, 20), 'Agency back-fill requested from the regional hub, ref AG-114');
    card = await stage('link_manager', 3, addDays(opened, 40), 'Agency temp placed in the YOT post from the hub', 'agency');
    // Covered by an agency temp: no stage 4/5 reminders while it lasts.
    let world = await h.storage.store.snapshot(today);
    expect(openObligations(world, today).filter((o) => o.subjectId === id).map((o) => o.kind)).to.deep.equal([]);

    // The link manager's review (5.3): the temp left.
    card = await submitShown(h, 'link_manager', card, 'Review / update', { cover: 'none', note: 'Agency temp left; no operational temps available' });
    expect(cardText(card)).to.contain('cover changed from operational agency temp (stages 2-3) to no temporary cover');
    // No stage-5 item before stage 4 is recorded, though the post has been vacant 5 months.
    world = await h.storage.store.snapshot(today);
    expect(openObligations(world, today).filter((o) => o.subjectId === id).map((o) => o.kind)).to.deep.equal(['vacancy-stage-4']);
    // "A maximum period of 3 months" is a ceiling: stage 4 is recorded as soon as stages 1-3 are exhausted.
    const stage4 = addDays(opened, 60);
    card = await stage('link_manager', 4, stage4, 'YOT manager informed by email; SPOC sent business hub details');
    expect(cardText(card)).to.contain('Stage 4 (YOT-sourced temporary worker) recorded');
    // Further efforts at stage 4 go on the trail but keep the day stage 4 was reached, which stage 5 counts from.
    card = await stage('link_manager', 4, addDays(stage4, 5), 'Hub asked again for a temp; none available');
    expect((await h.storage.store.vacancies.get(id))!.record).to.include({ stage: 4, stageDate: stage4 });
    // Stage 5 counts a further month from the RECORDED stage 4; the YOT manager, who is reminded of it, may record it.
    world = await h.storage.store.snapshot(today);
    const five5 = openObligations(world, today).filter((o) => o.subjectId === id);
    expect(five5.map((o) => `${o.kind} ${o.due}`)).to.deep.equal([`vacancy-stage-5 ${addMonths(stage4, 1)}`]);
    expect(five5[0].responsible).to.deep.equal([email('yot_manager')]);

    // Stage 5 is the YOS's evidence: not the link manager's to record.
    expect(cardText(await stage('link_manager', 5, addMonths(stage4, 1), 'Still unfilled'))).to.contain('Only the yot manager, head of ldu');
    const mine = await press(h, 'yot_manager', { actions: [{ type: 'Action.Execute', title: 'Open', verb: 'vacancy.view', data: { vacancyId: id } }] }, 'Open');
    card = mine;
    expect(cardText(await stage('yot_manager', 5, addDays(addMonths(stage4, 1), -1), 'Still unfilled, too early'))).to.contain(`from ${addMonths(stage4, 1)}`);
    const five = await stage('yot_manager', 5, addMonths(stage4, 1), 'No PO/PSO and no YOT temp in post: tracker Q3 attached, ref YT-2027-3');
    expect(cardText(five)).to.contain('Stage 5 (reimbursement in lieu) recorded');
    world = await h.storage.store.snapshot(today);
    expect(world.vacancies.find((v) => v.vacancyId === id)).to.include({ stage: 5, cover: 'none' });
    expect(openObligations(world, today).filter((o) => o.subjectId === id && o.kind.startsWith('vacancy-stage'))).to.deep.equal([]);

    const rows: Record<string, string>[] = parse(await exportVacancies(h.storage.store, { yosId: 'NORTHANTS' }), { columns: true, skip_empty_lines: true });
    const trail = rows.filter((r) => r.vacancy_id === id);
    // In date order: the stages here were recorded with earlier dates than the review, which is dated the day it was made.
    expect(trail.map((r) => `${r.event}${r.stage ? ` ${r.stage}` : ''}`)).to.deep.equal(['opened', 'stage 1', 'stage 2', 'stage 3', 'stage 4', 'stage 4', 'stage 5', 'review']);
    expect(trail.map((r) => r.recorded_by)).to.deep.equal([email('yot_manager'), ...Array(5).fill(email('link_manager')), email('yot_manager'), email('link_manager')]);
    expect(trail[7]).to.include({ event_date: today, note: 'cover changed from operational agency temp (stages 2-3) to no temporary cover', evidence: 'Agency temp left; no operational temps available' });
    expect(trail[6]).to.include({ stage_name: 'reimbursement in lieu', current_stage: '5', evidence: 'No PO/PSO and no YOT temp in post: tracker Q3 attached, ref YT-2027-3' });
    expect(trail[1].event_date).to.equal(addDays(opened, 3));
  });

  it('5.5 no applicants: recorded by the NPS side, the YOT manager is told at once, the discussion is owed by both and closed when recorded', async () => {
    const form = firstCard(await say(h, 'link_manager', 'open vacancy'));
    const created = await press(h, 'link_manager', form, 'Open vacancy', { yosId: 'NORTHANTS', grade: 'PO', fte: 1, openedDate: addDays(today, -20), cover: 'none', linkManagerEmail: email('link_manager') });
    const id = /VAC-\d{8}-\w+/.exec(cardText(created))![0];
    let card = await press(h, 'link_manager', { actions: [{ type: 'Action.Execute', title: 'Open', verb: 'vacancy.view', data: { vacancyId: id } }] }, 'Open');
    // The link manager has no discussion form yet; the secondee sees neither form.
    expect(card.actions.map((a: any) => a.title)).to.include('No applicants').and.not.include('Record the discussion');
    const sentBefore = h.connector.activitiesTo(`a:personal-29:yot_manager`).length;
    card = await submitShown(h, 'link_manager', card, 'No applicants', { noApplicantsDate: today, noApplicantsNote: 'Advert NPS-114 closed with no applicants' });
    expect(cardText(card)).to.contain('No applicants recorded');
    expect(cardText(card)).to.contain('a product default, not a framework deadline');

    // Told at once: one card to the YOT manager, through the outbox, not repeated by the daily sweep.
    const told = () => h.connector.activitiesTo(`a:personal-29:yot_manager`).slice(sentBefore).filter((a: any) => a.summary === 'no-applicants-discussion' && JSON.stringify(a).includes(id));
    expect(told()).to.have.length(1);
    expect(cardText(told()[0].attachments[0].content)).to.contain('made aware of this and a discussion held with the NPS lead');

    const world = await h.storage.store.snapshot(today);
    const [item] = openObligations(world, today).filter((o) => o.subjectId === id && o.kind === 'no-applicants-discussion');
    expect(item.responsible).to.deep.equal([email('yot_manager'), email('link_manager')]);
    expect((await h.storage.store.vacancyTrail.listPartition(id)).map((e) => e.kind)).to.include('no-applicants');

    // The YOT manager records the discussion from the vacancy card; the item closes.
    card = await press(h, 'yot_manager', { actions: [{ type: 'Action.Execute', title: 'Open', verb: 'vacancy.view', data: { vacancyId: id } }] }, 'Open');
    // Nor a stage form: stages 1-4 are the NPS's to record, and stage 5 is not yet next.
    expect(card.actions.map((a: any) => a.title)).to.include('Record the discussion').and.not.include('No applicants').and.not.include('Record a stage');
    card = await submitShown(h, 'yot_manager', card, 'Record the discussion', { discussionDate: today, discussionNote: 'Agreed to re-advertise and ask the hub for agency cover' });
    expect(cardText(card)).to.contain('Discussion recorded');
    const after = await h.storage.store.snapshot(today);
    expect(openObligations(after, today).filter((o) => o.kind === 'no-applicants-discussion' && o.subjectId === id)).to.deep.equal([]);
    const secondee = await press(h, 'secondee', { actions: [{ type: 'Action.Execute', title: 'Open', verb: 'vacancy.view', data: { vacancyId: id } }] }, 'Open');
    expect(JSON.stringify(secondee)).to.not.contain('vacancy.no-applicants');
  });

  it('return plan (5.4): with no replacement recruitment started, the vacancy is recorded from the planned end', async () => {
    const secondment = (await h.storage.store.secondments.get('SEC-NN-01'))!.record;
    const form = firstCard(await say(h, 'link_manager', 'record review'));
    const unanswered = await press(h, 'link_manager', form, 'Record meeting', { secondmentId: 'SEC-NN-01', kind: 'return-plan', heldDate: today });
    expect(cardText(unanswered)).to.contain('Answer yes or no (framework 5.4).');
    const done = await press(h, 'link_manager', form, 'Record meeting', { secondmentId: 'SEC-NN-01', kind: 'return-plan', heldDate: today, recruitmentStarted: 'no' });
    expect(cardText(done)).to.contain('the staged process of 5.5 runs from then');
    const vacancy = (await h.storage.store.vacancies.listPartition('open')).find((v) => v.secondmentId === 'SEC-NN-01')!;
    expect(vacancy).to.include({ openedDate: secondment.plannedEndDate, grade: 'PO', linkManagerEmail: email('link_manager'), stage: 0 });
    const [review] = (await h.storage.store.reviews.listPartition('SEC-NN-01')).filter((r) => r.kind === 'return-plan');
    expect(review).to.include({ recruitmentStarted: false, vacancyId: vacancy.vacancyId });
    const [opened] = await h.storage.store.vacancyTrail.listPartition(vacancy.vacancyId);
    expect(opened.note).to.contain('replacement recruitment not started');
  });

  it('return plan with recruitment started opens no vacancy', async () => {
    const form = firstCard(await say(h, 'link_manager', 'record review'));
    const done = await press(h, 'link_manager', form, 'Record meeting', { secondmentId: 'SEC-LE-01', kind: 'return-plan', heldDate: today, recruitmentStarted: 'yes' });
    expect(cardText(done)).to.contain('with recruitment for the replacement started');
    expect((await h.storage.store.vacancies.listAll()).filter((v) => v.secondmentId === 'SEC-LE-01')).to.deep.equal([]);
  });

  it('T&S (5.3): the link manager receives the evidence of the YOT manager\'s decision', async () => {
    const claimForm = firstCard(await say(h, 'secondee', 'claim expenses'));
    await press(h, 'secondee', claimForm, 'Submit claim', claimInputs({ amount: '' }), 'm-form');
    const approval = h.connector.sent.filter((s) => s.conversationId === 'a:personal-29:yot_manager' && s.activity.summary === 'T&S claim to sign off').at(-1)!;
    await press(h, 'yot_manager', approval.activity.attachments[0].content, 'Approve', { comment: 'Fine' }, approval.activityId);
    const evidence = h.connector.activitiesTo('a:personal-29:link_manager').filter((a) => a.summary === 'T&S claim decision (evidence)');
    expect(evidence).to.have.length(1);
    expect(cardText(evidence[0].attachments[0].content)).to.contain('evidence of this decision for the recharge (framework 5.3)');
    expect(cardText(evidence[0].attachments[0].content)).to.contain('Approved by Helen Carter');
  });
});
