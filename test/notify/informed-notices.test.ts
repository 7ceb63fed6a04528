/**
 * Issue 19 item 2: every person an obligation lists as informed gets one notice card per
 * obligation, through the outbox, exactly once across sweeps, restarts and concurrent instances;
 * and sees the item in "my deadlines" under "For your information" until it closes.
 * Real sweeps against Azurite with the mock Bot Connector, on the demo data.
 */
import { expect } from 'chai';
import { addDays, nextWorkingDay, todayInLondon, type CivilDate } from '../../src/framework/dates';
import { openObligations } from '../../src/framework/obligations';
import { ConnectorSender } from '../../src/notify/sender';
import { sweep, type SweepDeps } from '../../src/notify/sweep';
import { latestStage, NOTICE_STAGE } from '../../src/notify/policy';
import { noticeRecipients } from '../../src/notify/notices';
import { Store } from '../../src/store/store';
import { validateCard } from '../../src/views/templates';
import { cardText, demoPerson, firstCard, say, startIntroducedHarness, type Harness } from '../helpers/harness';
import { yosbot } from '../helpers/cli';

const deps = (store: Store, instanceId: string): SweepDeps => ({
  store,
  sender: new ConnectorSender({ baseDelayMs: 20, maxDelayMs: 200 }),
  instanceId,
});
const conversationOf = (key: string) => `a:personal-29:${key}`;

/** Notice cards (their first line) a demo person received. */
function noticesTo(h: Harness, key: string): string[] {
  return h.connector
    .activitiesTo(conversationOf(key))
    .filter((a) => String(a.summary ?? '').startsWith('For your information'))
    .map((a) => String(a.attachments[0].content.body[0].text));
}

/** (obligation id, recipient) of every notice the outbox records as sent. */
async function sentNotices(store: Store, obligationIds: string[]): Promise<string[]> {
  const rows = (await Promise.all(obligationIds.map((id) => store.outbox.history(id)))).flat();
  return rows.filter((r) => r.stage === NOTICE_STAGE && r.status === 'sent').map((r) => `${r.obligationId}|${r.recipient}`);
}

