import { expect } from 'chai';
import { addDays, todayInLondon } from '../../src/framework/dates';
import { log, logSink } from '../../src/log';
import { importCsv } from '../../src/cli/csv-import';
import { forgetPerson } from '../../src/services/forget';
import { firstCard, introduceEveryone, post, press, say, startHarness, teamsActivity, type Harness } from '../helpers/harness';

describe('privacy', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => {
    h = await startHarness({ env: { MicrosoftAppPassword: 'SUPER-SECRET-PASSWORD' } });
    await introduceEveryone(h);
  });
  after(async () => h.stop());

  it('logs are structured and carry ids, never amounts, free text or secrets', async () => {
    const lines: string[] = [];
    const write = logSink.write;
    const level = log.level;
    logSink.write = (line) => void lines.push(line);
    log.level = 'debug';
    try {
      const form = firstCard(await say(h, 'secondee', 'claim expenses'));
      await press(h, 'secondee', form, 'Submit claim', {
        travelDate: addDays(todayInLondon(), -1), from: 'Home address 12 Acacia Avenue', to: 'Victim liaison visit', purpose: 'CONFIDENTIAL-PURPOSE', amount: '987.65', confirmAmount: '98765',
      });
      const disputeForm = firstCard(await say(h, 'yot_manager', 'raise dispute'));
      await press(h, 'yot_manager', disputeForm, 'Raise dispute', { yosId: 'NORTHANTS', summary: 'SECRET-SUMMARY-TEXT about a named officer' });
      await say(h, 'secondee', 'PRIVATE-QUESTION-TEXT what is my sick pay?');
      await post(h, '/api/notify', {}, { authorization: 'Bearer WRONG-BEARER-SECRET' });
      await post(h, '/api/messages', teamsActivity(h, 'secondee', { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'no.such.verb' } } }));
      await h.app.runSweep(addDays(todayInLondon(), 1));
    } finally {
      logSink.write = write;
      log.level = level;
    }
    expect(lines.length).to.be.greaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line)).to.not.throw();
    const all = lines.join('');
    for (const secret of ['987.65', '98765', 'Acacia', 'CONFIDENTIAL-PURPOSE', 'SECRET-SUMMARY-TEXT', 'PRIVATE-QUESTION-TEXT', 'WRONG-BEARER-SECRET', 'SUPER-SECRET-PASSWORD', 'test-notify-key', 'Eby8vdM02x']) {
      expect(all, secret).to.not.contain(secret);
    }
    expect(all).to.contain('unknown card action');
  });

  it('yosbot forget removes personal data, keeps the evidence, and records that it did', async () => {
    const store = h.storage.store;
    const leaver = { email: 'leaver@probation.example.org', aad: '00000000-0000-4000-8000-0000000000ee' };
    const imported = await importCsv(store, 'people', `email,name,aad_object_id\n${leaver.email},Lee Leaver,${leaver.aad}\n`, 'test');
    expect(imported.problems).to.deep.equal([]);
    await post(h, '/api/messages', teamsActivity(h, 'secondee', { text: 'help', deliveryMode: 'expectReplies', from: { id: '29:leaver', name: 'Lee Leaver', aadObjectId: leaver.aad }, conversation: { id: 'a:leaver', conversationType: 'personal' } }));
    expect(await store.conversationRefs.get(leaver.aad)).to.not.equal(null);
    const token = await store.calendarTokens.tokenFor(leaver.email);

    const result = await forgetPerson(store, 'Leaver@Probation.example.org', 'cli:test');
    expect(result.ok).to.equal(true);
    expect(await store.people.get(leaver.email)).to.equal(null);
    expect(await store.conversationRefs.get(leaver.aad)).to.equal(null);
    expect(await store.calendarTokens.emailFor(token)).to.equal(null);
    const trail = await store.audit.month(new Date().toISOString().slice(0, 7));
    const entry = trail.find((e) => e.action === 'forget');
    expect(entry!.entityId).to.match(/^sha256:[0-9a-f]{16}$/);
    expect(JSON.stringify(entry)).to.not.contain('leaver@');
    // Earlier audit entries (the evidence) are kept.
    expect(trail.some((e) => e.entity === 'People' && e.entityId === leaver.email && e.action === 'create')).to.equal(true);
  });

  it('refuses to forget someone who still holds a role', async () => {
    const result = await forgetPerson(h.storage.store, 'helen.carter@northamptonshire.example.org', 'cli:test');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error).to.contain('still holds roles (YOT manager of Northamptonshire YOS');
    expect(await h.storage.store.people.get('helen.carter@northamptonshire.example.org')).to.not.equal(null);
  });
});
