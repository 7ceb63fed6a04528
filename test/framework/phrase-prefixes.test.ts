import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { FoldOpenings, patternOpenings } from '../../src/framework/phrase-prefixes';
import { PHRASES } from '../../src/framework/phrases';
import { PHRASINGS } from '../../src/framework/phrasings';
import { NOT_COVERED_TOPICS, FRAMEWORK_CONTRASTS } from '../../src/framework/not-covered';
import { RULES } from '../../src/framework/rules';

/** Texts people and rules write, lower-cased as normalise sees them, with the folds applied one by one (every string a fold is run on). */
function foldInputs(): string[] {
  const examples = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'qa-examples.json'), 'utf8')) as { q: string }[]).map((x) => x.q);
  const texts = [
    ...examples,
    ...RULES.flatMap((r) => [r.title, r.answer, ...r.terms, ...r.asked, ...r.anchors]),
    ...Object.values(PHRASINGS).flat(),
    ...NOT_COVERED_TOPICS.flatMap((t) => [t.title, ...t.phrasings]),
    ...FRAMEWORK_CONTRASTS,
  ];
  const inputs: string[] = [];
  for (const text of texts) {
    let s = ` ${text.toLowerCase()} `;
    for (const [pattern, replacement] of PHRASES) {
      inputs.push(s);
      s = s.replace(pattern, replacement).replace(/ {2,}/g, ' ');
    }
  }
  return [...new Set(inputs)];
}

describe('phrase folds skipped only when they cannot match (no I/O)', () => {
  it('reads the openings of the pattern constructs the folds use', () => {
    expect([...patternOpenings('(?<![a-z0-9])(?:yots?|yoss?)(?![a-z0-9])')].sort()).to.deep.equal(['yos', 'yot']);
    expect([...patternOpenings('ab?c')].sort()).to.deep.equal(['abc', 'ac']);
    expect([...patternOpenings('x*y')].sort()).to.deep.equal(['xxx', 'xxy', 'xy', 'y']);
    expect([...patternOpenings('a{4}b')]).to.deep.equal(['aaa']);
    expect([...patternOpenings('(?:ab|c)+d')].sort()).to.deep.equal(['aba', 'abc', 'abd', 'cab', 'cca', 'ccc', 'ccd', 'cd']);
    expect([...patternOpenings('stage ([1-5])')]).to.deep.equal(['sta']);
    expect([...patternOpenings('(?<=(?:is|are) [^?.!,]{0,40})(?:really )?for(?= ?\\?)')].sort()).to.deep.equal(['for', 'rea']);
    expect([...patternOpenings('a.c')]).to.deep.equal(['a']);
  });

  it('always runs a fold whose opening it cannot tell', () => {
    for (const source of ['\\wq', '[^a]b', '.x', '(?:a|)*b', 'a{', '(?<name>x)']) expect([...patternOpenings(source)], source).to.deep.equal(['']);
  });

  it('marks every fold that matches, on every string a fold is run on', () => {
    const openings = new FoldOpenings(PHRASES.map(([pattern]) => pattern.source));
    const marks = new Uint8Array(PHRASES.length);
    let matched = 0;
    let skipped = 0;
    for (const s of foldInputs()) {
      openings.candidates(s, marks);
      PHRASES.forEach(([pattern], i) => {
        pattern.lastIndex = 0;
        const matches = pattern.test(s);
        pattern.lastIndex = 0;
        if (matches) matched += 1;
        if (!marks[i]) skipped += 1;
        if (matches && !marks[i]) expect.fail(`fold ${i} (${pattern.source.slice(0, 60)}) matches ${JSON.stringify(s)} but was skipped`);
      });
    }
    // It is worth having: most folds are skipped on most strings.
    expect(matched).to.be.greaterThan(1000);
    expect(skipped).to.be.greaterThan(10 * matched);
  });
});
