import { expect } from 'chai';
import { todayInLondon } from '../../src/framework/dates';
import { SUBMISSION_ID } from '../../src/framework/ids';
import { cardText, clockOn, findAction, firstCard, introduceEveryone, press, say, startHarness, type Harness } from '../helpers/harness';

const today = todayInLondon();

/** The chat command's form, checked to carry a submission id. */
async function form(h: Harness, who: string, command: string, button: string): Promise<any> {
  const card = firstCard(await say(h, who, command));
  expect(findAction(card, button).data.submissionId).to.match(SUBMISSION_ID);
  return card;
}

describe('every create is idempotent: pressing the same form again never makes a second record', function () {
  this.timeout(60_000);
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ now: clockOn(today) });
    await introduceEveryone(h);
  });
  afterEach(async () => h.stop());

  it('raise dispute', async () => {
    const card = await form(h, 'yot_manager', 'raise dispute', 'Raise dispute');
    const inputs = { yosId: 'NORTHANTS', summary: 'NPS has not replaced the PSO hours cut in October' };
    const [a, b] = [await press(h, 'yot_manager', card, 'Raise dispute', inputs), await press(h, 'yot_manager', card, 'Raise dispute', inputs)];
    const id = /DSP-\d{8}-\w+/.exec(cardText(a))![0];
    expect(cardText(b)).to.contain(`Dispute ${id} raised`);
    expect((await h.storage.store.disputes.listAll()).filter((d) => d.summary === inputs.summary)).to.have.length(1);
    // The same form data pressed by someone else is refused, not shown to them.
    const other = await press(h, 'link_manager', card, 'Raise dispute', inputs);
    expect(cardText(other)).to.contain('This form has already been used');
  });

  it('open vacancy', async () => {
    const card = await form(h, 'yot_manager', 'open vacancy', 'Open vacancy');
    const inputs = { yosId: 'NORTHANTS', grade: 'PSO', fte: '0.5' };
    const before = (await h.storage.store.vacancies.listAll()).length;
    const a = await press(h, 'yot_manager', card, 'Open vacancy', inputs);
    const b = await press(h, 'yot_manager', card, 'Open vacancy', inputs);
    const id = /VAC-\d{8}-\w+/.exec(cardText(a))![0];
    expect(cardText(b)).to.contain(`Vacancy ${id}`);
    expect(await h.storage.store.vacancies.listAll()).to.have.length(before + 1);
  });

  it('record review: one review, and the form shown again after a mistake keeps its id', async () => {
    const card = await form(h, 'link_manager', 'record review', 'Record meeting');
    const wrong = await press(h, 'link_manager', card, 'Record meeting', { secondmentId: 'SEC-NN-01', kind: 'three-way-review', heldDate: '2999-01-01' });
    expect(findAction(wrong, 'Record meeting').data.submissionId).to.equal(findAction(card, 'Record meeting').data.submissionId);
    const inputs = { secondmentId: 'SEC-NN-01', kind: 'three-way-review', heldDate: today, attendees: 'Priya, Helen, David' };
    await press(h, 'link_manager', wrong, 'Record meeting', inputs);
    const again = await press(h, 'link_manager', wrong, 'Record meeting', inputs);
    expect(cardText(again)).to.contain('Three-way review recorded.');
    expect(await h.storage.store.reviews.listPartition('SEC-NN-01')).to.have.length(1);
  });

  it('a claim form shown again with errors keeps its id, so its later submission is still one claim', async () => {
    const card = await form(h, 'secondee', 'claim expenses', 'Submit claim');
    const wrong = await press(h, 'secondee', card, 'Submit claim', { travelDate: today, from: '', to: 'Kettering', purpose: 'Court', mileage: '3' });
    expect(findAction(wrong, 'Submit claim').data.submissionId).to.equal(findAction(card, 'Submit claim').data.submissionId);
    const fixed = { travelDate: today, from: 'Northampton', to: 'Kettering', purpose: 'Court', mileage: '3' };
    const a = await press(h, 'secondee', wrong, 'Submit claim', fixed);
    const b = await press(h, 'secondee', wrong, 'Submit claim', fixed);
    expect(cardText(b)).to.contain(/T&S claim (TS-\d{8}-\w+)/.exec(cardText(a))![1]);
    expect(await h.storage.store.claims.listAll()).to.have.length(1);
    // Another secondee replaying this form's data gets no claim of theirs and no view of this one.
    const replay = await press(h, 'secondee_pso', wrong, 'Submit claim', fixed);
    expect(cardText(replay)).to.contain('This form has already been used');
    expect(await h.storage.store.claims.listAll()).to.have.length(1);
  });
});
