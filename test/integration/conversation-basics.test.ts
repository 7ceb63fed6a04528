/**
 * Ordinary chat (issue 22, item 5): greetings and thanks, personal questions answered from the
 * records, "expenses" opening the form, and "my claims" with Open and a confirmed Withdraw.
 * Real HTTP on loopback, Azurite, the mock connector.
 */
import { expect } from 'chai';
import { addDays, todayInLondon } from '../../src/framework/dates';
import { validateCard } from '../../src/views/templates';
import { cardText, findAction, firstCard, press, say, startHarness, type Harness } from '../helpers/harness';

const validClaim = { travelDate: addDays(todayInLondon(), -2), from: 'Northampton', to: 'Kettering Magistrates', purpose: 'Court report', mileage: '24' };

/** What the person reads: plain text replies and card text. */
function read(activities: any[]): string {
  return activities.map((a) => [a.text ?? '', ...(a.attachments ?? []).map((x: any) => cardText(x.content))].join('\n')).join('\n');
}

/** The confirmation card under a ShowCard button (Teams shows it in place; nothing is sent yet). */
function shownCard(card: any, title: string): any {
  const button = findAction(card, title);
  expect(button.type).to.equal('Action.ShowCard');
  return button.card;
}

async function submitClaim(h: Harness): Promise<string> {
  const form = firstCard(await say(h, 'secondee', 'claim expenses'));
  const submitted = await press(h, 'secondee', form, 'Submit claim', validClaim, 'm-form');
  return /T&S claim (TS-\d{8}-\w+)/.exec(cardText(submitted))![1];
}

describe('conversation basics (HTTP, Azurite, mock connector)', function () {
  this.timeout(90_000);
  let h: Harness;
  before(async () => {
    h = await startHarness();
    for (const who of ['secondee', 'yot_manager', 'link_manager']) await say(h, who, 'help');
  });
  after(async () => h.stop());

  it('greetings and thanks are answered briefly and kindly, never "not covered by the framework"', async () => {
    for (const text of ['hi', 'Hello!', 'good morning', 'hey there', 'thanks!', 'Cheers', 'thank you so much', 'ok thanks']) {
      const reply = read(await say(h, 'secondee', text));
      expect(reply, text).to.not.match(/not covered/i);
      expect(reply.length, text).to.be.within(5, 200);
    }
    expect(read(await say(h, 'secondee', 'hi'))).to.contain('Hello Priya');
    expect(read(await say(h, 'secondee', 'thanks!'))).to.match(/welcome/i);
  });

  it('personal questions are answered from the records: the person\'s own deadlines', async () => {
    const deadlines = read(await say(h, 'secondee', 'my deadlines'));
    const review = read(await say(h, 'secondee', 'when is my next review?'));
    expect(review).to.match(/Next three-way review for Priya Shah \(SEC-NN-01\): .* \(in 5 days\)/); // the specific item
    for (const text of ["what's due for me", 'what do I owe?', 'Is there anything due for me?', 'when are my deadlines?']) {
      const reply = read(await say(h, 'secondee', text));
      expect(reply, text).to.not.match(/not covered/i);
      expect(reply, text).to.equal(deadlines);
    }
  });

  it('"expenses", "submit expenses", "claim", "new claim" open the claim form for a secondee', async () => {
    for (const text of ['expenses', 'submit expenses', 'claim', 'new claim', 'Submit a claim']) {
      const card = firstCard(await say(h, 'secondee', text));
      expect(validateCard(card)).to.deep.equal([]);
      expect(findAction(card, 'Submit claim').verb, text).to.equal('claim.submit');
    }
  });

  it('"my claims": the secondee sees their claims with Open and (for a pending one) Withdraw; withdrawing needs a second, confirming press', async () => {
    const claimId = await submitClaim(h);
    const list = firstCard(await say(h, 'secondee', 'my claims'));
    expect(validateCard(list)).to.deep.equal([]);
    expect(cardText(list)).to.contain(claimId).and.to.contain('Waiting for sign-off by Helen Carter');
    const opened = await press(h, 'secondee', list, `Open ${claimId}`);
    expect(cardText(opened)).to.contain(`T&S claim ${claimId}`);

    // The first press only shows the question; the claim is still pending.
    const confirm = shownCard(list, `Withdraw ${claimId}`);
    expect(cardText(confirm)).to.contain(`Withdraw claim ${claimId}?`);
    expect((await h.storage.store.claims.get(claimId))!.record.status).to.equal('pending');

    const approvalCard = h.connector.sent.filter((s) => s.conversationId === 'a:personal-29:yot_manager' && s.activity.summary === 'T&S claim to sign off').at(-1)!;
    const after = await press(h, 'secondee', confirm, `Yes, withdraw ${claimId}`);
    expect(cardText(after)).to.contain(`Claim ${claimId} withdrawn`);
    expect(cardText(after)).to.not.contain(`Withdraw ${claimId}`);
    expect((await h.storage.store.claims.get(claimId))!.record).to.include({ status: 'withdrawn', decidedBy: 'priya.shah@probation.example.org' });

    // The audit trail has it; the YOT manager's approval card is updated in place and has no buttons.
    const audit = await h.storage.store.audit.month(todayInLondon().slice(0, 7));
    expect(audit.some((e) => e.entityId === claimId && e.action === 'update' && JSON.stringify(e.after).includes('withdrawn'))).to.equal(true);
    const updated = h.connector.updated.filter((u) => u.activityId === approvalCard.activityId).at(-1)!;
    expect(cardText(updated.activity.attachments[0].content)).to.contain('Withdrawn');
    expect(JSON.stringify(updated.activity.attachments[0].content)).to.not.contain('claim.decide');

    // A second confirmation changes nothing and says why.
    const again = await press(h, 'secondee', confirm, `Yes, withdraw ${claimId}`);
    expect(cardText(again)).to.contain('already withdrawn');
  });

  it('"my claims" for an approver: claims waiting for them, with Open leading to Approve/Reject, and no Withdraw', async () => {
    const claimId = await submitClaim(h);
    const list = firstCard(await say(h, 'yot_manager', 'my claims'));
    expect(cardText(list)).to.contain('Waiting for your sign-off').and.to.contain(claimId).and.to.contain('Priya Shah');
    expect(() => findAction(list, `Withdraw ${claimId}`)).to.throw();
    const opened = await press(h, 'yot_manager', list, `Open ${claimId}`);
    await press(h, 'yot_manager', opened, 'Approve');
    expect(cardText(firstCard(await say(h, 'yot_manager', 'my claims')))).to.contain('Recently decided by you');
    // "expenses" from an approver who is not seconded shows the claims, not a refusal.
    expect(cardText(firstCard(await say(h, 'yot_manager', 'expenses')))).to.contain('Your T&S claims');
  });

  it('nobody but the claimant can withdraw, whatever the card data says', async () => {
    const claimId = await submitClaim(h);
    const list = firstCard(await say(h, 'secondee', 'my claims'));
    const refused = await press(h, 'yot_manager', shownCard(list, `Withdraw ${claimId}`), `Yes, withdraw ${claimId}`);
    expect(cardText(refused)).to.contain('cannot find that claim');
    expect((await h.storage.store.claims.get(claimId))!.record.status).to.equal('pending');
  });
});
