/**
 * Answers whatever the Bot Connector does (issue 13): with Teams' connector refusing connections or
 * accepting them and never answering, every answer, for people the records know and people they do
 * not, arrives within 2 s; the roster look-up that identifies strangers is bounded and remembered.
 * The bounds are generous behaviours, not timings: the benchmark measures speed.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { CONNECTOR_TIMEOUT_MS, ROSTER_TIMEOUT_MS } from '../../src/bot/connector-limits';
import { UNIDENTIFIED_NOTES } from '../../src/services/ask';
import { cardText, demoPerson, firstCard, post, startHarness, teamsActivity, type Harness } from '../helpers/harness';
import { startDeadConnectors, type DeadConnectors } from '../helpers/dead-connector';

const BOUND_MS = 2000;
const QUESTION = 'who handles a dispute?';

/** A person Teams knows and the records do not. */
const stranger = () => ({ id: `29:stranger-${randomUUID()}`, name: 'Stranger', aadObjectId: randomUUID() });

describe('answers when the Bot Connector is down', function () {
  this.timeout(60_000);
  let h: Harness;
  let dead: DeadConnectors;
  before(async () => {
    h = await startHarness();
    dead = await startDeadConnectors();
  });
  after(async () => {
    await dead.close();
    await h.stop();
  });

  /** Asks as Teams does when it wants the replies in the HTTP response; returns the card text and the time taken. */
  async function ask(serviceUrl: string, from: Record<string, string>): Promise<{ text: string; ms: number }> {
    const started = Date.now();
    const result = await post(h, '/api/messages', teamsActivity(h, 'secondee', { text: QUESTION, deliveryMode: 'expectReplies', serviceUrl, from, conversation: { id: `a:personal-${from.id}`, conversationType: 'personal', tenantId: 'tenant-1' } }));
    expect(result.status).to.equal(200);
    return { text: cardText(firstCard(result.body.activities)), ms: Date.now() - started };
  }

  const known = (key: string) => {
    const p = demoPerson(key);
    return { id: `29:${p.key}`, name: p.name, aadObjectId: p.aadObjectId };
  };

  for (const state of ['refusing', 'silent'] as const) {
    it(`connector ${state}: a known person gets the personal answer within 2 s, every time`, async () => {
      const url = dead[state];
      for (const key of ['yot_manager_leicester', 'yot_manager_leicester', 'secondee']) {
        const { text, ms } = await ask(url, known(key));
        expect(ms, `answered in ${ms} ms`).to.be.below(BOUND_MS);
        expect(text).to.contain('Framework section 9.1');
        expect(text).to.contain('For you');
      }
    });

    it(`connector ${state}: someone the records do not know gets the general answer within 2 s, with a note why`, async () => {
      const url = dead[state];
      const who = stranger();
      for (let i = 0; i < 3; i++) {
        const { text, ms } = await ask(url, who);
        expect(ms, `answered in ${ms} ms`).to.be.below(BOUND_MS);
        expect(text).to.contain('Framework section 9.1');
        expect(text).to.not.contain('For you');
        expect(text).to.contain(UNIDENTIFIED_NOTES['teams-unavailable']);
      }
    });
  }

  it('asks the roster once per person while it stays unanswered, not once per message', async () => {
    const who = stranger();
    const before = dead.silentConnections();
    const first = await ask(dead.silent, who);
    expect(first.ms).to.be.at.least(ROSTER_TIMEOUT_MS - 50); // it did wait for the roster, once
    for (let i = 0; i < 3; i++) expect((await ask(dead.silent, who)).ms).to.be.below(ROSTER_TIMEOUT_MS);
    expect(dead.silentConnections() - before).to.equal(1);
  });

  it('a reply that has to go through a dead connector ends the HTTP request in time, for Teams to get its answer', async () => {
    const send = (serviceUrl: string, from: Record<string, string>) => {
      const started = Date.now();
      const activity = teamsActivity(h, 'secondee', { text: QUESTION, serviceUrl, from, conversation: { id: `a:personal-${from.id}`, conversationType: 'personal', tenantId: 'tenant-1' } });
      return post(h, '/api/messages', activity).then((r) => ({ status: r.status, ms: Date.now() - started }));
    };
    const results = await Promise.all([send(dead.silent, known('secondee')), send(dead.silent, stranger()), send(dead.refusing, known('link_manager')), send(dead.refusing, stranger())]);
    for (const r of results) {
      expect(r.status).to.equal(200);
      // At most a roster look-up and one bounded send: no apology sent the same dead way after it.
      expect(r.ms).to.be.below(ROSTER_TIMEOUT_MS + CONNECTOR_TIMEOUT_MS + 1500);
    }
  });
});

describe('identifying people through a working roster', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h.stop());

  it('finds a person by the roster email once, remembers it, and tells a stranger why the answer is general', async () => {
    const priya = demoPerson('secondee');
    const from = { id: '29:priya-new-device', name: 'Priya', aadObjectId: randomUUID() };
    const conversation = { id: 'a:personal-29:priya-new-device', conversationType: 'personal', tenantId: 'tenant-1' };
    h.connector.addMember(conversation.id, { id: from.id, name: priya.name, aadObjectId: from.aadObjectId, email: priya.email.toUpperCase() });
    const askAs = async (who: Record<string, string>, conv: Record<string, string>) => {
      const result = await post(h, '/api/messages', teamsActivity(h, 'secondee', { text: QUESTION, deliveryMode: 'expectReplies', from: who, conversation: conv }));
      return cardText(firstCard(result.body.activities));
    };
    const requestsBefore = h.connector.requests;
    const first = await askAs(from, conversation);
    expect(first).to.contain('For you');
    expect(first).to.contain('Northamptonshire YOS');
    const afterFirst = h.connector.requests;
    expect(afterFirst - requestsBefore).to.equal(1);
    expect(await askAs(from, conversation)).to.contain('For you');
    expect(h.connector.requests).to.equal(afterFirst);

    const nobody = { id: '29:nobody', name: 'Nobody', aadObjectId: randomUUID() };
    const text = await askAs(nobody, { id: 'a:personal-29:nobody', conversationType: 'personal', tenantId: 'tenant-1' });
    expect(text).to.contain('Framework section 9.1');
    expect(text).to.not.contain('For you');
    expect(text).to.contain(UNIDENTIFIED_NOTES['not-in-records']);
  });

  it('a question with nothing personal to add needs no note, known or not', async () => {
    const result = await post(h, '/api/messages', teamsActivity(h, 'secondee', { text: 'what is the overhead contribution for a PO?', deliveryMode: 'expectReplies', from: stranger() }));
    const text = cardText(firstCard(result.body.activities));
    expect(text).to.match(/Framework section \d/);
    for (const note of Object.values(UNIDENTIFIED_NOTES)) expect(text).to.not.contain(note);
  });
});
