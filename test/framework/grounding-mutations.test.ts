/**
 * The grounding check can fail: each recorded wrong edit (test/helpers/grounding-mutations.ts),
 * applied to a copy of the data in memory, must be caught, for the reason it is wrong, while the
 * real data passes (grounding.test.ts).
 */
import path from 'node:path';
import { expect } from 'chai';
import { RULES, type Rule } from '../../src/framework/rules';
import { frameworkSections } from '../helpers/framework-text';
import { checkStatement, formatFindings, type Statement } from '../helpers/grounding-check';
import { MUTATIONS, type Mutation } from '../helpers/grounding-mutations';
import {
  cardStatements,
  permissionStatements,
  reminderStatements,
  ruleStatements,
  sampleObligations,
  stageStatements,
} from '../helpers/grounding-statements';

function mutated(m: Mutation, others: Statement[]): Statement[] {
  const replace = (text: string, where: string): string => {
    expect(text, `mutation "${m.name}": "${m.from}" is no longer in ${where}; update the mutation`).to.include(m.from);
    return text.replace(m.from!, m.to!);
  };
  if (m.rule) {
    const rules: Rule[] = structuredClone(RULES);
    const rule = rules.find((r) => r.id === m.rule);
    expect(rule, `rule ${m.rule}`).to.not.equal(undefined);
    if (m.section) rule!.section = m.section;
    if (m.from) rule!.answer = replace(rule!.answer, `rule ${m.rule}`);
    return ruleStatements([rule!]);
  }
  // Card texts share a file, so a card mutation names the file and is found by its text.
  const statement = others.find((s) => s.id === m.statement || (s.id.startsWith(`${m.statement} `) && s.text.includes(m.from!)));
  expect(statement, `statement ${m.statement}`).to.not.equal(undefined);
  return [{ ...statement!, text: replace(statement!.text, m.statement!) }];
}

describe('grounding check: every recorded mutation fails it', function () {
  let sections: Map<string, string>;
  const others = [
    ...reminderStatements(sampleObligations()),
    ...stageStatements(),
    ...permissionStatements(),
    ...cardStatements(path.resolve(__dirname, '..', '..', '..', 'cards')),
  ];
  before(function () {
    sections = frameworkSections();
  });

  it('records at least the six from issue 19 and six more', () => {
    expect(MUTATIONS.length).to.be.at.least(12);
    expect(new Set(MUTATIONS.map((m) => m.name)).size).to.equal(MUTATIONS.length);
  });

  for (const m of MUTATIONS) {
    it(`catches: ${m.name}`, () => {
      const findings = mutated(m, others).flatMap((s) => checkStatement(s, sections));
      expect(findings.length, `mutation "${m.name}" passed the check`).to.be.greaterThan(0);
      expect(formatFindings(findings)).to.match(m.reason, `mutation "${m.name}" caught for another reason:\n${formatFindings(findings)}`);
    });
  }
});
