/**
 * Every "you must act" carries its action (issue 22, item 1): each row of "my deadlines" a person
 * must act on has a button that opens the card where it is done, for every demo role; records open
 * by typing their reference; the dispute card resolves (outcome required, confirmed), escalates
 * early and takes notes. Real Azurite, the bot on loopback HTTP, the mock connector.
 */
import { expect } from 'chai';
import { validateCard } from '../../src/views/templates';
import {
  claimInputs,
  cardText,
  firstCard,
  introduceEveryone,
  post,
  press,
  say,
  startHarness,
  teamsActivity,
  type Harness,
} from '../helpers/harness';

const ROLES = ['secondee', 'link_manager', 'yot_manager', 'head_of_ldu', 'spoc', 'yos_senior_manager'];

/** Presses a given action (not found by title: a list has several buttons with one title). */
async function pressAction(
  h: Harness,
  key: string,
  action: { verb: string; data?: object },
  inputs: Record<string, unknown> = {},
): Promise<any> {
  const invoke = teamsActivity(h, key, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: 'm-card',
    value: { action: { type: 'Action.Execute', verb: action.verb, data: { ...(action.data ?? {}), ...inputs } }, trigger: 'manual' },
  });
  const result = await post(h, '/api/messages', invoke);
  expect(result.status).to.equal(200);
  await h.app.background.idle();
  return result.body.value;
}

/** Each row of the deadlines card: its text and its button, if any. */
function rows(card: any): { text: string; action: any | null }[] {
  return card.body
    .filter((b: any) => b.type === 'Container')
    .map((c: any) => ({ text: cardText(c), action: c.items.find((i: any) => i.type === 'ActionSet')?.actions[0] ?? null }));
}

const ERROR_TITLES =
  /^(Not done|Could not confirm|Claim not shown|Dispute not shown|Not shown|Not yours to record|No tracker to submit|Vacancy not found|Not your YOS|That button is not recognised)$/m;

