import { expect } from 'chai';
import { post, startHarness, teamsActivity, type Harness } from '../helpers/harness';

/**
 * Fields the turn relies on are checked at the door (src/bot/activity-guard.ts), as `membersAdded`
 * already was: a malformed one gets 400 with a JSON error naming it, and nothing runs (no storage
 * call, no generic apology sent back).
 */
describe('malformed activity fields are refused at the door (HTTP on loopback)', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => {
    h = await startHarness({ storageProxy: true });
  });
  after(async () => h.stop());

  const teamUpdate = (fields: Record<string, unknown>) =>
    teamsActivity(h, 'yot_manager', {
      type: 'conversationUpdate',
      conversation: { id: '19:team@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1' },
      channelData: { tenant: { id: 'tenant-1' }, team: { id: '19:team@thread.tacv2' }, eventType: 'teamMemberRemoved' },
      ...fields,
    });

  const cases: [string, () => Record<string, unknown>, string][] = [
    ['membersRemoved not an array', () => teamUpdate({ membersRemoved: { id: '28:yosbot' } }), 'activity.membersRemoved must be an array'],
    ['membersRemoved as a string', () => teamUpdate({ membersRemoved: '28:yosbot' }), 'activity.membersRemoved must be an array'],
    [
      'membersRemoved entry without an id',
      () => teamUpdate({ membersRemoved: [{ name: 'x' }] }),
      'activity.membersRemoved entries need an id',
    ],
    [
      'conversation.tenantId a number',
      () => ({
        ...teamsActivity(h, 'secondee', { text: 'help' }),
        conversation: { id: 'a:personal-29:secondee', conversationType: 'personal', tenantId: 42 },
      }),
      'activity.conversation.tenantId must be a string',
    ],
    [
      'conversation.tenantId an object',
      () => ({ ...teamsActivity(h, 'secondee', { text: 'help' }), conversation: { id: 'a:personal-29:secondee', tenantId: { id: 't' } } }),
      'activity.conversation.tenantId must be a string',
    ],
    [
      'channelId missing',
      () => {
        const { channelId: _gone, ...rest } = teamsActivity(h, 'secondee', { text: 'help' });
        return rest;
      },
      'activity.channelId is required',
    ],
    ['channelId empty', () => teamsActivity(h, 'secondee', { text: 'help', channelId: '' }), 'activity.channelId is required'],
    ['channelId a number', () => teamsActivity(h, 'secondee', { text: 'help', channelId: 7 }), 'activity.channelId is required'],
  ];

  for (const [what, activity, error] of cases) {
    it(`${what}: 400 {"error": "${error}"}, nothing stored, nothing sent`, async () => {
      const storageCalls = h.proxy!.requests.length;
      const sent = h.connector.sent.length;
      const r = await post(h, '/api/messages', activity());
      expect(r.status).to.equal(400);
      expect(r.body).to.deep.equal({ error });
      await h.app.background.idle();
      expect(h.proxy!.requests.length, 'no storage call').to.equal(storageCalls);
      expect(h.connector.sent.length, 'no apology or anything else sent').to.equal(sent);
    });
  }

  it('well-formed ones still pass: an empty membersRemoved, no tenantId, a channel message', async () => {
    expect((await post(h, '/api/messages', teamUpdate({ membersRemoved: [] }))).status).to.be.oneOf([200, 201]);
    const { tenantId: _none, ...conversation } = teamsActivity(h, 'secondee', {}).conversation as Record<string, unknown>;
    expect(
      (await post(h, '/api/messages', teamsActivity(h, 'secondee', { text: 'help', conversation, deliveryMode: 'expectReplies' }))).status,
    ).to.equal(200);
  });
});
