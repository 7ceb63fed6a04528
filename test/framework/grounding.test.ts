/**
 * Every rule is traceable to the framework's own text: its anchors are verbatim in the section it
 * cites, and every number, amount or duration its answer states occurs in that section. The text
 * lives outside the repository (FRAMEWORK_TEXT or ../shared/framework/...); CI always has it.
 */
import fs from 'node:fs';
import { expect } from 'chai';
import { RULES } from '../../src/framework/rules';
import { frameworkTextPath, numbersIn, parseSections, plain } from '../helpers/framework-text';

/** Sections a link manager, secondee, YOT manager, Head of LDU or SPOC could ask about. */
const SECTIONS = ['1', '1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3', '4', '5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '6', '7', '8', '9.1'];

describe('rules grounded in the framework text', function () {
  const inScope = RULES.filter((r) => r.section !== null);

  it('covers every section of the framework that people ask about', () => {
    const cited = new Set(inScope.map((r) => r.section));
    expect(SECTIONS.filter((s) => !cited.has(s))).to.deep.equal([]);
  });

  it('gives every rule a few short anchors', () => {
    for (const rule of inScope) {
      expect(rule.anchors.length, rule.id).to.be.within(1, 6);
      for (const anchor of rule.anchors) expect(anchor.split(/\s+/).length, `${rule.id}: "${anchor}"`).to.be.at.most(14);
    }
  });

  describe('against the text', function () {
    let sections: Map<string, string>;
    before(function () {
      const file = frameworkTextPath();
      if (!file) {
        console.log('      framework text not found (set FRAMEWORK_TEXT or put ../shared/framework/ beside the checkout): grounding checks DID NOT RUN');
        this.skip();
      }
      sections = parseSections(fs.readFileSync(file!, 'utf8'));
    });

    it('finds the sections the rules cite', () => {
      for (const s of SECTIONS) expect(sections.has(s), `section ${s}`).to.equal(true);
    });

    it('finds every anchor verbatim in the section its rule cites', () => {
      const missing = inScope.flatMap((rule) => rule.anchors.filter((a) => !plain(sections.get(rule.section!) ?? '').includes(plain(a))).map((a) => `${rule.id} (${rule.section}): "${a}"`));
      expect(missing).to.deep.equal([]);
    });

    it('states no number, amount or duration that its section does not', () => {
      const unsupported = inScope.flatMap((rule) => {
        const known = numbersIn(sections.get(rule.section!) ?? '');
        return [...numbersIn(rule.answer)].filter((n) => !known.has(n)).map((n) => `${rule.id} (${rule.section}): ${n}`);
      });
      expect(unsupported).to.deep.equal([]);
    });

    it('detects a number the text does not state (the check can fail)', () => {
      const known = numbersIn(sections.get('9.1')!);
      expect(known.has('28')).to.equal(true);
      expect(known.has('14')).to.equal(false);
      expect([...numbersIn('within 14 days (section 9.1), £5,000')]).to.deep.equal(['14', '5000']);
    });
  });
});
