/**
 * A question is worked out once, whoever asks: the asker's own lines are added to the general
 * answer (withPersonal). That must be exactly what answering with the asker's context gives, for
 * every kind of person in the demo records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { answerQuestion, withPersonal } from '../../src/framework/answer';
import { todayInLondon } from '../../src/framework/dates';
import { DEMO_PEOPLE, loadDemoData } from '../../src/cli/demo';
import { configureAnswering } from '../../src/services/english-words';
import { factsOf } from '../../src/services/snapshot-facts';
import { startTestStorage, type TestStorage } from '../helpers/azurite';
import type { PersonalContext } from '../../src/framework/personal';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');

/** Every 15th question of the fixture sets: a spread over every rule and way of asking. */
function sampleQuestions(): string[] {
  const all = fs
    .readdirSync(FIXTURES)
    .filter((f) => /^qa-.*\.json$/.test(f))
    .sort()
    .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(FIXTURES, f), 'utf8')) as { q: string }[]).map((x) => x.q.trim()));
  return [...new Set(all)].filter((_, i) => i % 15 === 0);
}

describe('one general answer serves every asker', function () {
  this.timeout(120_000);
  let storage: TestStorage;
  let contexts: PersonalContext[];
  before(async () => {
    configureAnswering();
    storage = await startTestStorage();
    const today = todayInLondon();
    await loadDemoData(storage.store, today, 'test');
    const facts = await factsOf(storage.store).get(today);
    contexts = DEMO_PEOPLE.map((p) => facts.context(p.email)).filter((c): c is PersonalContext => !!c);
  });
  after(async () => storage.azurite.stop());

  it("adding the asker's lines to the general answer gives what asking with their context gives", () => {
    const questions = sampleQuestions();
    let compared = 0;
    let personal = 0;
    for (const question of questions) {
      const general = answerQuestion(question);
      for (const ctx of contexts) {
        const expected = answerQuestion(question, ctx);
        expect(withPersonal(general, ctx), question).to.deep.equal(expected);
        compared += 1;
        if (expected.personal.length) personal += 1;
      }
    }
    expect(contexts.length).to.be.greaterThan(10);
    expect(questions.length).to.be.greaterThan(500);
    // Enough of them have personal lines for the comparison to mean something.
    expect(personal).to.be.greaterThan(compared / 10);
  });

  it('with no context, or a rule with no personal facts, the general answer is returned as it is', () => {
    const general = answerQuestion('who handles a dispute?');
    expect(withPersonal(general, null)).to.equal(general);
    const declined = answerQuestion('what is the capital of France?');
    expect(declined.section).to.equal(null);
    expect(withPersonal(declined, contexts[0])).to.equal(declined);
  });
});
