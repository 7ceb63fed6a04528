/**
 * Everything the bot says as the framework's, as statements for the grounding check: rule answers
 * and their product notes, reminder wording (asks, consequence, timing note), obligation subject
 * lines, the vacancy stage texts and the permission table's reasons.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Rule } from '../../src/framework/rules';
import { PERMISSIONS, type Action } from '../../src/framework/permissions';
import { VACANCY_STAGES } from '../../src/framework/vacancies';
import { openObligations, type Obligation } from '../../src/framework/obligations';
import { REMINDER_TIMING_NOTE, reminderWording } from '../../src/views/reminder-wording';
import type { Ground, Statement } from './grounding-check';
import { absence, dispute, secondment, snapshot, vacancy, YOS } from './records';

export function ruleStatements(rules: readonly Rule[]): Statement[] {
  return rules
    .filter((r) => r.section !== null)
    .flatMap((r) => [
      { id: `rule ${r.id}`, sections: [r.section!], text: r.answer, grounds: r.grounds },
      // The bot shows a product note under its label; what it says of the framework must still hold.
      ...(r.productNote ? [{ id: `rule ${r.id} (product note)`, sections: [r.section!], text: r.productNote, productChoice: true }] : []),
    ]);
}

/** One open obligation of every kind (and both phases of a dispute), from a small snapshot. */
export function sampleObligations(): Obligation[] {
  const snap = snapshot({
    people: [{ email: 'po@example.org', name: 'Pat Officer' }],
    secondments: [secondment()],
    boards: [{ board: 'YOS Governance Board', meetingDate: '2027-06-10' } as never],
    disputes: [dispute({ disputeId: 'D1', raisedDate: '2027-01-04' }), dispute({ disputeId: 'D2', raisedDate: '2027-03-20' })],
    vacancies: [vacancy(), vacancy({ vacancyId: 'V2', noApplicantsDate: '2027-04-01' }), vacancy({ vacancyId: 'V3', stage: 4, stageDate: '2027-03-15' })],
    absences: [absence({ absenceId: 'A1', kind: 'maternity', startDate: '2027-05-01' }), absence({ absenceId: 'A2', kind: 'sickness', startDate: '2027-03-01' })],
    claims: [
      {
        claimId: 'C1',
        yosId: YOS.yosId,
        secondmentId: 'S1',
        secondeeEmail: 'po@example.org',
        approverEmail: YOS.yotManagerEmail,
        submittedDate: '2027-04-01',
        travelDate: '2027-03-30',
        status: 'pending',
      } as never,
    ],
  });
  return openObligations(snap, '2027-04-10');
}

/** Record values (dates, ids, names, FTE) are the user's data, not claims about the framework. */
function maskRecordValues(text: string): string {
  return text
    .replace(/ at [^,:]+, vacant since \d{4}-\d{2}-\d{2}/g, '')
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, '')
    .replace(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4}\b/g, '')
    .replace(/\b(?:S1|C1|D1|D2|V1|V2|V3|A1|A2|NORTHANTS@[\w-]+)\b/g, '')
    .replace(new RegExp(`${YOS.name}|Pat Officer`, 'g'), '')
    .replace(/\(\d+(?:\.\d+)? FTE\)|\((?:PO|PSO), \)/g, '')
    .replace(/\b(?:PO|PSO) vacancy\b/g, 'vacancy')
    // The subject's lead names the record's state in the text's own condition ("Where there are no applicants").
    .replace(/^No applicants for vacancy[^:]*: /, 'Where there are no applicants ');
}

/** Pins for reminder sentences whose words differ too much from the text (as `grounds` in rules.ts). */
const REMINDER_GROUNDS: Record<string, Ground[]> = {
  'reminder expense-signoff (consequence)': [
    { sentence: 'The secondee cannot submit', source: 'must get sign off for expenses by YOS manager before submitting' },
  ],
};

export function reminderStatements(obligations: Obligation[]): Statement[] {
  const seen = new Set<string>();
  const out: Statement[] = [{ id: 'reminder timing note', sections: [], text: REMINDER_TIMING_NOTE, productChoice: true }];
  for (const o of obligations) {
    const key = `${o.kind}${o.escalated ? ' (escalated)' : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const w = reminderWording(o);
    out.push({ id: `reminder ${key} (asks)`, sections: [o.section], text: maskRecordValues(w.asks) });
    out.push({
      id: `reminder ${key} (consequence)`,
      sections: [o.section],
      text: maskRecordValues(w.consequence),
      grounds: REMINDER_GROUNDS[`reminder ${key} (consequence)`],
    });
    out.push({ id: `obligation ${key} (subject)`, sections: [o.section], text: maskRecordValues(o.subject) });
  }
  return out;
}

export function stageStatements(): Statement[] {
  return VACANCY_STAGES.map((s) => ({ id: `vacancy stage ${s.stage}`, sections: ['5.5'], text: s.framework }));
}

/** The local column is a product choice by construction; what its reason says of the framework must hold. */
export function permissionStatements(): Statement[] {
  return (Object.keys(PERMISSIONS) as Action[])
    .filter((a) => PERMISSIONS[a].localWhy)
    .map((a) => ({ id: `permission ${a} (local reason)`, sections: [], text: PERMISSIONS[a].localWhy!, productChoice: true }));
}

/**
 * Card texts that cite the framework ("Framework 5.3: ...", "Three-way review (quarterly, 5.3)"):
 * the rest of a card is the product's own interface, so only what a text attributes to the
 * section it names is checked. Templated texts (`${...}`) are filled from the data checked above.
 */
export function cardStatements(cardsDir: string): Statement[] {
  const out: Statement[] = [];
  const visit = (node: unknown, file: string): void => {
    if (Array.isArray(node)) node.forEach((n) => visit(n, file));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const cites =
          typeof value === 'string' &&
          ['text', 'label', 'title', 'placeholder'].includes(key) &&
          !value.includes('${') &&
          /\b[1-9]\.[1-6]\b/.test(value);
        if (cites)
          out.push({
            id: `card ${file} (${key}) "${(value as string).slice(0, 40)}"`,
            sections: [],
            text: value as string,
            productChoice: true,
          });
        else visit(value, file);
      }
    }
  };
  for (const file of fs.readdirSync(cardsDir).filter((f) => f.endsWith('.json')))
    visit(JSON.parse(fs.readFileSync(path.join(cardsDir, file), 'utf8')), file);
  return out;
}
