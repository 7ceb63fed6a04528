/** Reject asks for a reason, and the service holds to it whatever the card sends (framework 5.4). */
import { expect } from 'chai';
import { addDays, todayInLondon } from '../../src/framework/dates';
import { REJECT_NEEDS_REASON } from '../../src/services/claims';
import { validateCard } from '../../src/views/templates';
import { cardText, findAction, firstCard, press, say, startHarness, type Harness } from '../helpers/harness';

const validClaim = { travelDate: addDays(todayInLondon(), -2), from: 'Northampton', to: 'Kettering Magistrates', purpose: 'Court report', mileage: '24' };

describe('rejecting a T&S claim over HTTP /api/messages', function () {
  this.timeout(30_000);
  let h: Harness;
  before(async () => {
    h = await startHarness();
    for (const who of ['secondee', 'yot_manager']) await say(h, who, 'help'); // both have a chat with the bot
  });
  after(async () => h.stop());

  it('a Reject with no reason changes nothing and keeps the buttons; with a reason it rejects, and the secondee reads it', async () => {
    const form = firstCard(await say(h, 'secondee', 'claim expenses'));
    const submitted = await press(h, 'secondee', form, 'Submit claim', validClaim, 'm-form');
    const claimId = /T&S claim (TS-\d{8}-\w+)/.exec(cardText(submitted))![1];
    const sent = h.connector.sent.filter((s) => s.conversationId === 'a:personal-29:yot_manager' && s.activity.summary === 'T&S claim to sign off').at(-1)!;
    const card = sent.activity.attachments[0].content;
    expect(cardText(card)).to.contain('Waiting for your sign-off');

    for (const comment of [undefined, '', '   ']) {
      const refused = await press(h, 'yot_manager', card, 'Reject claim', comment === undefined ? {} : { comment }, sent.activityId);
      expect(validateCard(refused)).to.deep.equal([]);
      expect(cardText(refused)).to.contain(REJECT_NEEDS_REASON);
      expect(() => findAction(refused, 'Reject')).to.not.throw(); // the approver can still decide on the same card
      expect((await h.storage.store.claims.get(claimId))!.record.status).to.equal('pending');
    }

    const decided = await press(h, 'yot_manager', card, 'Reject claim', { comment: 'No receipt attached' }, sent.activityId);
    expect(cardText(decided)).to.contain('Rejected by you on');
    expect((await h.storage.store.claims.get(claimId))!.record).to.include({ status: 'rejected', comment: 'No receipt attached' });
    const secondeeCard = h.connector.updated.filter((u) => u.conversationId === 'a:personal-29:secondee').at(-1)!;
    expect(cardText(secondeeCard.activity.attachments[0].content)).to.contain('Reason: No receipt attached');
  });
});
