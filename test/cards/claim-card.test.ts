/** What each person reads on a T&S claim card and in the sign-off reminder (framework 5.4). */
import { expect } from 'chai';
import { claimCard } from '../../src/views/workflow-cards';
import { reminderCard } from '../../src/views/reminder-cards';
import { openObligations } from '../../src/framework/obligations';
import type { ExpenseClaim } from '../../src/framework/records';
import { cardText } from '../helpers/harness';
import { YOS, secondment, snapshot } from '../helpers/records';

const SECONDEE = 'po@example.org';
const DEPUTY = 'deputy@example.org';
const pending: ExpenseClaim = {
  claimId: 'TS-20270110-ABC123', yosId: YOS.yosId, secondmentId: 'S1', secondeeEmail: SECONDEE, approverEmail: YOS.yotManagerEmail,
  submittedDate: '2027-01-10', travelDate: '2027-01-08', from: 'Northampton', to: 'Kettering', purpose: 'Court', mileage: 24, amountPence: 0,
  saturdayCourt: false, status: 'pending', secondeeConversationId: null, secondeeActivityId: null, approverConversationId: null, approverActivityId: null,
  decidedBy: null, decidedAt: null, comment: null,
};
const approved: ExpenseClaim = { ...pending, status: 'approved', decidedBy: YOS.yotManagerEmail, decidedAt: '2027-01-11T10:00:00Z', comment: 'Thanks, fine' };
const rejected: ExpenseClaim = { ...pending, status: 'rejected', decidedBy: YOS.yotManagerEmail, decidedAt: '2027-01-11T10:00:00Z', comment: 'No receipt attached' };
const world = snapshot({
  yos: [{ ...YOS, deputyEmail: DEPUTY }],
  people: [
    { email: SECONDEE, name: 'Pat Officer' },
    { email: YOS.yotManagerEmail, name: 'Yasmin Oduya' },
    { email: DEPUTY, name: 'Dee Puty' },
  ],
  secondments: [secondment()],
  claims: [pending],
});
const textFor = (claim: ExpenseClaim, viewer: string) => cardText(claimCard(claim, { email: viewer, refreshUserIds: [] }, world));

describe('the T&S claim card, as each person reads it', () => {
  it('the approver is asked for her own sign-off, not told she is waiting for herself', () => {
    expect(textFor(pending, YOS.yotManagerEmail)).to.contain('Waiting for your sign-off').and.not.contain('by Yasmin Oduya');
    expect(textFor(pending, DEPUTY)).to.contain('Waiting for your sign-off, as deputy for Yasmin Oduya');
    expect(textFor(pending, SECONDEE)).to.contain('Waiting for sign-off by Yasmin Oduya');
  });

  it('shows the mileage, and other costs only when there are some', () => {
    expect(textFor(pending, SECONDEE)).to.contain('24 miles').and.not.contain('Other costs');
    expect(textFor({ ...pending, amountPence: 350 }, SECONDEE)).to.contain('£3.50');
  });

  it('the secondee sees the approver\'s comment next to what to do now', () => {
    const text = textFor(approved, SECONDEE);
    expect(text).to.contain('Approved by Yasmin Oduya on');
    expect(text).to.contain('Now submit the claim through SOP quoting reference TS-20270110-ABC123.');
    expect(text).to.contain('Comment: Thanks, fine');
    expect(textFor(rejected, SECONDEE)).to.contain('Reason: No receipt attached');
  });

  it('the approver reads her own decision as hers, with no SOP instruction meant for the secondee', () => {
    const text = textFor(approved, YOS.yotManagerEmail);
    expect(text).to.contain('Approved by you on');
    expect(text).to.contain('Comment: Thanks, fine');
    expect(text).to.not.contain('Now submit the claim through SOP');
  });

  it('asks for a reason to reject on the card', () => {
    const card = claimCard(pending, { email: YOS.yotManagerEmail, refreshUserIds: [] }, world) as { body: { id?: string; label?: string }[] };
    expect(card.body.find((b) => b.id === `comment-${pending.claimId}`)?.label).to.match(/optional/);
    expect(JSON.stringify(card)).to.contain(`rejectReason-${pending.claimId}`).and.to.contain('Why is it rejected');
  });
});

describe('the T&S sign-off reminder', () => {
  it('shows what was claimed, the mileage included', () => {
    const obligation = openObligations(world, '2027-01-20').find((o) => o.kind === 'expense-signoff')!;
    const text = cardText(reminderCard(obligation, '2027-01-20', 'responsible', world));
    expect(text).to.contain('24 miles');
    expect(text).to.contain('Northampton to Kettering');
    expect(text).to.not.contain('£0.00');
  });
});
