import { expect } from 'chai';
import { addDays, todayInLondon } from '../../src/framework/dates';
import { parseVerbData } from '../../src/views/verbs';
import { cardText, clockOn, firstCard, introduceEveryone, post, press, say, startHarness, teamsActivity, type Harness } from '../helpers/harness';

const today = todayInLondon();
const validClaim = { travelDate: addDays(today, -2), from: 'Northampton', to: 'Kettering Magistrates', purpose: 'Court report', mileage: '24' };
const HOSTILE = ["EVIL/../x", 'EVIL#x', 'EVIL?x=1', "EVIL'or'1", 'EVIL x', `EVIL${'A'.repeat(1024)}`];

async function invoke(h: Harness, who: string, verb: string, data: Record<string, unknown>) {
  const r = await post(h, '/api/messages', teamsActivity(h, who, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data } } }));
  return { status: r.status, text: r.body?.value ? cardText(r.body.value) : r.text };
}

describe('ids in card data and activities', function () {
  this.timeout(120_000);
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: clockOn(today), storageProxy: true });
    await introduceEveryone(h);
  });
  after(async () => h.stop());

  it('the parsers refuse ids with characters a storage key cannot take, or over 64 characters', () => {
    for (const bad of HOSTILE) {
      expect(parseVerbData('claim.open', { claimId: bad }), bad).to.deep.equal({ ok: false, error: 'I cannot find that claim.' });
      expect(parseVerbData('claim.decide', { claimId: 'TS-1', decision: 'approve', yosId: bad }), bad).to.have.property('ok', false);
      expect(parseVerbData('dispute.raise', { yosId: bad, summary: 'x', linkManagerEmail: bad }), bad).to.deep.include({ ok: true, data: { yosId: '', summary: 'x', linkManagerEmail: '' } });
      expect(parseVerbData('claim.submit', { submissionId: bad }), bad).to.deep.equal({ ok: false, error: 'This form cannot be used any more; ask me for a new one.' });
    }
    expect(parseVerbData('claim.open', { claimId: 'TS-20261123-7KQ2AB' })).to.deep.equal({ ok: true, data: { claimId: 'TS-20261123-7KQ2AB' } });
  });

  it('hostile ids in any card verb never reach storage, and each press gets a card, not an error page', async () => {
    const before = h.proxy!.requests.length;
    for (const bad of HOSTILE) {
      const cases: [string, string, Record<string, unknown>][] = [
        ['yot_manager', 'claim.decide', { claimId: bad, decision: 'approve' }],
        ['yot_manager', 'claim.open', { claimId: bad }],
        ['yot_manager', 'claim.refresh', { claimId: bad }],
        ['head_of_ldu', 'dispute.resolve', { disputeId: bad }],
        ['spoc', 'vacancy.fill', { vacancyId: bad, filledDate: today }],
        ['link_manager', 'review.record', { secondmentId: bad, heldDate: today }],
        ['link_manager', 'secondment.end', { secondmentId: bad, endedDate: today }],
        ['yot_manager', 'tracker.submit', { yosId: bad, meetingDate: today }],
        ['yot_manager', 'dispute.raise', { yosId: bad, summary: 'A dispute summary long enough' }],
        ['yot_manager', 'vacancy.open', { yosId: bad, grade: 'PO', fte: '1' }],
      ];
      for (const [who, verb, data] of cases) {
        const r = await invoke(h, who, verb, data);
        expect(r.status, `${verb} ${bad.slice(0, 20)}`).to.equal(200);
      }
    }
    const reached = h.proxy!.requests.slice(before).filter((r) => decodeURIComponent(r.url).includes('EVIL') || r.body.includes('EVIL'));
    expect(reached.map((r) => `${r.method} ${r.url.slice(0, 80)}`)).to.deep.equal([]);
  });

  it('an aadObjectId that is not an Entra object id is treated as unknown: answered, never used as a key', async () => {
    const before = h.proxy!.requests.length;
    for (const bad of HOSTILE) {
      const activity = teamsActivity(h, 'secondee', { text: 'help', from: { id: '29:x', name: 'x', aadObjectId: bad } });
      const r = await post(h, '/api/messages', activity);
      expect(r.status, bad.slice(0, 20)).to.be.oneOf([200, 201, 202]);
    }
    const reached = h.proxy!.requests.slice(before).filter((r) => decodeURIComponent(r.url).includes('EVIL') || r.body.includes('EVIL'));
    expect(reached.map((r) => `${r.method} ${r.url.slice(0, 80)}`)).to.deep.equal([]);
  });

  it('an aadObjectId that is not a string at all is refused with 400 and stores nothing', async () => {
    const before = h.proxy!.requests.length;
    const activity = teamsActivity(h, 'secondee', { text: 'help', from: { id: '29:x', name: 'x', aadObjectId: { EVIL: 1 } } });
    const r = await post(h, '/api/messages', activity);
    expect(r.status).to.equal(400);
    expect(r.body.error).to.equal('activity.from.aadObjectId must be an Entra object id (a GUID)');
    expect(h.proxy!.requests.length).to.equal(before);
  });
});

describe('claim.open shows a claim only to the people concerned', function () {
  this.timeout(60_000);
  let h: Harness;
  let claimId: string;
  before(async () => {
    h = await startHarness({ now: clockOn(today) });
    await introduceEveryone(h);
    const form = firstCard(await say(h, 'secondee', 'claim expenses'));
    claimId = /T&S claim (TS-\d{8}-\w+)/.exec(cardText(await press(h, 'secondee', form, 'Submit claim', validClaim)))![1];
  });
  after(async () => h.stop());

  it('the secondee, the YOT manager (who decides) and the link manager (who gets the evidence) see it', async () => {
    for (const who of ['secondee', 'yot_manager', 'link_manager']) {
      for (const verb of ['claim.open', 'claim.refresh']) {
        const r = await invoke(h, who, verb, { claimId });
        expect(r.text, `${who} ${verb}`).to.contain(`T&S claim ${claimId}`);
        expect(r.text).to.contain('Court report');
      }
    }
  });

  it('anyone else who knows the id is told it cannot be found, exactly as for an id that does not exist', async () => {
    const missing = await invoke(h, 'spoc', 'claim.open', { claimId: 'TS-20200101-ABCDEF' });
    for (const who of ['yot_manager_leicester', 'head_of_ldu', 'spoc', 'secondee_pso', 'yos_senior_manager']) {
      for (const verb of ['claim.open', 'claim.refresh']) {
        const r = await invoke(h, who, verb, { claimId });
        expect(r.text, `${who} ${verb}`).to.equal(missing.text);
        expect(r.text).to.not.contain('Court report');
      }
    }
  });
});
