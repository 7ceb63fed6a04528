import { expect } from 'chai';
import { addDays, todayInLondon } from '../../src/framework/dates';
import { validateCard } from '../../src/views/templates';
import { cardText, firstCard, introduceEveryone, press, say, startHarness, type Harness } from '../helpers/harness';

const typed = {
  travelDate: addDays(todayInLondon(), -2),
  from: 'Northampton',
  to: 'Kettering Magistrates',
  purpose: 'Court report',
  mileage: '24',
};

function input(card: any, id: string): any {
  return card.body.find((b: any) => b.id === id);
}

describe('T&S amounts as people type them, and confirming a large one (HTTP, Azurite)', function () {
  this.timeout(30_000);
  let h: Harness;
  let form: any;

  beforeEach(async () => {
    h = await startHarness();
    await introduceEveryone(h);
    form = firstCard(await say(h, 'secondee', 'claim expenses'));
    expect(validateCard(form)).to.deep.equal([]);
    expect(input(form, 'confirmAmount'), 'no confirmation asked before an amount is typed').to.equal(undefined);
    expect(cardText(form)).to.contain('T&S amounts over £500 are asked to be confirmed before they are submitted (product default');
  });
  afterEach(async () => h.stop());

  it('"3,50" is refused with how to write it (it used to be stored as £350.00); nothing is stored', async () => {
    const again = await press(h, 'secondee', form, 'Submit claim', { ...typed, amount: '3,50' }, 'm-form');
    expect(validateCard(again)).to.deep.equal([]);
    expect(cardText(again)).to.contain(
      '"3,50" has a comma where a decimal point goes, so I cannot tell what it means. Write it with a full stop, e.g. 3.50',
    );
    expect(input(again, 'amount').value).to.equal('3,50');
    expect(await h.storage.store.claims.listAll()).to.deep.equal([]);
  });

  it('"£1,234.50" is read as £1,234.50, and submitted only once the secondee confirms that amount', async () => {
    const asked = await press(h, 'secondee', form, 'Submit claim', { ...typed, amount: '£1,234.50' }, 'm-form');
    expect(validateCard(asked)).to.deep.equal([]);
    const text = cardText(asked);
    expect(text).to.contain('Nothing submitted yet: please confirm the amount.');
    expect(text).to.contain('Please confirm £1,234.50: it is more than £500.00');
    expect(text).to.contain('a product check, not a framework limit');
    expect(input(asked, 'amount').value, 'what was typed is kept').to.equal('£1,234.50');
    expect(input(asked, 'to').value).to.equal('Kettering Magistrates');
    const toggle = input(asked, 'confirmAmount');
    expect(toggle).to.include({ type: 'Input.Toggle', title: 'This amount is right', valueOn: '123450', value: '' });
    expect(await h.storage.store.claims.listAll()).to.deep.equal([]);

    // Submitting again without ticking still stores nothing.
    const still = await press(h, 'secondee', asked, 'Submit claim', { ...typed, amount: '£1,234.50', confirmAmount: 'false' }, 'm-form');
    expect(cardText(still)).to.contain('Please confirm £1,234.50');
    expect(await h.storage.store.claims.listAll()).to.deep.equal([]);

    const claimCard = await press(
      h,
      'secondee',
      still,
      'Submit claim',
      { ...typed, amount: '£1,234.50', confirmAmount: toggle.valueOn },
      'm-form',
    );
    expect(cardText(claimCard)).to.contain('Waiting for sign-off by');
    expect(cardText(claimCard)).to.contain('£1234.50');
    const claims = await h.storage.store.claims.listAll();
    expect(claims.map((c) => c.amountPence)).to.deep.equal([123450]);
  });

  it('a tick given for one amount does not confirm a different one typed afterwards', async () => {
    const asked = await press(h, 'secondee', form, 'Submit claim', { ...typed, amount: '1,234' }, 'm-form');
    expect(input(asked, 'confirmAmount').valueOn).to.equal('123400');
    const changed = await press(h, 'secondee', asked, 'Submit claim', { ...typed, amount: '12,340', confirmAmount: '123400' }, 'm-form');
    expect(cardText(changed)).to.contain('Please confirm £12,340.00');
    expect(input(changed, 'confirmAmount')).to.include({ valueOn: '1234000', value: '' });
    expect(await h.storage.store.claims.listAll()).to.deep.equal([]);
  });

  it('an ordinary amount goes straight through: no confirmation for £3.50 or £500.00', async () => {
    const claimCard = await press(h, 'secondee', form, 'Submit claim', { ...typed, amount: '500' }, 'm-form');
    expect(cardText(claimCard)).to.contain('Waiting for sign-off by');
    expect((await h.storage.store.claims.listAll()).map((c) => c.amountPence)).to.deep.equal([50_000]);
  });
});
