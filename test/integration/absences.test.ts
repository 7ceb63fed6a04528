/**
 * Maternity and long-term sickness absence cover (framework 5.6) end to end: the chat form and
 * absence card over real HTTP with Azurite, and the CLI import, `due --json` and sweep dry run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { addDays, todayInLondon } from '../../src/framework/dates';
import { openObligations } from '../../src/framework/obligations';
import { DEMO_PEOPLE } from '../../src/cli/demo';
import { validateCard } from '../../src/views/templates';
import { ConnectorSender } from '../../src/notify/sender';
import { sweep } from '../../src/notify/sweep';
import { useCliStorage, yosbot } from '../helpers/cli';
import { cardText, clockOn, findAction, firstCard, introduceEveryone, press, say, startHarness, type Harness } from '../helpers/harness';

const today = todayInLondon();
const email = (key: string) => DEMO_PEOPLE.find((p) => p.key === key)!.email;
const fixture = (name: string) => path.join(__dirname, '..', '..', '..', 'test', 'fixtures', name);

describe('absence cover in Teams, 5.6 (Azurite + HTTP + mock connector)', function () {
  this.timeout(90_000);
  let h: Harness;

  before(async () => {
    h = await startHarness({ now: clockOn(today) });
    await introduceEveryone(h);
  });
  after(async () => h.stop());

  it('maternity: the link manager records it; the Head of LDU records the cover agreed, which opens a vacancy for the 5.5 process', async () => {
    const form = firstCard(await say(h, 'link_manager', 'record absence'));
    expect(validateCard(form)).to.deep.equal([]);
    expect(cardText(form)).to.contain('Long-term sickness (5.6): over 28 calendar days (product default');
    const start = addDays(today, 20);
    const recorded = await press(h, 'link_manager', form, 'Record absence', {
      secondmentId: 'SEC-NN-01',
      kind: 'maternity',
      startDate: start,
      expectedReturnDate: '',
    });
    expect(validateCard(recorded)).to.deep.equal([]);
    const absenceId = /ABS-\d{8}-\w+/.exec(cardText(recorded))![0];
    expect(cardText(recorded)).to.contain('Maternity leave recorded');
    // The link manager may agree the cover too (the NPS), so the form is on the card.
    expect(cardText(recorded)).to.contain('Record the cover agreed');

    const world = await h.storage.store.readSnapshot(today);
    const item = openObligations(world, today).find((o) => o.subjectId === absenceId)!;
    expect(item).to.include({ kind: 'maternity-cover', due: start, section: '5.6' });
    expect(item.responsible).to.deep.equal([email('link_manager'), email('head_of_ldu')]);

    // The reminder reaches both who must act, and its button opens the absence with the cover form.
    const swept = await sweep(
      { store: h.storage.store, sender: new ConnectorSender({ baseDelayMs: 20, maxDelayMs: 200 }), instanceId: 'test' },
      { asOf: start, evenOnHolidays: true, subjectId: absenceId },
    );
    // Reminders to the two who must act, and one notice to the YOT manager, who is informed.
    expect(swept.sent).to.equal(3);
    const sent = h.connector.activitiesTo('a:personal-29:head_of_ldu').find((m) => m.summary === 'maternity-cover');
    const reminder = sent!.attachments[0].content;
    expect(validateCard(reminder)).to.deep.equal([]);
    expect(cardText(reminder)).to.contain('the NPS have responsibility to ensure cover is provided');
    const opened = await press(h, 'head_of_ldu', reminder, 'Record the cover agreed');
    expect(cardText(opened)).to.contain(absenceId);
    expect(findAction(opened, 'Record the cover agreed').verb).to.equal('absence.cover');
    expect(JSON.stringify(opened)).to.contain('Cover is to be provided: open a vacancy for the 5.5 staged process');

    // The YOT manager is told, but for maternity it is the NPS who acts: no form for them.
    const yotView = await press(
      h,
      'yot_manager',
      { actions: [{ type: 'Action.Execute', title: 'Open', verb: 'absence.view', data: { absenceId } }] },
      'Open',
    );
    expect(cardText(yotView)).to.not.contain('Record the cover agreed');
    const refused = await press(
      h,
      'yot_manager',
      { actions: [{ type: 'Action.Execute', title: 'Agree', verb: 'absence.cover', data: { absenceId } }] },
      'Agree',
      { decision: 'cover', agreedDate: today, note: '' },
    );
    expect(cardText(refused)).to.match(/Only the link manager, head of ldu for Northamptonshire YOS can do that/);

    const lduView = await press(
      h,
      'head_of_ldu',
      { actions: [{ type: 'Action.Execute', title: 'Open', verb: 'absence.view', data: { absenceId } }] },
      'Open',
    );
    const agreed = await press(h, 'head_of_ldu', lduView, 'Record the cover agreed', {
      decision: 'cover',
      agreedDate: today,
      note: 'Agency PO from the LDU pool',
    });
    expect(validateCard(agreed)).to.deep.equal([]);
    expect(cardText(agreed)).to.contain(`Vacancy VAC-${absenceId} is open from ${start}`);
    const vacancy = (await h.storage.store.vacancies.get(`VAC-${absenceId}`))!.record;
    expect(vacancy).to.include({ yosId: 'NORTHANTS', grade: 'PO', openedDate: start, stage: 0, linkManagerEmail: email('link_manager') });
    const trail = await h.storage.store.vacancyTrail.listPartition(vacancy.vacancyId);
    expect(trail.map((e) => e.note).join(' ')).to.contain(`cover for maternity leave on secondment SEC-NN-01 (absence ${absenceId})`);
    const after = openObligations(await h.storage.store.readSnapshot(today), today);
    expect(after.some((o) => o.subjectId === absenceId)).to.equal(false);
    expect(after.filter((o) => o.subjectId === vacancy.vacancyId).map((o) => o.kind)).to.include('vacancy-stage-4');

    // Pressing again does not agree twice nor open a second vacancy.
    const again = await press(h, 'head_of_ldu', lduView, 'Record the cover agreed', { decision: 'cover', agreedDate: today, note: '' });
    expect(cardText(again)).to.contain('was already agreed');
  });

  it('sickness: the YOT manager records it; a solution without cover needs a note; the secondee may not record absences', async () => {
    const refused = firstCard(await say(h, 'secondee', 'record absence'));
    expect(cardText(refused)).to.contain('Not for you to record');

    const form = firstCard(await say(h, 'yot_manager', 'record absence'));
    const start = addDays(today, -30);
    const recorded = await press(h, 'yot_manager', form, 'Record absence', {
      secondmentId: 'SEC-NN-01',
      kind: 'sickness',
      startDate: start,
      expectedReturnDate: '',
    });
    const absenceId = /ABS-\d{8}-\w+/.exec(cardText(recorded))![0];
    expect(cardText(recorded)).to.match(/Cover: overdue since/);
    const bare = await press(h, 'yot_manager', recorded, 'Record what was agreed', { decision: 'no-cover', agreedDate: today, note: '' });
    expect(cardText(bare)).to.contain('Say what was agreed instead of cover.');
    const done = await press(h, 'yot_manager', recorded, 'Record what was agreed', {
      decision: 'no-cover',
      agreedDate: today,
      note: 'Caseload shared across the team until return',
    });
    expect(cardText(done)).to.contain('Solution agreed on');
    expect((await h.storage.store.absences.get(absenceId))!.record).to.include({ coverDecision: 'no-cover', coverVacancyId: null });

    const future = await press(h, 'yot_manager', form, 'Record absence', {
      secondmentId: 'SEC-NN-01',
      kind: 'sickness',
      startDate: addDays(today, 3),
      expectedReturnDate: '',
    });
    expect(cardText(future)).to.contain('a sickness absence cannot start in the future');
  });
});

describe('absence over: back at work (Azurite + HTTP)', function () {
  this.timeout(90_000);
  let h: Harness;

  before(async () => {
    h = await startHarness({ now: clockOn(today) });
    await introduceEveryone(h);
  });
  after(async () => h.stop());

  it('recording the return closes the cover item, and a cover vacancy is recorded filled', async () => {
    const form = firstCard(await say(h, 'link_manager', 'record absence'));
    const recorded = await press(h, 'link_manager', form, 'Record absence', {
      secondmentId: 'SEC-NN-01',
      kind: 'sickness',
      startDate: addDays(today, -40),
      expectedReturnDate: '',
    });
    const absenceId = /ABS-\d{8}-\w+/.exec(cardText(recorded))![0];
    const agreed = await press(h, 'link_manager', recorded, 'Record what was agreed', { decision: 'cover', agreedDate: today, note: '' });
    expect(cardText(agreed)).to.contain(`Vacancy VAC-${absenceId} is open from ${today}`);
    const tooEarly = await press(h, 'link_manager', agreed, 'Record back at work', { endedDate: addDays(today, -41) });
    expect(cardText(tooEarly)).to.contain('Enter the day they came back.');
    const back = await press(h, 'link_manager', agreed, 'Record back at work', { endedDate: today });
    expect(validateCard(back)).to.deep.equal([]);
    expect(cardText(back)).to.contain(`Cover vacancy VAC-${absenceId} recorded as filled`);
    expect(cardText(back)).to.not.contain('Record back at work');
    expect((await h.storage.store.vacancies.get(`VAC-${absenceId}`))!.record.filledDate).to.equal(today);
    expect((await h.storage.store.absences.get(absenceId))!.record.endedDate).to.equal(today);

    const short = await press(h, 'yot_manager', firstCard(await say(h, 'yot_manager', 'record absence')), 'Record absence', {
      secondmentId: 'SEC-NN-01',
      kind: 'sickness',
      startDate: addDays(today, -29),
      expectedReturnDate: '',
    });
    const shortId = /ABS-\d{8}-\w+/.exec(cardText(short))![0];
    expect(openObligations(await h.storage.store.readSnapshot(today), today).some((o) => o.subjectId === shortId)).to.equal(true);
    await press(h, 'yot_manager', short, 'Record back at work', { endedDate: today });
    expect(openObligations(await h.storage.store.readSnapshot(today), today).some((o) => o.subjectId === shortId)).to.equal(false);
  });
});

describe('yosbot import absences, due --json and the sweep (Azurite)', function () {
  this.timeout(120_000);
  const cli = useCliStorage();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosbot-absences-'));
  const file = (name: string, content: string) => {
    fs.writeFileSync(path.join(dir, name), content);
    return path.join(dir, name);
  };

  // Dates around today: a sickness absence cannot start in the future, so the import checks against the real today.
  const sickStart = addDays(today, -10);
  const sickDue = addDays(sickStart, 28);
  const maternityStart = addDays(today, 40);
  const csv = `absence_id,secondment_id,kind,start_date,expected_return_date\nA-MAT,S1,maternity,${maternityStart},${addDays(maternityStart, 270)}\nA-SICK,S1,Sickness,${sickStart},\n,,,,\n`;

  before(async () => {
    for (const kind of ['people', 'yos']) expect((await yosbot('import', kind, fixture(`${kind}.csv`))).code).to.equal(0);
    const start = addDays(today, -200);
    const secondments = `secondment_id,yos_id,secondee_email,grade,fte,start_date,planned_end_date,link_manager_email,last_review_date\nS1,NORTHANTS,po@example.org,PO,1,${start},${addDays(start, 700)},link@example.org,${addDays(today, -20)}\n`;
    expect((await yosbot('import', 'secondments', file('secondments.csv', secondments))).code).to.equal(0);
  });

  it('imports absences; due --json lists maternity-cover and sickness-cover with who acts; a re-import changes nothing', async () => {
    const r = await yosbot('import', 'absences', file('absences.csv', csv));
    expect(r.code, r.err).to.equal(0);
    expect(r.out).to.contain('absences: 2 created, 0 updated, 0 unchanged');
    const due = await yosbot('due', '--as-of', today, '--days', '60', '--json');
    const rows = JSON.parse(due.out).filter((o: { kind: string }) => o.kind.endsWith('-cover'));
    expect(rows.map((o: { kind: string; due: string; overdue: boolean }) => [o.kind, o.due, o.overdue])).to.deep.equal([
      ['sickness-cover', sickDue, false],
      ['maternity-cover', maternityStart, false],
    ]);
    expect(rows[0].responsible).to.deep.equal(['yot@example.org', 'link@example.org']);
    expect(rows[0].informed).to.deep.equal([]);
    expect(rows[1].responsible).to.deep.equal(['link@example.org', 'ldu@example.org']);
    expect(rows[1].informed).to.deep.equal(['yot@example.org']);
    const again = await yosbot('import', 'absences', file('absences.csv', csv));
    expect(again.out).to.contain('absences: 0 created, 0 updated, 2 unchanged');
  });

  it('the sweep plans reminders for both kinds, through the same list as every other obligation', async () => {
    const recipients = async (asOf: string, kind: string) => {
      const r = await yosbot('sweep', '--as-of', asOf, '--dry-run', '--json');
      expect(r.code, r.err).to.equal(0);
      return (JSON.parse(r.out).reminders as { kind: string; recipient: string }[])
        .filter((m) => m.kind === kind)
        .map((m) => m.recipient)
        .sort();
    };
    expect(await recipients(sickDue, 'sickness-cover')).to.deep.equal(['link@example.org', 'yot@example.org']);
    // The YOT manager is informed of maternity cover: one notice, beside the reminders of those who must act.
    expect(await recipients(maternityStart, 'maternity-cover')).to.deep.equal(['ldu@example.org', 'link@example.org', 'yot@example.org']);
  });

  it('a bad row names its line and column and imports nothing', async () => {
    const bad = `absence_id,secondment_id,kind,start_date,expected_return_date\nA-NEW,S1,maternity,${maternityStart},\nA-X,S9,holiday,${maternityStart},\n`;
    const r = await yosbot('import', 'absences', file('bad.csv', bad));
    expect(r.code).to.equal(1);
    expect(r.err).to.contain('bad.csv:3: secondment_id: unknown secondment "S9" (import secondments first)');
    expect(r.err).to.contain('bad.csv:3: kind: "holiday" must be maternity or sickness (5.6)');
    expect(await cli.storage.store.absences.get('A-NEW')).to.equal(null);
  });
});
