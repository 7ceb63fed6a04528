/**
 * Everything the bot says as the framework's is traceable to the framework's own text. Rules keep
 * short verbatim anchors; and every sentence of every answer, reminder, obligation subject, stage
 * text and permission reason either carries its own anchor in the section it cites, with each fact
 * it states found in the source sentence (test/helpers/grounding-check.ts), or is a labelled
 * product choice. The text is the copy in test/fixtures/ (FRAMEWORK_TEXT to use another), kept
 * equal to the team's shared original when that is beside the checkout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { RULES } from '../../src/framework/rules';
import { OBLIGATION_KINDS } from '../../src/framework/obligations';
import { FIXTURE_PATH, frameworkSections, numbersIn, plain, SHARED_PATH } from '../helpers/framework-text';
import { checkStatement, formatFindings, type Statement } from '../helpers/grounding-check';
import {
  cardStatements,
  permissionStatements,
  reminderStatements,
  ruleStatements,
  sampleObligations,
  stageStatements,
} from '../helpers/grounding-statements';

const CARDS = path.resolve(__dirname, '..', '..', '..', 'cards');

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

  it('pins a ground only to a sentence the answer has', () => {
    const stray = inScope.flatMap((r) =>
      (r.grounds ?? []).filter((g) => !plain(r.answer).includes(g.sentence)).map((g) => `${r.id}: "${g.sentence}"`),
    );
    expect(stray).to.deep.equal([]);
  });

  describe('against the text', function () {
    let sections: Map<string, string>;
    it('the fixture copy is the shared original, byte for byte (where the original is beside the checkout)', function () {
      if (!fs.existsSync(SHARED_PATH)) return; // a fresh clone has only the copy, which is what every check reads
      expect(fs.readFileSync(FIXTURE_PATH).equals(fs.readFileSync(SHARED_PATH))).to.equal(true);
    });
    before(function () {
      sections = frameworkSections();
    });

    const grounded = (statements: Statement[]): void => {
      expect(statements.length).to.be.greaterThan(0);
      const findings = statements.flatMap((s) => checkStatement(s, sections));
      expect(findings.length, `\n${formatFindings(findings)}\n`).to.equal(0);
    };

    it('finds the sections the rules cite', () => {
      for (const s of SECTIONS) expect(sections.has(s), `section ${s}`).to.equal(true);
    });

    it('finds every anchor verbatim in the section its rule cites', () => {
      const missing = inScope.flatMap((rule) =>
        rule.anchors
          .filter((a) => !plain(sections.get(rule.section!) ?? '').includes(plain(a)))
          .map((a) => `${rule.id} (${rule.section}): "${a}"`),
      );
      expect(missing).to.deep.equal([]);
    });

    it('states no number, amount or duration that its section does not', () => {
      const unsupported = inScope.flatMap((rule) => {
        const known = numbersIn(sections.get(rule.section!) ?? '');
        return [...numbersIn(rule.answer)].filter((n) => !known.has(n)).map((n) => `${rule.id} (${rule.section}): ${n}`);
      });
      expect(unsupported).to.deep.equal([]);
    });

    it('grounds every sentence of every answer in its source sentence, and labels product notes', () => {
      grounded(ruleStatements(RULES));
    });

    it('grounds the reminder wording and obligation subjects of every kind', () => {
      const obligations = sampleObligations();
      expect([...new Set(obligations.map((o) => o.kind))].sort()).to.deep.equal([...OBLIGATION_KINDS].sort());
      expect(obligations.some((o) => o.escalated)).to.equal(true);
      grounded(reminderStatements(obligations));
    });

    it('grounds the vacancy stage texts', () => {
      grounded(stageStatements());
    });

    it("grounds what the permission table's local reasons say of the framework", () => {
      grounded(permissionStatements());
    });

    it("grounds what the cards' own texts attribute to a section", () => {
      grounded(cardStatements(CARDS));
    });
  });
});
