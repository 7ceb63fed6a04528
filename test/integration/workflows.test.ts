import { expect } from 'chai';
import { addDays, formatLong, todayInLondon } from '../../src/framework/dates';
import { validateCard } from '../../src/views/templates';
import { exportExpenses } from '../../src/cli/export';
import { cardText, clockOn, firstCard, introduceEveryone, press, say, startHarness, type Harness } from '../helpers/harness';

const today = todayInLondon();
const validClaim = { travelDate: addDays(today, -2), from: 'Northampton', to: 'Kettering Magistrates', purpose: 'Court report', mileage: '24', amount: '3.50' };

/** The card the bot sends with a message, checked to render in Teams. */
async function cardFor(h: Harness, who: string, text: string): Promise<any> {
  const card = firstCard(await say(h, who, text));
  expect(validateCard(card), text).to.deep.equal([]);
  return card;
}

async function submitClaim(h: Harness): Promise<{ claimCard: any; claimId: string }> {
  const form = await cardFor(h, 'secondee', 'claim expenses');
  const claimCard = await press(h, 'secondee', form, 'Submit claim', validClaim, 'm-form');
  expect(validateCard(claimCard)).to.deep.equal([]);
  const claimId = /T&S claim (TS-\d{8}-\w+)/.exec(cardText(claimCard))![1];
  return { claimCard, claimId };
}

/** The approval card the YOT manager received in their own chat. */
function approverCard(h: Harness): { card: any; activityId: string } {
  const sent = h.connector.sent.filter((s) => s.conversationId === 'a:personal-29:yot_manager' && s.activity.summary === 'T&S claim to sign off').at(-1)!;
  return { card: sent.activity.attachments[0].content, activityId: sent.activityId };
}

