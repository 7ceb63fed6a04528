import { expect } from 'chai';
import { addDays, nextWorkingDay, todayInLondon } from '../../src/framework/dates';
import { DEMO_PEOPLE } from '../../src/cli/demo';
import { main, type Io } from '../../src/cli/main';
import { validateCard } from '../../src/views/templates';
import { claimInputs, cardText, post, press, say, firstCard, startHarness, type Harness } from '../helpers/harness';

const TEAM = '19:yos-team@thread.tacv2';

/** Runs the CLI in-process against the harness's Azurite. */
async function yosbot(h: Harness, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const saved = process.env.TABLES_CONNECTION_STRING;
  process.env.TABLES_CONNECTION_STRING = h.storage.azurite.connectionString;
  try {
    return { code: await main(['node', 'yosbot', ...args], io), out, err };
  } finally {
    process.env.TABLES_CONNECTION_STRING = saved;
  }
}

/** The conversationUpdate Teams sends to a team's General channel. */
function teamUpdate(h: Harness, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'conversationUpdate', id: `cu-${Math.random()}`, channelId: 'msteams', serviceUrl: h.connector.url, timestamp: new Date().toISOString(),
    from: { id: '29:admin', aadObjectId: '00000000-0000-4000-8000-0000000000ad' }, recipient: { id: '28:yosbot', name: 'YOS bot' },
    conversation: { id: TEAM, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
    channelData: { team: { id: TEAM, name: 'Northamptonshire YOS' }, tenant: { id: 'tenant-1' }, eventType: 'teamMemberAdded' },
    ...fields,
  };
}

async function addBotToTeam(h: Harness, keys: string[]): Promise<void> {
  for (const p of DEMO_PEOPLE.filter((x) => keys.includes(x.key))) {
    h.connector.addMember(TEAM, { id: `29:${p.key}`, name: p.name, aadObjectId: p.aadObjectId, email: p.email });
  }
  const res = await post(h, '/api/messages', teamUpdate(h, { membersAdded: [{ id: '28:yosbot' }] }));
  expect(res.status).to.be.oneOf([200, 201]);
  await h.app.bot.rosters.idle();
}

