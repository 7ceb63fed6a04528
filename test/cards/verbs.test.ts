import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { CARDS_DIR, cardNames } from '../../src/views/templates';
import { CARD_VERBS, isCardVerb, parseVerbData } from '../../src/views/verbs';
import { CARD_ACTIONS } from '../../src/bot/actions';
import { parseSaid } from '../../src/views/say';

/** Every Action.Execute verb in a template, wherever it sits (body, actions, refresh). */
function verbsIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => verbsIn(n, found));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === 'Action.Execute' && typeof record.verb === 'string') found.add(record.verb);
    Object.values(record).forEach((v) => verbsIn(v, found));
  }
  return found;
}

/** Every Action.Submit in a template, wherever it sits. */
function submitsIn(node: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) node.forEach((n) => submitsIn(n, found));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === 'Action.Submit') found.push(record);
    Object.values(record).forEach((v) => submitsIn(v, found));
  }
  return found;
}

const templateVerbs = new Map(cardNames().map((name) => [name, verbsIn(JSON.parse(fs.readFileSync(path.join(CARDS_DIR, `${name}.json`), 'utf8')))]));

describe('card verbs: one typed union shared by the templates and the handlers', () => {
  it('every verb a card template uses is in CARD_VERBS and has a handler', () => {
    for (const [name, verbs] of templateVerbs) {
      for (const verb of verbs) {
        expect(isCardVerb(verb), `${name}.json uses "${verb}"`).to.equal(true);
        expect(CARD_ACTIONS, `${name}.json uses "${verb}"`).to.have.property(verb).that.is.a('function');
      }
    }
  });

  it('every verb in CARD_VERBS is used by some card template (no dead handlers)', () => {
    const used = new Set([...templateVerbs.values()].flatMap((v) => [...v]));
    expect(CARD_VERBS.filter((v) => !used.has(v))).to.deep.equal([]);
  });

  it('the handler table has exactly the verbs of the union', () => {
    expect(Object.keys(CARD_ACTIONS).sort()).to.deep.equal([...CARD_VERBS].sort());
  });

  it('parses a verb\'s data into typed values, trimming and capping typed text', () => {
    const parsed = parseVerbData('claim.decide', { claimId: 'TS-1', decision: 'reject', comment: `  ${'x'.repeat(600)}  ` });
    expect(parsed.ok).to.equal(true);
    if (parsed.ok) expect(parsed.data).to.deep.equal({ claimId: 'TS-1', decision: 'reject', yosId: undefined, comment: 'x'.repeat(500) });
    expect(parseVerbData('review.record', { secondmentId: 'S1' })).to.deep.equal({ ok: true, data: { secondmentId: 'S1', kind: 'three-way-review', heldDate: '', attendees: '', recruitmentStarted: '' } });
    expect(parseVerbData('claim.submit', { mileage: 12, from: 7n as unknown })).to.deep.include({ ok: true });
  });

  it('refuses unusable data with a clear error', () => {
    expect(parseVerbData('claim.decide', { claimId: 'TS-1', decision: 'maybe' })).to.deep.equal({ ok: false, error: 'That is not a decision I recognise.' });
    expect(parseVerbData('claim.decide', { decision: 'approve', claimId: { $ne: null } })).to.deep.equal({ ok: false, error: 'I cannot find that claim.' });
    expect(parseVerbData('claim.decide', { decision: 'approve', claimId: 'TS-1', yosId: 7 })).to.deep.equal({ ok: false, error: 'This card does not match the claim; nothing was changed.' });
    expect(parseVerbData('review.record', { secondmentId: 'S1', kind: 'party' })).to.deep.equal({ ok: false, error: 'That is not a kind of meeting I record.' });
    expect(parseVerbData('vacancy.fill', 'not an object')).to.deep.equal({ ok: false, error: 'I cannot find that vacancy.' });
    expect(parseVerbData('dispute.resolve', { disputeId: 'D'.repeat(65) })).to.deep.equal({ ok: false, error: 'I cannot find that dispute.' });
  });

  it('every Action.Submit is a say button ({ say } data), never msteams imBack (the Agents Playground cannot run it)', () => {
    for (const name of cardNames()) {
      for (const submit of submitsIn(JSON.parse(fs.readFileSync(path.join(CARDS_DIR, `${name}.json`), 'utf8')))) {
        expect(submit.data, `${name}.json "${String(submit.title)}"`).to.have.all.keys('say');
        expect(JSON.stringify(submit), name).to.not.match(/msteams|imBack/i);
      }
    }
  });

  it('reads a say button\'s text from untrusted message values', () => {
    expect(parseSaid({ say: '  my deadlines ' })).to.equal('my deadlines');
    expect(parseSaid({ say: 'x'.repeat(300) })).to.equal('x'.repeat(200));
    for (const value of [undefined, null, 'help', ['help'], { say: 7 }, { say: '  ' }, { text: 'help' }]) expect(parseSaid(value), JSON.stringify(value)).to.equal(null);
  });
});
