/**
 * Chat routing (issue 22, item 5): ordinary chat reaches its command, and no framework question
 * from the question rounds is taken by a command or by small talk (they stay with the answerer).
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { WORKFLOW_COMMANDS } from '../../src/bot/commands';
import { claimExpenses } from '../../src/bot/commands/claim-expenses';
import { myClaims } from '../../src/bot/commands/my-claims';
import { whatsDue } from '../../src/bot/commands/whats-due';
import { GREETING, THANKS } from '../../src/bot/small-talk';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');

function roundQuestions(): string[] {
  const questions: string[] = [];
  for (const file of fs.readdirSync(FIXTURES).filter((f) => f.startsWith('qa') && f.endsWith('.json'))) {
    const data = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
    const items: unknown[] = Array.isArray(data) ? data : (Object.values(data).find(Array.isArray) as unknown[]) ?? [];
    for (const item of items) {
      const q = typeof item === 'string' ? item : ((item as { q?: string; question?: string }).q ?? (item as { question?: string }).question);
      if (q) questions.push(q);
    }
  }
  return questions;
}

describe('chat routing', () => {
  it('greetings and thanks are small talk; questions that start with a greeting are not', () => {
    for (const t of ['hi', 'Hello!', 'good morning', 'hey there', 'Morning all']) expect(GREETING.test(t), t).to.equal(true);
    for (const t of ['thanks!', 'Cheers', 'thank you so much', 'ok thanks', 'ta']) expect(THANKS.test(t), t).to.equal(true);
    for (const t of ['hi, who handles a dispute?', 'thanks, but how long can a secondment last?']) expect(GREETING.test(t) || THANKS.test(t), t).to.equal(false);
  });

  it('ordinary words reach the claim form, the claims list and the person\'s deadlines', () => {
    for (const t of ['expenses', 'submit expenses', 'claim', 'new claim', 'claim expenses', 'Submit a claim']) expect(claimExpenses.pattern.test(t), t).to.equal(true);
    for (const t of ['my claims', 'My T&S claims', 'my expenses']) expect(myClaims.pattern.test(t), t).to.equal(true);
    for (const t of ['when is my next review?', "what's due for me", 'what do I owe?', 'what is on my plate?']) expect(whatsDue.pattern.test(t), t).to.equal(true);
  });

  it('no framework question from the question rounds is taken by a command or small talk', () => {
    const questions = roundQuestions();
    expect(questions.length).to.be.greaterThan(500);
    const taken = questions.filter((q) => GREETING.test(q) || THANKS.test(q) || WORKFLOW_COMMANDS.some((c) => c.pattern.test(q)));
    expect(taken).to.deep.equal([]);
  });
});
