import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { validateCard } from '../../src/views/templates';
import { cardText, demoPerson, firstCard, post, say, startHarness, teamsActivity, type Harness } from '../helpers/harness';

interface QaItem {
  id: string;
  q: string;
  section: string;
  alt?: string[];
  must: string[][];
  who?: string;
}

const QA_EXAMPLES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'qa-examples.json');
const qa: QaItem[] = JSON.parse(fs.readFileSync(QA_EXAMPLES, 'utf8'));

/** Maps the examples' asker roles to demo people, so answers are also personalised. */
const WHO: Record<string, string> = {
  secondee: 'secondee',
  link_manager: 'link_manager',
  yot_manager: 'yot_manager',
  head_of_ldu: 'head_of_ldu',
  spoc: 'spoc',
};

describe('framework answers in Teams over HTTP /api/messages', function () {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h.stop());

  for (const item of qa) {
    it(`${item.id}: ${item.q}`, async () => {
      const activities = await say(h, WHO[item.who ?? ''] ?? 'secondee', item.q);
      const card = firstCard(activities);
      expect(validateCard(card)).to.deep.equal([]);
      const text = cardText(card).toLowerCase();
      if (item.section === 'none') {
        expect(text).to.contain('not covered by the framework');
        expect(text).to.not.match(/framework section/);
        expect(card.actions.length).to.be.within(1, 3);
        return;
      }
      const sections = [item.section, ...(item.alt ?? [])];
      expect(sections.some((s) => text.includes(`framework section ${s}`)), `cites one of ${sections}: ${text.slice(-200)}`).to.equal(true);
      for (const group of item.must) {
        expect(group.some((alt) => text.includes(alt.toLowerCase())), `one of ${JSON.stringify(group)}`).to.equal(true);
      }
    });
  }

  it('names the YOT manager\'s own people and deadline when they ask who handles a dispute', async () => {
    const activities = await say(h, 'yot_manager_leicester', 'who handles a dispute?');
    const text = cardText(firstCard(activities));
    expect(text).to.contain('Framework section 9.1');
    expect(text).to.contain('For Leicester City YOS: first the YOT manager Sunita Patel and the link manager David Okafor');
    expect(text).to.contain('Head of LDU Gareth Evans');
    expect(text).to.contain('SPOC Aisha Rahman must be made aware so it can be raised at the YOS Governance Board');
    expect(text).to.match(/if it is not resolved within 28 days, it is escalated to the Head of LDU Gareth Evans and the YOS senior manager .+ to resolve/);
    // Raised 30 days ago: past day 28, so escalated (9.1), and still open.
    expect(text).to.match(/Open dispute DSP-LE-01: escalated on .*; the Head of LDU and YOS senior manager are to resolve it\./);
  });

  it('gives the secondee their next review date and the YOT manager the tracker date', async () => {
    const review = cardText(firstCard(await say(h, 'secondee', 'when is my next three-way review?')));
    expect(review).to.match(/Next three-way review for Priya Shah \(SEC-NN-01\): .* \(in 5 days\)/);
    const tracker = cardText(firstCard(await say(h, 'yot_manager', 'when is the vacancy tracker due?')));
    expect(tracker).to.match(/Northamptonshire YOS's tracker is due by .* \(in 5 days\); not yet submitted/);
  });

  it('answers help with the command list, and an unknown person still gets a general answer', async () => {
    const help = cardText(firstCard(await say(h, 'secondee', 'help')));
    // Only what a secondee may use (issue 22: role-aware help); test/integration/role-aware-help covers each role.
    for (const command of ['my deadlines', 'claim expenses', 'my claims', 'my calendar']) expect(help).to.contain(command);
    for (const command of ['record review', 'raise dispute', 'tracker submitted']) expect(help).to.not.contain(command);
    const stranger = teamsActivity(h, 'secondee', { text: 'how long can a secondment last?', deliveryMode: 'expectReplies', from: { id: '29:stranger', name: 'Stranger', aadObjectId: '99999999-0000-4000-8000-000000000000' } });
    const result = await post(h, '/api/messages', stranger);
    const text = cardText(firstCard(result.body.activities));
    expect(text).to.contain('3 years');
    expect(text).to.not.contain('For you');
  });

  it('welcomes a user who installs the app, by name and role', async () => {
    const install = teamsActivity(h, 'link_manager', { type: 'installationUpdate', action: 'add', deliveryMode: 'expectReplies' });
    const result = await post(h, '/api/messages', install);
    expect(result.status).to.equal(200);
    const card = firstCard(result.body.activities);
    expect(validateCard(card)).to.deep.equal([]);
    expect(cardText(card)).to.contain('Hello David Okafor');
    expect(cardText(card)).to.contain('link manager for');
  });

  it('answers a card action with an unknown verb with an error card, not a 500', async () => {
    const invoke = teamsActivity(h, 'secondee', {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'launchMissiles', data: {} }, trigger: 'manual' },
    });
    const result = await post(h, '/api/messages', invoke);
    expect(result.status).to.equal(200);
    expect(result.body.type).to.equal('application/vnd.microsoft.card.adaptive');
    expect(cardText(result.body.value)).to.contain('not recognised');
  });

  it('answers the same question the same way every time', async () => {
    const a = cardText(firstCard(await say(h, 'secondee', 'do PSOs have to do Saturday court?')));
    const b = cardText(firstCard(await say(h, 'secondee', 'do PSOs have to do Saturday court?')));
    expect(a).to.equal(b);
    expect(demoPerson('secondee').name).to.equal('Priya Shah');
  });
});
