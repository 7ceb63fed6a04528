/**
 * Each person sees the commands and buttons their role may use (issue 22, item 4), derived from
 * the permission table. Real HTTP on loopback, Azurite, the mock connector.
 */
import { expect } from 'chai';
import { DEMO_PEOPLE } from '../../src/cli/demo';
import { abilitiesOf } from '../../src/framework/permissions';
import { commandsFor } from '../../src/views/chat-cards';
import { validateCard } from '../../src/views/templates';
import { cardText, firstCard, press, say, startHarness, type Harness } from '../helpers/harness';

/** The command names on a help card (the FactSet's titles). */
function offered(card: any): string[] {
  return card.body.find((b: any) => b.type === 'FactSet').facts.map((f: any) => f.title);
}

function buttons(card: any): string[] {
  return (card.actions ?? []).map((a: any) => a.title);
}

describe('role-aware help (HTTP, Azurite, mock connector)', function () {
  this.timeout(90_000);
  let h: Harness;
  before(async () => (h = await startHarness()));
  after(async () => h.stop());

  it('a secondee is offered claims and deadlines, not the board agenda, tracker, vacancies or disputes', async () => {
    const card = firstCard(await say(h, 'secondee', 'help'));
    expect(validateCard(card)).to.deep.equal([]);
    expect(offered(card)).to.include.members(['help', 'my deadlines', 'claim expenses', 'my claims', 'my calendar']);
    for (const refused of ['board agenda', 'tracker submitted', 'vacancies', 'open vacancy', 'raise dispute', 'record review', 'who can you reach']) {
      expect(offered(card), refused).to.not.include(refused);
    }
    expect(buttons(card)).to.include('Claim expenses');
  });

  it('a YOT manager is not offered "claim expenses" (they are no secondee), but is offered the tracker and their claims to sign off', async () => {
    const card = firstCard(await say(h, 'yot_manager', 'help'));
    expect(offered(card)).to.not.include('claim expenses');
    expect(buttons(card)).to.not.include('Claim expenses');
    expect(offered(card)).to.include.members(['tracker submitted', 'my claims', 'raise dispute', 'record review']);
    expect(offered(card)).to.not.include.members(['board agenda', 'who can you reach']);
  });

  it('a SPOC is offered the board agenda and the reach report; a link manager neither', async () => {
    expect(offered(firstCard(await say(h, 'spoc', 'help')))).to.include.members(['board agenda', 'who can you reach']);
    const link = offered(firstCard(await say(h, 'link_manager', 'help')));
    expect(link).to.not.include.members(['board agenda']);
    expect(link).to.not.include('who can you reach');
  });

  it('a refused stage keeps what the person typed and says who can record it', async () => {
    const typed = 'Advert placed with HR, reference ADV-1234, closing in two weeks';
    const stageButton = { type: 'Action.Execute', title: 'Record stage', verb: 'vacancy.stage', data: { vacancyId: 'VAC-LS-01' } };
    const today = new Date().toISOString().slice(0, 10);
    const card = await press(h, 'yot_manager_leeds', { actions: [stageButton] }, 'Record stage', { stage: '1', date: today, evidence: typed, stageCover: 'none' });
    expect(cardText(card)).to.match(/Only the .*link manager.* for Leeds YOS can do that/);
    expect(JSON.stringify(card)).to.contain(typed); // the evidence box still holds it
    expect(validateCard(card)).to.deep.equal([]);
  });

  it('every command offered to a demo person is one they may use: none answers with a refusal', async () => {
    const world = await h.storage.store.snapshot(new Date().toISOString().slice(0, 10));
    for (const p of DEMO_PEOPLE) {
      for (const c of commandsFor(abilitiesOf(p.email, world))) {
        if (c.command === 'help') continue;
        const text = cardText(firstCard(await say(h, p.key, c.command)));
        expect(text, `${p.key}: ${c.command}`).to.not.match(/^(Not your|For SPOCs|No active secondment|Only )/m);
      }
    }
  });
});
