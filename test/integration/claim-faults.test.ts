import { expect } from 'chai';
import { addDays, todayInLondon } from '../../src/framework/dates';
import { exportExpenses } from '../../src/cli/export';
import { sweep } from '../../src/notify/sweep';
import { ConnectorSender } from '../../src/notify/sender';
import { claimWrite } from '../helpers/storage-proxy';
import { cardText, clockOn, findAction, firstCard, introduceEveryone, post, say, startHarness, teamsActivity, type Harness } from '../helpers/harness';

const today = todayInLondon();
const validClaim = { travelDate: addDays(today, -2), from: 'Northampton', to: 'Kettering Magistrates', purpose: 'Court report', mileage: '24', amount: '3.50' };
const SECONDEE_CHAT = 'a:personal-29:secondee';
const MANAGER_CHAT = 'a:personal-29:yot_manager';
const LINK_MANAGER_CHAT = 'a:personal-29:link_manager';

/** Presses a button without waiting for background work: what the person sees, and how long it took. */
async function pressNow(h: Harness, who: string, card: any, title: string, inputs: Record<string, unknown> = {}, replyToId: string | undefined = 'm-card') {
  const action = findAction(card, title);
  const started = Date.now();
  const r = await post(h, '/api/messages', teamsActivity(h, who, { type: 'invoke', name: 'adaptiveCard/action', ...(replyToId ? { replyToId } : {}), value: { action: { type: 'Action.Execute', verb: action.verb, data: { ...(action.data ?? {}), ...inputs } } } }));
  return { status: r.status, card: r.body?.value, text: r.body?.value ? cardText(r.body.value) : r.text, ms: Date.now() - started };
}

async function claimForm(h: Harness): Promise<any> {
  return firstCard(await say(h, 'secondee', 'claim expenses'));
}

/** Submits a claim and returns its id and the approval card the manager received. */
async function submitted(h: Harness): Promise<{ claimId: string; approval: any; approvalId: string }> {
  const r = await pressNow(h, 'secondee', await claimForm(h), 'Submit claim', validClaim, 'm-form');
  await h.app.background.idle();
  const claimId = /T&S claim (TS-\d{8}-\w+)/.exec(r.text)![1];
  const sent = h.connector.sent.filter((s) => s.conversationId === MANAGER_CHAT && s.activity.summary === 'T&S claim to sign off').at(-1)!;
  return { claimId, approval: sent.activity.attachments[0].content, approvalId: sent.activityId };
}

const month = () => new Date().toISOString().slice(0, 7);
const noticesTo = (h: Harness, chat: string, summary: string) => h.connector.activitiesTo(chat).filter((a) => a.summary === summary);

async function decisionAudit(h: Harness, claimId: string) {
  return (await h.storage.store.audit.month(month())).filter((e) => e.entityId === claimId && e.after && JSON.parse(e.after).status !== 'pending');
}

