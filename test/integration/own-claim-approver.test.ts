/**
 * A YOT manager's own claim (they are also the secondee) with no deputy: the claim names, at
 * submission, the YOS senior manager (a product rule, labelled as such), who receives the approval
 * card and can approve it (HTTP, Azurite, mock connector).
 */
import { expect } from 'chai';
import {
  claimInputs,
  cardText,
  demoPerson,
  firstCard,
  introduceEveryone,
  press,
  say,
  startHarness,
  type Harness,
} from '../helpers/harness';

describe("the YOT manager's own claim goes to someone who can decide it", function () {
  this.timeout(60_000);
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
    // Priya, the demo secondee, is made YOT manager of her own YOS (no deputy named).
    const stored = (await h.storage.store.yos.get('NORTHANTS'))!;
    await h.storage.store.yos.update(
      stored,
      { ...stored.record, yotManagerEmail: demoPerson('secondee').email, deputyEmail: undefined },
      'test',
    );
    await introduceEveryone(h);
  });
  afterEach(async () => h.stop());

  it('says at submission that the YOS senior manager signs (product rule), who gets the card and approves it', async () => {
    const form = firstCard(await say(h, 'secondee', 'claim expenses'));
    expect(cardText(form)).to.contain(
      'Claire Bennett signs it off as YOS senior manager, since the claimant is the YOT manager (product rule, not the framework',
    );
    const claimCard = await press(h, 'secondee', form, 'Submit claim', claimInputs({ amount: '3.50' }), 'm-form');
    const text = cardText(claimCard);
    expect(text).to.contain('Waiting for sign-off by Claire Bennett');
    expect(text).to.contain('product rule, not the framework');
    const claimId = /T&S claim (TS-\d{8}-\w+)/.exec(text)![1];
    const sent = h.connector.sent.filter(
      (s) => s.conversationId === 'a:personal-29:yos_senior_manager' && s.activity.summary === 'T&S claim to sign off',
    );
    expect(sent).to.have.length(1);
    const decided = await press(
      h,
      'yos_senior_manager',
      sent[0].activity.attachments[0].content,
      'Approve',
      { comment: 'Fine' },
      sent[0].activityId,
    );
    expect(cardText(decided)).to.contain('Approved by you');
    expect((await h.storage.store.claims.get(claimId))!.record).to.include({
      status: 'approved',
      decidedBy: demoPerson('yos_senior_manager').email,
    });
  });
});