describe('reaching people who never wrote to the bot: team rosters (HTTP, Azurite, mock connector)', function () {
  this.timeout(90_000);
  const asOf = nextWorkingDay(addDays(todayInLondon(), 1));
  let h: Harness;
  beforeEach(async () => (h = await startHarness({ connector: { createNeedsRoster: true, rosterPageSize: 3 } })));
  afterEach(async () => h.stop());

  it('one sweep reaches every must-act person exactly once through chats opened from the roster; a second sends nothing', async () => {
    await addBotToTeam(h, DEMO_PEOPLE.map((p) => p.key));
    expect(h.connector.pagedMemberCalls).to.equal(Math.ceil(DEMO_PEOPLE.length / 3)); // followed every continuation token
    expect(await h.storage.store.roster.teamSize('tenant-1', TEAM)).to.equal(DEMO_PEOPLE.length);
    expect(await h.storage.store.conversationRefs.all()).to.deep.equal([]); // nobody has written to the bot

    const dry = JSON.parse((await yosbot(h, 'sweep', '--as-of', asOf, '--dry-run', '--json')).out);
    expect(dry.planned).to.be.greaterThan(5);
    expect(dry.noReference).to.deep.equal([]);
    h.connector.sent.length = 0;
    const run = await yosbot(h, 'sweep', '--as-of', asOf, '--json');
    expect(run.code, run.err).to.equal(0);
    const first = JSON.parse(run.out);
    expect(first).to.include({ planned: dry.planned, sent: dry.planned, failed: 0, unreachable: 0 });
    const recipients = new Set(dry.reminders.map((r: { recipient: string }) => r.recipient));
    expect(first.opened).to.equal(recipients.size);
    expect(h.connector.created.map((c) => c.params.members[0].id).sort()).to.deep.equal(
      DEMO_PEOPLE.filter((p) => recipients.has(p.email)).map((p) => `29:${p.key}`).sort(),
    );
    const delivered = h.connector.sent.map((s) => `${s.conversationId}|${JSON.stringify(s.activity.attachments[0].content.body.slice(0, 2))}`);
    expect(delivered).to.have.length(dry.planned);
    expect(new Set(delivered).size).to.equal(dry.planned);
    for (const s of h.connector.sent) expect(validateCard(s.activity.attachments[0].content)).to.deep.equal([]);
    expect((await h.storage.store.conversationRefs.get(DEMO_PEOPLE[1].aadObjectId))).to.include({ via: 'roster', serviceUrl: h.connector.url });

    const second = JSON.parse((await yosbot(h, 'sweep', '--as-of', asOf, '--json')).out);
    expect(second).to.include({ planned: 0, sent: 0, opened: 0 });
    expect(h.connector.sent).to.have.length(dry.planned);
    expect(h.connector.created).to.have.length(recipients.size);
  });

  it('a T&S claim reaches a YOT manager who never wrote to the bot at once, through the roster', async () => {
    await addBotToTeam(h, ['yot_manager']);
    const form = firstCard(await say(h, 'secondee', 'claim expenses'));
    const claimCard = await press(h, 'secondee', form, 'Submit claim', claimInputs({ amount: '3.50' }), 'm-form');
    expect(cardText(claimCard)).to.not.contain('has not opened a chat');
    const toApprover = h.connector.sent.filter((s) => s.conversationId === 'a:personal-29:yot_manager' && s.activity.summary === 'T&S claim to sign off');
    expect(toApprover).to.have.length(1);
    expect(h.connector.created.map((c) => c.params.members[0].id)).to.deep.equal(['29:yot_manager']);
  });

  it('members leaving update the roster; the bot leaving forgets it', async () => {
    await addBotToTeam(h, ['secondee', 'link_manager', 'spoc']);
    h.connector.members.delete(`${TEAM}|29:spoc`);
    await post(h, '/api/messages', teamUpdate(h, { membersRemoved: [{ id: '29:spoc', aadObjectId: DEMO_PEOPLE.find((p) => p.key === 'spoc')!.aadObjectId }] }));
    await h.app.bot.rosters.idle();
    expect(await h.storage.store.roster.teamSize('tenant-1', TEAM)).to.equal(2);
    expect(await h.storage.store.roster.byEmail('aisha.rahman@probation.example.org')).to.deep.equal([]);
    await post(h, '/api/messages', teamUpdate(h, { membersRemoved: [{ id: '28:yosbot' }] }));
    await h.app.bot.rosters.idle();
    expect(await h.storage.store.roster.teamSize('tenant-1', TEAM)).to.equal(0);
  });

  it('yosbot reach lists each person with a role and how they are reached, or why not and what to do', async () => {
    await say(h, 'secondee', 'help'); // Priya has a chat
    await addBotToTeam(h, DEMO_PEOPLE.filter((p) => p.key !== 'spoc').map((p) => p.key));
    const rows = JSON.parse((await yosbot(h, 'reach', '--json')).out) as { email: string; how: string; ready: boolean; roles: string[]; reason: string | null; action: string | null }[];
    const row = (email: string) => rows.find((r) => r.email === email)!;
    expect(row('priya.shah@probation.example.org')).to.include({ how: 'chat', ready: true });
    expect(row('helen.carter@northamptonshire.example.org')).to.include({ how: 'roster', ready: false });
    expect(row('helen.carter@northamptonshire.example.org').roles).to.include('YOT manager of Northamptonshire YOS');
    const spoc = row('aisha.rahman@probation.example.org');
    expect(spoc.how).to.equal('unreachable');
    expect(spoc.reason).to.contain('in no team the bot is in');
    expect(spoc.action).to.contain('setup policy');
    expect(rows[0].how).to.equal('unreachable'); // those needing action come first
    const table = (await yosbot(h, 'reach')).out;
    expect(table).to.match(/aisha\.rahman@probation\.example\.org\s+unreachable/);
    expect(table).to.contain('to do: set GRAPH_TENANT_ID');
  });
});

describe('the SPOC reach card over HTTP', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => (h = await startHarness({ connector: { createNeedsRoster: true } })));
  after(async () => h.stop());

  it('shows a SPOC who in their division can be reached and what to do for the rest; others are told it is for SPOCs', async () => {
    await addBotToTeam(h, ['secondee', 'link_manager', 'yot_manager']);
    const card = firstCard(await say(h, 'spoc', 'who can you reach?'));
    expect(validateCard(card)).to.deep.equal([]);
    const text = cardText(card);
    expect(text).to.contain('Helen Carter (helen.carter@northamptonshire.example.org) - roster (chat opens with the first message)');
    expect(text).to.contain('Aisha Rahman (aisha.rahman@probation.example.org) - chat (they opened it)');
    expect(text).to.match(/Mark Jennings .* - unreachable/);
    expect(text).to.contain('To do: ask your Teams administrator');
    expect(text).to.not.match(/GRAPH_|SECRET|yosbot/); // admin advice is for the README and the CLI
    expect(text).to.not.contain('Joanne Hughes'); // another division's people are not on it
    expect(cardText(firstCard(await say(h, 'secondee', 'who can you reach')))).to.contain('for divisional SPOCs');
  });
});
