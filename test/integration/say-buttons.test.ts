/**
 * Say buttons (Action.Submit with `{ say }` data: follow-up questions, help, my deadlines) arrive
 * as a message with no text and the data as `value`, as Teams and the Agents Playground send them;
 * the bot must answer exactly as if the words had been typed.
 */
import { expect } from 'chai';
import { cardText, firstCard, post, say, startHarness, teamsActivity, type Harness } from '../helpers/harness';

async function press(h: Harness, fromKey: string, value: unknown): Promise<any[]> {
  const result = await post(h, '/api/messages', teamsActivity(h, fromKey, { value, deliveryMode: 'expectReplies' }));
  expect(result.status).to.equal(200);
  return result.body.activities;
}

describe('say buttons over HTTP /api/messages', function () {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h.stop());

  it('a follow-up question button gets the same answer as typing the question', async () => {
    const typed = cardText(firstCard(await say(h, 'yot_manager', 'who handles a dispute?')));
    const pressed = cardText(firstCard(await press(h, 'yot_manager', { say: 'who handles a dispute?' })));
    expect(pressed).to.contain('Framework section 9.1');
    expect(pressed).to.equal(typed);
  });

  it('every follow-up button on an answer card answers with the rule it names', async () => {
    const card = firstCard(await say(h, 'secondee', 'how long can a secondment last?'));
    expect(card.actions.length).to.be.greaterThan(0);
    for (const action of card.actions) {
      expect(action).to.deep.include({ type: 'Action.Submit', data: { say: action.title } });
      const answer = firstCard(await press(h, 'secondee', action.data));
      expect(answer.body[0].text).to.equal(action.title);
    }
  });

  it('command buttons run their command: help, my deadlines, my calendar', async () => {
    expect(cardText(firstCard(await press(h, 'secondee', { say: 'help' })))).to.contain('What I can do');
    expect(cardText(firstCard(await press(h, 'secondee', { say: 'my deadlines' })))).to.contain('Your deadlines');
    expect(cardText(firstCard(await press(h, 'secondee', { say: 'my calendar' })))).to.contain('Your deadlines in Outlook');
  });

  it('a submit with no usable say data is not taken for a question: the help card answers', async () => {
    for (const value of [{ say: 42 }, { say: '   ' }, { other: 'who handles a dispute?' }, 'who handles a dispute?', null]) {
      const text = cardText(firstCard(await press(h, 'secondee', value)));
      expect(text, JSON.stringify(value)).to.contain('What I can do');
    }
  });

  it('typed text wins over any value the message carries', async () => {
    const result = await post(h, '/api/messages', teamsActivity(h, 'secondee', { text: 'help', value: { say: 'who handles a dispute?' }, deliveryMode: 'expectReplies' }));
    expect(cardText(firstCard(result.body.activities))).to.contain('What I can do');
  });
});
