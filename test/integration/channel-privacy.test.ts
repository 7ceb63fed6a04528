/**
 * A team channel is not private (issue 22, item 3): personal answers and forms go to the person's
 * 1:1 chat; the channel is told only that. Real HTTP on loopback, Azurite, the mock connector.
 */
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { DEMO_PEOPLE } from '../../src/cli/demo';
import { cardText, demoPerson, post, say, startHarness, teamsActivity, type Harness } from '../helpers/harness';

const TEAM = '19:general@thread.tacv2';

/** A message in the team's General channel, as Teams sends it. */
function inChannel(h: Harness, fromKey: string, fields: Record<string, unknown>): Record<string, unknown> {
  return teamsActivity(h, fromKey, {
    conversation: { id: `${TEAM};messageid=${randomUUID()}`, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
    channelData: { team: { id: TEAM, name: 'Northamptonshire YOS' }, channel: { id: TEAM }, tenant: { id: 'tenant-1' } },
    ...fields,
  });
}

async function sayInChannel(h: Harness, fromKey: string, text: string): Promise<any[]> {
  const result = await post(h, '/api/messages', inChannel(h, fromKey, { text, deliveryMode: 'expectReplies' }));
  expect(result.status, result.text).to.equal(200);
  await h.app.background.idle();
  return result.body.activities;
}

/** Everything the channel could read in the bot's replies. */
function readable(activities: any[]): string {
  return activities.map((a) => [a.text ?? '', ...(a.attachments ?? []).map((x: any) => cardText(x.content))].join('\n')).join('\n');
}

/** Personal data of a demo person that must never appear in a shared conversation. */
function personalMarks(key: string): string[] {
  const p = demoPerson(key);
  return [p.name, p.email, ...DEMO_PEOPLE.filter((x) => x.key !== key).map((x) => x.name)];
}

function expectNothingPersonal(text: string, key: string): void {
  for (const mark of personalMarks(key)) expect(text, mark).to.not.contain(mark);
  expect(text).to.not.match(/\b(TS|DSP|REV|VAC)-\d/); // claim, dispute, review, vacancy references
  expect(text).to.not.match(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/);
}

describe('channels are not private (HTTP, Azurite, mock connector)', function () {
  this.timeout(90_000);
  let h: Harness;
  beforeEach(async () => (h = await startHarness({ connector: { createNeedsRoster: true } })));
  afterEach(async () => h.stop());

  it('"my deadlines" in a channel: the channel hears it was sent privately; the 1:1 chat gets the card', async () => {
    await say(h, 'secondee', 'help'); // the secondee has a 1:1 chat with the bot
    h.connector.sent.length = 0;
    const replies = await sayInChannel(h, 'secondee', 'my deadlines');
    const channelText = readable(replies);
    expect(channelText).to.contain('sent that to you in a private chat');
    expectNothingPersonal(channelText, 'secondee');
    expect(replies.flatMap((a) => a.attachments ?? [])).to.deep.equal([]);

    const privately = h.connector.sent.filter((s) => s.conversationId === 'a:personal-29:secondee');
    expect(privately).to.have.length(1);
    const card = privately[0].activity.attachments[0].content;
    expect(cardText(card)).to.match(/deadline/i);
    expect(h.connector.sent.filter((s) => s.conversationId.startsWith(TEAM))).to.deep.equal([]);
  });

  it('someone who never wrote to the bot: the 1:1 chat is opened from the team roster, as reminders do', async () => {
    const p = demoPerson('yot_manager');
    h.connector.addMember(TEAM, { id: `29:${p.key}`, name: p.name, aadObjectId: p.aadObjectId, email: p.email });
    await post(h, '/api/messages', {
      ...inChannel(h, 'yot_manager', {}),
      type: 'conversationUpdate', text: undefined, membersAdded: [{ id: '28:yosbot' }], conversation: { id: TEAM, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
    });
    await h.app.bot.rosters.idle();
    h.connector.sent.length = 0;

    const replies = await sayInChannel(h, 'yot_manager', 'raise dispute');
    expect(readable(replies)).to.contain('sent that to you in a private chat');
    expect(h.connector.created.map((c) => c.params.members[0].id)).to.deep.equal(['29:yot_manager']);
    const form = h.connector.sent.find((s) => s.conversationId === 'a:personal-29:yot_manager')!.activity.attachments[0].content;
    expect(JSON.stringify(form)).to.contain('Input.'); // the form went to the 1:1 chat...
    expect(JSON.stringify(replies)).to.not.contain('Input.'); // ...and none into the channel
  });

  it('no private chat can be opened: the channel says how to ask privately, and shows nothing personal', async () => {
    const replies = await sayInChannel(h, 'secondee', 'claim expenses');
    const text = readable(replies);
    expect(text).to.contain('could not open one with you');
    expectNothingPersonal(text, 'secondee');
    expect(JSON.stringify(replies)).to.not.contain('Input.');
  });

  it('a framework question in a channel gets the rule without naming the asker\'s people', async () => {
    const privately = readable(await say(h, 'yot_manager', 'who handles a dispute?'));
    expect(privately).to.contain(demoPerson('head_of_ldu').name); // the 1:1 answer is personal...
    const inTheChannel = readable(await sayInChannel(h, 'yot_manager', 'who handles a dispute?'));
    expect(inTheChannel).to.contain('28 days'); // ...the channel gets the rule (9.1)...
    expectNothingPersonal(inTheChannel, 'yot_manager'); // ...and no names or dates
  });

  it('the team install greeting names nobody', async () => {
    const res = await post(h, '/api/messages', {
      ...inChannel(h, 'spoc', {}), type: 'conversationUpdate', membersAdded: [{ id: '28:yosbot' }],
      conversation: { id: TEAM, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' }, deliveryMode: 'expectReplies',
    });
    const text = readable(res.body.activities);
    expect(text).to.contain('Hello everyone');
    expectNothingPersonal(text, 'spoc');
    expect(text).to.not.match(/SPOC|I know you as/);
  });
});