describe('every deadline a person must act on has its action (Azurite + HTTP + mock connector)', function () {
  this.timeout(120_000);
  let h: Harness;

  before(async () => {
    h = await startHarness();
    await introduceEveryone(h);
    // A claim waiting for the YOT manager's sign-off.
    const form = firstCard(await say(h, 'secondee', 'claim expenses'));
    await press(h, 'secondee', form, 'Submit claim', claimInputs(), 'm-form');
  });
  after(async () => h.stop());

  it('for every role, each "you must act" row has a button, and each button opens a working card with the way back', async () => {
    for (const key of ROLES) {
      const card = firstCard(await say(h, key, 'my deadlines'));
      expect(validateCard(card), key).to.deep.equal([]);
      expect(card.refresh?.userIds, `${key}: refreshes for the person`).to.deep.equal([`29:${key}`]);
      for (const row of rows(card)) {
        if (row.text.includes('you must act')) expect(row.action, `${key}: ${row.text}`).to.not.equal(null);
        if (!row.action) continue;
        const opened = await pressAction(h, key, row.action);
        expect(validateCard(opened), `${key}: ${row.action.title}`).to.deep.equal([]);
        expect(cardText(opened), `${key}: ${row.action.title}`).to.not.match(ERROR_TITLES);
        expect(cardText(opened)).to.contain('Back to my deadlines');
      }
    }
  });

  it('the YOT manager signs off the claim from the list; the senior manager resolves the escalated dispute from it', async () => {
    const list = firstCard(await say(h, 'yot_manager', 'my deadlines'));
    const claimRow = rows(list).find((r) => r.action?.title === 'Sign off the claim')!;
    const claim = await pressAction(h, 'yot_manager', claimRow.action);
    expect(claim.actions.map((a: any) => a.title)).to.include.members(['Approve', 'Reject']);
    const approved = await press(h, 'yot_manager', claim, 'Approve');
    expect(cardText(approved)).to.contain('Approved by you');
    const back = await press(h, 'yot_manager', claim, 'Back to my deadlines');
    expect(
      rows(back).some((r) => r.action?.title === 'Sign off the claim'),
      'the signed-off claim has left the list',
    ).to.equal(false);

    const senior = rows(firstCard(await say(h, 'yos_senior_manager', 'my deadlines'))).find((r) => r.text.includes('DSP-LE-01'))!;
    const dispute = await pressAction(h, 'yos_senior_manager', senior.action);
    const titles = dispute.actions.map((a: any) => a.title);
    expect(titles).to.include.members(['Resolve', 'Add a note']).and.not.to.include('Escalate early'); // already escalated
    expect(cardText(dispute)).to.contain('Escalated after 28 days');
    const resolved = await pressAction(
      h,
      'yos_senior_manager',
      { verb: 'dispute.resolve', data: { disputeId: 'DSP-LE-01' } },
      { outcome: 'Saturday cover shared by both services', confirmed: true },
    );
    // Resolved after the 28 days: still shown as the escalated parties' to resolve, with its outcome.
    expect(cardText(resolved))
      .to.contain('To resolve (escalated)')
      .and.to.contain('Saturday cover shared by both services')
      .and.not.to.contain('To resolve locally');
  });

  it('records open by typing their reference, to those who may see them', async () => {
    const typed = firstCard(await say(h, 'yos_senior_manager', 'resolve dispute DSP-LE-01'));
    expect(cardText(typed)).to.contain('Dispute DSP-LE-01').and.to.contain('Disagreement over PSO cover');
    expect(cardText(firstCard(await say(h, 'spoc', 'DSP-LE-01')))).to.contain('Dispute DSP-LE-01');
    expect(cardText(firstCard(await say(h, 'secondee', 'dsp-le-01')))).to.contain('Only the people who handle disputes');
    const claimId = (await h.storage.store.claims.listAll())[0].claimId;
    expect(cardText(firstCard(await say(h, 'secondee', `open claim ${claimId}`)))).to.contain(claimId);
    expect(cardText(firstCard(await say(h, 'yot_manager_leeds', claimId)))).to.contain('Claim not shown');
    expect(cardText(firstCard(await say(h, 'link_manager', 'VAC-LS-01')))).to.contain('Vacancy VAC-LS-01');
    expect(cardText(firstCard(await say(h, 'link_manager', 'review SEC-NN-01'))))
      .to.contain('Record a meeting')
      .and.to.contain('SEC-NN-01');
  });

  it('the raised dispute card carries its actions: a note is kept; resolving needs an outcome and a confirmation', async () => {
    const form = firstCard(await say(h, 'yot_manager', 'raise dispute'));
    const raised = await press(h, 'yot_manager', form, 'Raise dispute', {
      yosId: 'NORTHANTS',
      summary: 'Cover for the Saturday court rota',
    });
    const id = /DSP-\d{8}-\w+/.exec(cardText(raised))![0];
    expect(raised.actions.map((a: any) => a.title)).to.deep.equal(['Resolve', 'Escalate early', 'Add a note']);
    const noted = await pressAction(
      h,
      'yot_manager',
      { verb: 'dispute.note', data: { disputeId: id } },
      { note: 'Spoke to David; meeting on Monday' },
    );
    expect(cardText(noted)).to.contain('Spoke to David; meeting on Monday').and.to.contain('Note added.');
    const resolve = { verb: 'dispute.resolve', data: { disputeId: id } };
    const empty = await pressAction(h, 'link_manager', resolve, { outcome: '' });
    expect(cardText(empty)).to.contain('Say what was agreed');
    const asked = await pressAction(h, 'link_manager', resolve, { outcome: 'Rota shared from March' });
    expect((await h.storage.store.disputes.get(id))!.record.status).to.equal('open');
    const done = await press(h, 'link_manager', asked, 'Confirm: resolve');
    expect(cardText(done)).to.contain('Resolved on').and.to.contain('Rota shared from March');
    expect((await h.storage.store.disputes.get(id))!.record).to.include({ status: 'resolved', outcome: 'Rota shared from March' });
    // Pressing the old confirmation again changes nothing and says so.
    expect(cardText(await press(h, 'link_manager', asked, 'Confirm: resolve'))).to.contain('already resolved');
  });
});
