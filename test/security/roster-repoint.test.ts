/**
 * Anonymous mode (no app id): nothing proves a team conversationUpdate came from Teams. A roster
 * from an unauthenticated activity may create rows, but never re-point (or remove) rows stored from
 * another serviceUrl, as for conversation references: a second loopback "connector" claiming the
 * same team cannot redirect the approval card of a manager who has no chat with the bot.
 */
import { expect } from 'chai';
import { DEMO_PEOPLE } from '../../src/cli/demo';
import { MockConnector } from '../helpers/mock-connector';
import { claimInputs, cardText, demoPerson, firstCard, post, press, say, startHarness, type Harness } from '../helpers/harness';

const TEAM = '19:yos-team@thread.tacv2';
const manager = demoPerson('yot_manager');

/** The conversationUpdate a team's General channel sends when the bot is added, from `connector`. */
function botAdded(connector: MockConnector, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'conversationUpdate',
    id: `cu-${Math.random()}`,
    channelId: 'msteams',
    serviceUrl: connector.url,
    timestamp: new Date().toISOString(),
    from: { id: '29:admin', aadObjectId: '00000000-0000-4000-8000-0000000000ad' },
    recipient: { id: '28:yosbot', name: 'YOS bot' },
    conversation: { id: TEAM, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
    channelData: { team: { id: TEAM, name: 'Northamptonshire YOS' }, tenant: { id: 'tenant-1' }, eventType: 'teamMemberAdded' },
    membersAdded: [{ id: '28:yosbot' }],
    ...fields,
  };
}

function seat(connector: MockConnector, keys: string[], emailOf: (p: (typeof DEMO_PEOPLE)[number]) => string = (p) => p.email): void {
  for (const p of DEMO_PEOPLE.filter((x) => keys.includes(x.key)))
    connector.addMember(TEAM, { id: `29:${p.key}`, name: p.name, aadObjectId: p.aadObjectId, email: emailOf(p) });
}

describe('anonymous mode: a forged team install never re-points the roster', function () {
  this.timeout(60_000);
  let h: Harness;
  let attacker: MockConnector;
  const send = async (activity: Record<string, unknown>) => {
    expect((await post(h, '/api/messages', activity)).status).to.be.oneOf([200, 201]);
    await h.app.bot.rosters.idle();
  };

  beforeEach(async () => {
    h = await startHarness({ connector: { createNeedsRoster: true } });
    attacker = new MockConnector({ createNeedsRoster: true });
    await attacker.start();
    seat(h.connector, ['yot_manager', 'secondee', 'link_manager']);
    await send(botAdded(h.connector));
  });
  afterEach(async () => {
    await h.stop();
    await attacker.stop();
  });

  it("a second connector's install of the same team leaves every stored row's serviceUrl, the tenant's and the email index as they were", async () => {
    const roster = h.storage.store.roster;
    seat(attacker, ['yot_manager', 'secondee', 'link_manager', 'spoc'], (p) => (p.key === 'spoc' ? manager.email : p.email));
    await send(botAdded(attacker));
    for (const key of ['yot_manager', 'secondee', 'link_manager']) {
      const rows = await roster.byAadObjectId(demoPerson(key).aadObjectId);
      expect(
        rows.map((r) => r.serviceUrl),
        key,
      ).to.deep.equal([h.connector.url]);
    }
    expect(await roster.serviceUrlFor('tenant-1')).to.equal(h.connector.url);
    // A new row may be created (as a first conversation reference may), but not take over an address.
    expect((await roster.byAadObjectId(demoPerson('spoc').aadObjectId)).map((r) => r.serviceUrl)).to.deep.equal([attacker.url]);
    expect((await roster.byEmail(manager.email)).map((r) => r.aadObjectId)).to.deep.equal([manager.aadObjectId]);
  });

  it('a forged "bot removed" or "member removed" from another connector removes nothing', async () => {
    const roster = h.storage.store.roster;
    await send(botAdded(attacker, { membersAdded: undefined, membersRemoved: [{ id: '28:yosbot' }] }));
    expect(await roster.teamSize('tenant-1', TEAM)).to.equal(3);
    await send(
      botAdded(attacker, {
        membersAdded: undefined,
        membersRemoved: [{ id: '29:secondee', aadObjectId: demoPerson('secondee').aadObjectId }],
      }),
    );
    expect(await roster.teamSize('tenant-1', TEAM)).to.equal(3);
    expect((await roster.byAadObjectId(manager.aadObjectId)).map((r) => r.serviceUrl)).to.deep.equal([h.connector.url]);
  });

  it('after the forged install, the approval card for a manager with no chat still goes through the real connector', async () => {
    seat(attacker, ['yot_manager', 'secondee', 'link_manager']);
    await send(botAdded(attacker));
    const form = firstCard(await say(h, 'secondee', 'claim expenses'));
    const card = await press(h, 'secondee', form, 'Submit claim', claimInputs({ amount: '3.50' }), 'm-form');
    expect(cardText(card)).to.contain('Waiting for sign-off');
    expect(
      h.connector.sent.filter((s) => s.conversationId === 'a:personal-29:yot_manager' && s.activity.summary === 'T&S claim to sign off'),
    ).to.have.length(1);
    expect(
      attacker.sent.filter((s) => s.conversationId !== TEAM).map((s) => s.conversationId),
      'only its own channel heard back',
    ).to.deep.equal([]);
    expect(attacker.created).to.deep.equal([]);
  });

  it('the same connector still keeps its own roster current (members leaving are removed)', async () => {
    h.connector.members.delete(`${TEAM}|29:secondee`);
    await send(
      botAdded(h.connector, {
        membersAdded: undefined,
        membersRemoved: [{ id: '29:secondee', aadObjectId: demoPerson('secondee').aadObjectId }],
      }),
    );
    expect(await h.storage.store.roster.teamSize('tenant-1', TEAM)).to.equal(2);
  });
});