describe('notices to informed people (Azurite + mock Bot Connector)', function () {
  this.timeout(90_000);
  const asOf: CivilDate = nextWorkingDay(addDays(todayInLondon(), 1));
  let h: Harness;

  beforeEach(async () => {
    h = await startIntroducedHarness();
  });
  afterEach(async () => h.stop());

  it('every informed person of an obligation in its reminder window gets exactly one notice; those who must act get reminders instead', async () => {
    const result = await sweep(deps(h.storage.store, 'a'), { asOf });
    expect(result.failed).to.equal(0);
    const snapshot = await h.storage.store.readSnapshot(asOf);
    const inWindow = openObligations(snapshot, asOf).filter((o) => latestStage(o, asOf) !== null);
    const expected = inWindow.flatMap((o) => noticeRecipients(o, snapshot).map((r) => `${o.id}|${r}`)).sort();
    expect(expected.length).to.be.greaterThan(8);
    expect(
      (
        await sentNotices(
          h.storage.store,
          inWindow.map((o) => o.id),
        )
      ).sort(),
    ).to.deep.equal(expected);

    // 5.4: the return-plan meeting is "between YOS manager, NPS link manager and secondee": all three know.
    const returnPlan = 'For your information: Return-plan meeting due';
    expect(noticesTo(h, 'secondee').filter((t) => t === returnPlan)).to.have.length(1);
    expect(noticesTo(h, 'yot_manager').filter((t) => t === returnPlan)).to.have.length(1);
    expect(noticesTo(h, 'link_manager')).to.not.include(returnPlan); // must act: reminded, not noticed
    // 5.5 stage 4: "YOT manager is to be informed".
    expect(noticesTo(h, 'yot_manager_leeds')).to.include('For your information: Vacancy at stage 4');
    const card = h.connector
      .activitiesTo(conversationOf('yot_manager_leeds'))
      .find((a) => String(a.summary).startsWith('For your information: vacancy-stage-4'))!;
    const text = cardText(card.attachments[0].content);
    expect(text).to.contain('You are informed: no action is asked of you.');
    expect(text).to.contain(`Must act\n${demoPerson('link_manager').name}`);
    expect(text).to.contain('Framework section\n5.5');
    for (const s of h.connector.sent) expect(validateCard(s.activity.attachments[0].content)).to.deep.equal([]);
  });

  it('the escalated dispute: the SPOC gets its one "made aware" card (9.1) and no second notice of the same news', async () => {
    await sweep(deps(h.storage.store, 'a'), { asOf });
    const spoc = h.connector.activitiesTo(conversationOf('spoc'));
    const aboutDispute = spoc.filter((a) => JSON.stringify(a.attachments[0].content).includes('DSP-LE-01'));
    expect(aboutDispute).to.have.length(1);
    expect(cardText(aboutDispute[0].attachments[0].content)).to.contain('you are not asked to decide it');
    expect(noticesTo(h, 'spoc').some((t) => t.includes('Dispute'))).to.equal(false);
  });

  it('two concurrent sweeps send each notice once; later sweeps (new reminder stages, a restarted store) send none again', async () => {
    const [a, b] = await Promise.all([
      sweep(deps(h.storage.store, 'instance-a'), { asOf }),
      sweep(deps(h.storage.store, 'instance-b'), { asOf }),
    ]);
    expect(a.failed + b.failed).to.equal(0);
    expect(a.sent + b.sent).to.equal(a.planned);
    const firstRound = h.connector.sent
      .filter((s) => String(s.activity.summary).startsWith('For your information'))
      .map((s) => `${s.conversationId}|${s.activity.attachments[0].content.body[1].text}`);
    expect(firstRound.length).to.be.greaterThan(8);
    expect(new Set(firstRound).size).to.equal(firstRound.length);

    // A restart: a new Store on the same tables, a different instance, a later day with new reminder stages.
    const restarted = await Store.open(h.storage.azurite.connectionString);
    const later = nextWorkingDay(addDays(asOf, 3));
    const again = await sweep(deps(restarted, 'after-restart'), { asOf: later });
    expect(again.failed).to.equal(0);
    const secondRound = h.connector.sent
      .filter((s) => String(s.activity.summary).startsWith('For your information'))
      .map((s) => `${s.conversationId}|${s.activity.attachments[0].content.body[1].text}`);
    // Only obligations that came into the window since then may add notices; none repeats.
    expect(new Set(secondRound).size).to.equal(secondRound.length);
    for (const n of firstRound) expect(secondRound.filter((x) => x === n)).to.have.length(1);
    expect(again.sent).to.be.greaterThan(0); // reminders still go at their new stages
  });

  it('yosbot sweep --dry-run --json lists each notice as an entry for that person and kind, and none once sent', async () => {
    const saved = process.env.TABLES_CONNECTION_STRING;
    process.env.TABLES_CONNECTION_STRING = h.storage.azurite.connectionString;
    try {
      const dry = async () => {
        const r = await yosbot('sweep', '--dry-run', '--json', '--as-of', asOf);
        expect(r.code, r.err).to.equal(0);
        return JSON.parse(r.out) as { reminders: { stage: string; when: string; recipient: string; kind: string; key: string }[] };
      };
      const before = (await dry()).reminders.filter((r) => r.stage === NOTICE_STAGE);
      expect(before).to.deep.include({
        key: before.find((r) => r.kind === 'return-plan' && r.recipient === demoPerson('secondee').email)!.key,
        stage: 'notice',
        when: 'notice to an informed person, once',
        recipient: demoPerson('secondee').email,
        kind: 'return-plan',
      });
      expect(before.some((r) => r.kind === 'vacancy-stage-4' && r.recipient === demoPerson('yot_manager_leeds').email)).to.equal(true);
      expect(h.connector.sent).to.have.length(0); // a dry run sends nothing
      await sweep(deps(h.storage.store, 'a'), { asOf });
      expect((await dry()).reminders.filter((r) => r.stage === NOTICE_STAGE)).to.deep.equal([]);
    } finally {
      process.env.TABLES_CONNECTION_STRING = saved;
    }
  });

  it('my deadlines shows what I am informed of under "For your information" until it closes', async () => {
    const deadlines = async () => cardText(firstCard(await say(h, 'yot_manager_leeds', 'my deadlines')));
    const [act, fyi] = (await deadlines()).split('For your information');
    expect(fyi).to.contain('Stage 4 for PSO vacancy VAC-LS-01');
    expect(fyi).to.contain(`must act: ${demoPerson('link_manager').name}`);
    expect(fyi).to.not.contain('Stage 5');
    // No stage-5 item before stage 4 is recorded (5.5: stage 5 follows the recorded stage 4).
    expect(act).to.not.contain('Stage 5').and.not.contain('Stage 4');
    // Closed (the post filled): gone.
    const stored = (await h.storage.store.vacancies.get('VAC-LS-01'))!;
    await h.storage.store.vacancies.update(stored, { ...stored.record, filledDate: todayInLondon() }, 'test');
    expect(await deadlines()).to.not.contain('VAC-LS-01');
  });
});