describe('card workflows over HTTP /api/messages (Azurite + mock connector)', function () {
  this.timeout(30_000);
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness({ now: clockOn(today) });
    await introduceEveryone(h); // everyone has a chat with the bot
  });
  afterEach(async () => h.stop());

  describe('T&S expense approval (5.4)', () => {
    it('an invalid form comes back with the errors shown and stores nothing', async () => {
      const form = await cardFor(h, 'secondee', 'claim expenses');
      const again = await press(h, 'secondee', form, 'Submit claim', { ...validClaim, travelDate: addDays(today, 3), mileage: '-5', from: '' });
      expect(validateCard(again)).to.deep.equal([]);
      const text = cardText(again);
      expect(text).to.contain('The travel date cannot be in the future.');
      expect(text).to.contain('Mileage must be a positive number of miles.');
      expect(text).to.contain('Enter where you travelled from.');
      expect(await h.storage.store.claims.listAll()).to.deep.equal([]);
      expect(findInput(again, 'to').value).to.equal('Kettering Magistrates'); // what was typed is kept
    });

    it('happy path: the YOT manager approves, both cards update and the secondee is told to use SOP', async () => {
      const { claimCard, claimId } = await submitClaim(h);
      expect(cardText(claimCard)).to.contain('Waiting for sign-off by Helen Carter');
      expect(() => findButton(claimCard, 'Approve')).to.throw(); // the secondee sees no decision buttons
      expect(claimCard.refresh.userIds).to.include('29:yot_manager');

      const { card, activityId } = approverCard(h);
      expect(validateCard(card)).to.deep.equal([]);
      const decided = await press(h, 'yot_manager', card, 'Approve', { comment: 'Fine' }, activityId);
      expect(cardText(decided)).to.contain('Approved by you'); // the approver's own card

      const stored = (await h.storage.store.claims.get(claimId))!.record;
      expect(stored).to.include({ status: 'approved', decidedBy: 'helen.carter@northamptonshire.example.org', comment: 'Fine' });
      const secondeeUpdate = h.connector.updated.filter((u) => u.conversationId === 'a:personal-29:secondee').at(-1);
      expect(secondeeUpdate!.activityId).to.equal('m-form');
      expect(cardText(secondeeUpdate!.activity.attachments[0].content)).to.contain(`Now submit the claim through SOP quoting reference ${claimId}`);
      const notice = h.connector.activitiesTo('a:personal-29:secondee').find((a) => a.summary === 'Claim approved');
      expect(cardText(notice!.attachments[0].content)).to.contain(`Submit it through SOP quoting reference ${claimId}`);

      const csv = await exportExpenses(h.storage.store);
      expect(csv.split('\n')[0]).to.contain('claim_id,secondee_email');
      expect(csv).to.contain(`${claimId},priya.shah@probation.example.org,Priya Shah,NORTHANTS`);
      expect(csv).to.contain('approved,helen.carter@northamptonshire.example.org');
    });

    it('only the assigned YOT manager decides: not the secondee, not anyone else, not with tampered data', async () => {
      const { claimId } = await submitClaim(h);
      const { card } = approverCard(h);
      const own = await press(h, 'secondee', card, 'Approve');
      expect(cardText(own)).to.contain('You cannot decide your own claim.');
      const stranger = await press(h, 'link_manager', card, 'Approve');
      expect(cardText(stranger)).to.match(/Only the yot manager, deputy for Northamptonshire YOS can do that/);
      const otherYos = await press(h, 'yot_manager_leicester', card, 'Reject claim');
      expect(cardText(otherYos)).to.contain('Only the yot manager');
      const tampered = await press(h, 'yot_manager', card, 'Approve', { yosId: 'LEICESTER' });
      expect(cardText(tampered)).to.contain('This card does not match the claim; nothing was changed.');
      const forged = await press(h, 'yot_manager', card, 'Approve', { claimId: 'TS-00000000-NOPE' });
      expect(cardText(forged)).to.contain('I cannot find that claim.');
      expect((await h.storage.store.claims.get(claimId))!.record.status).to.equal('pending');
    });

    it('a double press or a race between Approve and Reject records one decision; the loser is told who decided when', async () => {
      const { claimId } = await submitClaim(h);
      const { card, activityId } = approverCard(h);
      const [a, b] = await Promise.all([
        press(h, 'yot_manager', card, 'Approve', {}, activityId),
        press(h, 'yot_manager', card, 'Reject claim', { comment: 'no receipt' }, activityId),
      ]);
      const texts = [cardText(a), cardText(b)];
      const losers = texts.filter((t) => /was already (approved|rejected) by helen\.carter@northamptonshire\.example\.org on [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}/.test(t));
      expect(losers).to.have.length(1);
      const again = await press(h, 'yot_manager', card, 'Approve', {}, activityId);
      expect(cardText(again)).to.match(/was already (approved|rejected) by/);
      const audit = (await h.storage.store.audit.month(new Date().toISOString().slice(0, 7))).filter(
        (e) => e.entityId === claimId && e.after && JSON.parse(e.after).status !== 'pending',
      );
      expect(audit).to.have.length(1);
    });
  });

  it('three-way review: the link manager records it, the next due date moves; the secondee may not', async () => {
    const before = (await h.storage.store.secondments.get('SEC-NN-01'))!.record;
    const form = await cardFor(h, 'link_manager', 'record review');
    const refused = await press(h, 'secondee', form, 'Record meeting', { secondmentId: 'SEC-NN-01', kind: 'three-way-review', heldDate: today });
    expect(cardText(refused)).to.contain('Only the link manager, yot manager');
    const future = await press(h, 'link_manager', form, 'Record meeting', { secondmentId: 'SEC-NN-01', kind: 'three-way-review', heldDate: addDays(today, 1) });
    expect(cardText(future)).to.contain('The meeting date cannot be in the future.');
    const done = await press(h, 'link_manager', form, 'Record meeting', { secondmentId: 'SEC-NN-01', kind: 'three-way-review', heldDate: today, attendees: 'Priya, Helen, David' });
    expect(cardText(done)).to.contain('Three-way review recorded.');
    const after = (await h.storage.store.secondments.get('SEC-NN-01'))!.record;
    expect(before.lastReviewDate).to.not.equal(today);
    expect(after.lastReviewDate).to.equal(today);
    const reviews = await h.storage.store.reviews.listPartition('SEC-NN-01');
    expect(reviews).to.have.length(1);
    expect(reviews[0]).to.include({ kind: 'three-way-review', recordedBy: 'david.okafor@probation.example.org', attendees: 'Priya, Helen, David' });
  });

  it('disputes (9.1): the YOT manager raises one and resolves it locally; the Head of LDU acts only once escalated; a secondee cannot raise', async () => {
    const secondee = cardText(firstCard(await say(h, 'secondee', 'raise dispute')));
    expect(secondee).to.contain('Disputes are raised by the YOT manager or the NPS link manager');
    const form = await cardFor(h, 'yot_manager', 'raise dispute');
    const short = await press(h, 'yot_manager', form, 'Raise dispute', { yosId: 'NORTHANTS', summary: 'short' });
    expect(cardText(short)).to.contain('Describe the dispute');
    const raised = await press(h, 'yot_manager', form, 'Raise dispute', { yosId: 'NORTHANTS', summary: 'NPS has not replaced the PSO hours cut in October' });
    const id = /DSP-\d{8}-\w+/.exec(cardText(raised))![0];
    expect((await h.storage.store.disputes.get(id))!.record.status).to.equal('open');
    const resolveCard = { actions: [{ type: 'Action.Execute', title: 'Mark resolved', verb: 'dispute.resolve', data: { disputeId: id } }] };
    const outcome = 'PSO hours restored from January';
    const byStranger = await press(h, 'yot_manager_leeds', resolveCard, 'Mark resolved', { outcome });
    expect(cardText(byStranger)).to.contain('Only the');
    const tooEarly = await press(h, 'head_of_ldu', resolveCard, 'Mark resolved', { outcome });
    expect(cardText(tooEarly)).to.contain('Only the');
    // No outcome, no closing: the card asks for it (checked by the bot, not only by the card).
    const empty = await press(h, 'yot_manager', resolveCard, 'Mark resolved', { outcome: '  ' });
    expect(cardText(empty)).to.contain('Say what was agreed');
    // One press only asks: the dispute stays open until the confirmation.
    const confirm = await press(h, 'yot_manager', resolveCard, 'Mark resolved', { outcome });
    expect(cardText(confirm)).to.contain(`Confirm: resolve dispute ${id}`).and.to.contain(outcome);
    expect((await h.storage.store.disputes.get(id))!.record.status).to.equal('open');
    const cancelled = await press(h, 'yot_manager', confirm, 'Cancel');
    expect(cardText(cancelled)).to.contain(`Dispute ${id}`);
    expect(JSON.stringify(cancelled)).to.contain(outcome); // what was typed is kept
    expect((await h.storage.store.disputes.get(id))!.record.status).to.equal('open');
    const resolved = await press(h, 'yot_manager', confirm, 'Confirm: resolve');
    expect(cardText(resolved)).to.contain(`Dispute ${id} resolved.`).and.to.contain(`Outcome\n${outcome}`);
    expect((await h.storage.store.disputes.get(id))!.record.status).to.equal('resolved');
  });

  it('vacancies: opened by the YOT manager, filled by the SPOC, every step in the audit trail', async () => {
    const form = await cardFor(h, 'yot_manager', 'open vacancy');
    const bad = await press(h, 'yot_manager', form, 'Open vacancy', { yosId: 'NORTHANTS', grade: 'SPO', fte: '3' });
    expect(cardText(bad)).to.contain('Choose PO or PSO.');
    const opened = await press(h, 'yot_manager', form, 'Open vacancy', { yosId: 'NORTHANTS', grade: 'PSO', fte: '0.5' });
    const id = /VAC-\d{8}-\w+/.exec(cardText(opened))![0];
    const fillCard = { actions: [{ type: 'Action.Execute', title: 'Mark vacancy filled', verb: 'vacancy.fill', data: { vacancyId: id } }] };
    const filled = await press(h, 'spoc', fillCard, 'Mark vacancy filled', { filledDate: today });
    expect(cardText(filled)).to.contain(`Vacancy ${id} filled on ${formatLong(today)}.`);
    const trail = (await h.storage.store.audit.month(new Date().toISOString().slice(0, 7))).filter((e) => e.entityId === id);
    expect(trail.map((e) => e.action)).to.deep.equal(['create', 'update']);
    expect(JSON.parse(trail[1].before!).filledDate).to.equal(null);
    expect(JSON.parse(trail[1].after!).filledDate).to.equal(today);
  });

  it('tracker submitted closes the obligation once; a second submission names who did it', async () => {
    const form = await cardFor(h, 'yot_manager', 'tracker submitted');
    const done = await press(h, 'yot_manager', form, 'Mark tracker submitted', { yosId: 'NORTHANTS' });
    expect(cardText(done)).to.contain("Northamptonshire YOS's vacancy tracker");
    const again = await press(h, 'head_of_ldu', form, 'Mark tracker submitted', { yosId: 'NORTHANTS' });
    expect(cardText(again)).to.contain('was already submitted by helen.carter@northamptonshire.example.org');
    const deadlines = cardText(await cardFor(h, 'yot_manager', 'my deadlines'));
    expect(deadlines).to.not.contain('Vacancy tracker from Northamptonshire');
    expect(deadlines).to.contain('Three-way review with Priya Shah');
  });

  it('my calendar gives an unguessable, revocable iCalendar feed of my deadlines', async () => {
    const card = await cardFor(h, 'link_manager', 'my calendar');
    const url = /http:\/\/\S+\/calendar\/([A-Za-z0-9_-]{43})\.ics/.exec(cardText(card))!;
    const feed = await fetch(`${h.baseUrl}/calendar/${url[1]}.ics`);
    expect(feed.status).to.equal(200);
    expect(feed.headers.get('content-type')).to.contain('text/calendar');
    const ics = await feed.text();
    expect(ics).to.contain('BEGIN:VEVENT');
    expect(ics).to.contain('Three-way review with Priya Shah');
    expect((await fetch(`${h.baseUrl}/calendar/${'A'.repeat(43)}.ics`)).status).to.equal(404);
    await say(h, 'link_manager', 'reset my calendar');
    expect((await fetch(`${h.baseUrl}/calendar/${url[1]}.ics`)).status).to.equal(404);
  });
});

function findInput(card: any, id: string): any {
  return card.body.find((b: any) => b.id === id);
}

function findButton(card: any, title: string): any {
  const action = (card.actions ?? []).find((a: any) => a.title === title);
  if (!action) throw new Error(`no ${title}`);
  return action;
}