describe('claims under storage and connector faults', function () {
  this.timeout(90_000);
  let h: Harness;

  beforeEach(async () => {
    h = await startHarness({ now: clockOn(today), storageProxy: true, sender: { timeoutMs: 1000, baseDelayMs: 20, maxDelayMs: 100, maxAttempts: 2 } });
    await introduceEveryone(h);
  });
  afterEach(async () => h.stop());

  it('storage cut right after the decision is written: "could not confirm"; after recovery claim, audit, notices and export agree, each once', async () => {
    const { claimId, approval, approvalId } = await submitted(h);
    h.proxy!.cutAfter(claimWrite('"status":"approved"'), 'down');
    const pressed = await pressNow(h, 'yot_manager', approval, 'Approve', { comment: 'Fine' }, approvalId);
    expect(pressed.status).to.equal(200);
    expect(pressed.text).to.contain(`I could not confirm that claim ${claimId} was approved`);
    expect(pressed.text).to.contain('my deadlines');
    expect(pressed.text).to.not.contain('nothing was changed');
    // The write did reach storage: claim and audit entry are stored together (in one transaction).
    expect((await h.storage.store.claims.get(claimId))!.record.status).to.equal('approved');

    await h.proxy!.up();
    await say(h, 'yot_manager', 'my deadlines'); // any later read finishes what the fault interrupted
    await h.app.background.idle();

    expect((await h.storage.store.claims.get(claimId))!.record).to.include({ status: 'approved', comment: 'Fine' });
    expect(await decisionAudit(h, claimId)).to.have.length(1);
    expect(noticesTo(h, SECONDEE_CHAT, 'Claim approved')).to.have.length(1);
    expect(noticesTo(h, LINK_MANAGER_CHAT, 'T&S claim decision (evidence)')).to.have.length(1);
    expect(h.connector.updated.filter((u) => u.conversationId === SECONDEE_CHAT && u.activityId === 'm-form')).to.have.length.at.least(1);
    expect(await exportExpenses(h.storage.store)).to.contain(`${claimId},priya.shah@probation.example.org`);
    expect(await h.storage.store.claimLedger.openIntents()).to.deep.equal([]);

    // Pressing again tells the truth; a sweep has nothing left to finish; nothing went twice.
    const again = await pressNow(h, 'yot_manager', approval, 'Approve', {}, approvalId);
    expect(again.text).to.match(new RegExp(`Claim ${claimId} was already approved by helen.carter@`));
    const swept = await sweep({ store: h.storage.store, sender: new ConnectorSender() }, { asOf: today, evenOnHolidays: true });
    expect(swept.claimIntents).to.deep.equal({ closed: 0, open: 0 });
    expect(noticesTo(h, SECONDEE_CHAT, 'Claim approved')).to.have.length(1);
    expect(await decisionAudit(h, claimId)).to.have.length(1);
  });

  it('the answer to the decision is lost but storage is back at once: the manager is told it is done', async () => {
    const { claimId, approval, approvalId } = await submitted(h);
    h.proxy!.cutAfter(claimWrite('"status":"rejected"'), 'up');
    const pressed = await pressNow(h, 'yot_manager', approval, 'Reject claim', { comment: 'No receipt' }, approvalId);
    expect(pressed.text).to.contain('Rejected by you');
    await h.app.background.idle();
    expect(await decisionAudit(h, claimId)).to.have.length(1);
    expect(noticesTo(h, SECONDEE_CHAT, 'Claim rejected')).to.have.length(1);
  });

  it('a decision write lost on its way (no answer, never applied): "not done" once the claim is fenced, and a later press decides it', async () => {
    const { claimId, approval, approvalId } = await submitted(h);
    h.proxy!.drop(claimWrite('"status":"approved"'));
    const pressed = await pressNow(h, 'yot_manager', approval, 'Approve', {}, approvalId);
    expect(pressed.text).to.contain('nothing was changed');
    expect(pressed.text).to.not.contain('could not confirm');
    h.proxy!.keep();
    expect((await h.storage.store.claims.get(claimId))!.record.status).to.equal('pending');
    expect(await decisionAudit(h, claimId)).to.have.length(0);
    const again = await pressNow(h, 'yot_manager', approval, 'Approve', {}, approvalId);
    expect(again.text).to.contain('Approved by you');
    await h.app.background.idle();
    expect(await decisionAudit(h, claimId)).to.have.length(1);
  });

  it('storage refusing connections: "not done", and that is true', async () => {
    const { claimId, approval, approvalId } = await submitted(h);
    await h.proxy!.down();
    const pressed = await pressNow(h, 'yot_manager', approval, 'Approve', {}, approvalId);
    expect(pressed.status).to.equal(200);
    // Refused before anything was written (at the first read, who is pressing, or the claim).
    expect(pressed.text).to.match(/^Not done\n/);
    expect(pressed.text).to.not.match(/could not confirm/i);
    expect((await h.storage.store.claims.get(claimId))!.record.status).to.equal('pending');
    expect(await decisionAudit(h, claimId)).to.have.length(0);
  });

  it('Approve with the connector unreachable or silent answers 200 at once with the stored outcome; the notice follows once it is back', async () => {
    const first = await submitted(h);
    h.connector.down = true;
    const down = await pressNow(h, 'yot_manager', first.approval, 'Approve', {}, first.approvalId);
    expect(down.status).to.equal(200);
    expect(down.ms).to.be.below(2000);
    expect(down.text).to.contain('Approved by you');
    expect((await h.storage.store.claims.get(first.claimId))!.record.status).to.equal('approved');
    await h.app.background.idle();
    h.connector.down = false;

    const second = await submitted(h);
    h.connector.silent = true;
    const silent = await pressNow(h, 'yot_manager', second.approval, 'Approve', {}, second.approvalId);
    expect(silent.status).to.equal(200);
    expect(silent.ms).to.be.below(2000);
    expect(silent.text).to.contain('Approved by you');
    await h.app.background.idle();
    h.connector.silent = false;

    // The next sweep sends what the connector missed, once.
    await sweep({ store: h.storage.store, sender: new ConnectorSender(), staleAfterMs: 0 }, { asOf: today, evenOnHolidays: true });
    for (const { claimId } of [first, second]) {
      expect(h.connector.activitiesTo(SECONDEE_CHAT).filter((a) => a.summary === 'Claim approved' && cardText(a.attachments[0].content).includes(claimId))).to.have.length(1);
    }
  });

  it('claim.submit without replyToId answers 200, and pressing the same form again returns the same claim: one claim, one approval card', async () => {
    const form = await claimForm(h);
    const first = await pressNow(h, 'secondee', form, 'Submit claim', validClaim, undefined);
    expect(first.status).to.equal(200);
    const claimId = /T&S claim (TS-\d{8}-\w+)/.exec(first.text)![1];
    const again = await pressNow(h, 'secondee', form, 'Submit claim', validClaim, undefined);
    expect(again.status).to.equal(200);
    expect(again.text).to.contain(`T&S claim ${claimId}`);
    await h.app.background.idle();
    expect((await h.storage.store.claims.listAll()).map((c) => c.claimId)).to.deep.equal([claimId]);
    expect(noticesTo(h, MANAGER_CHAT, 'T&S claim to sign off')).to.have.length(1);
  });

  it('the answer to a submission is lost: "could not confirm, press again"; pressing again shows the one claim', async () => {
    const form = await claimForm(h);
    h.proxy!.cutAfter(claimWrite('"status":"pending"'), 'down');
    const lost = await pressNow(h, 'secondee', form, 'Submit claim', validClaim, 'm-form');
    expect(lost.status).to.equal(200);
    expect(lost.text).to.match(/I could not confirm that claim TS-\d{8}-\w+ was saved/);
    expect(lost.text).to.contain('pressing again is safe');
    await h.proxy!.up();
    const again = await pressNow(h, 'secondee', form, 'Submit claim', validClaim, 'm-form');
    expect(again.text).to.contain('Waiting for sign-off by Helen Carter');
    await h.app.background.idle();
    const claims = await h.storage.store.claims.listAll();
    expect(claims).to.have.length(1);
    expect(again.text).to.contain(claims[0].claimId);
    expect(noticesTo(h, MANAGER_CHAT, 'T&S claim to sign off')).to.have.length(1);
    expect((await h.storage.store.audit.month(month())).filter((e) => e.entityId === claims[0].claimId && e.action === 'create')).to.have.length(1);
  });
});
