/**
 * Checks about England and Wales against one rule sentence (pure): the framework's scope, a duty the
 * Act gives each country differently, and figures given per country.
 */
import { expect } from 'chai';
import { countryVerdict } from '../../src/framework/country-checks';
import { tokens } from '../../src/framework/text';

const SCOPE = 'it applies only to the nps divisions in england: hmpps in wales and its own arrangements are only referred to (section 6).';
const EDUCATION =
  "and, in england, a person with experience in education nominated by the director of children's services (in wales, one nominated by the chief education officer).";
const DEPRIVATION = 'deprivation: 6 factors for england and 7 for wales, all with equal weighting.';
const YJB = 'the youth justice board (yjb) oversees the youth justice system (yjs) in england and wales.';

const check = (q: string, c: string) => countryVerdict(q.toLowerCase(), c, tokens(q));

describe('country checks: the framework covers England, the Act differs by country, figures come per country (no I/O)', () => {
  it('answers whether the framework covers Wales as well, and agrees with "only England, not Wales"', () => {
    expect(check('Does this framework cover the NPS in Wales as well as England?', SCOPE)).to.equal('No');
    expect(check('does the framework apply in wales', SCOPE)).to.equal('No');
    expect(check('This framework only covers the NPS in England and not Wales - is that right?', SCOPE)).to.equal('Yes');
    expect(check('it applies to england only, yes?', SCOPE)).to.equal('Yes');
    expect(check('the framework only covers Wales and not England, right?', SCOPE)).to.equal('No');
    // A negative claim that is true, and an "or" that asks which, are not agreed with.
    expect(check("this framework doesn't cover Wales, does it?", SCOPE)).to.equal(undefined);
    expect(check('does this framework apply to wales yots as well or england only', SCOPE)).to.equal('No');
  });

  it('says No to what the sentence says of the other country, and not when the claim names both rightly', () => {
    expect(check('In England the education person on a YOT is nominated by the chief education officer, right?', EDUCATION)).to.equal('No');
    expect(check("In England the education person is nominated by the director of children's services, right?", EDUCATION)).to.equal(
      undefined,
    );
    expect(
      check(
        "In a Welsh YOT the education member is nominated by the chief education officer, but in England it's the director of children's services - correct?",
        EDUCATION,
      ),
    ).to.equal(undefined);
  });

  it('says No to figures swapped between the countries, and to one country where the sentence names both', () => {
    expect(check('Am I right that the deprivation bit uses 7 factors for England and 6 for Wales?', DEPRIVATION)).to.equal('No');
    expect(check('deprivation = 6 factors for england, 7 for wales?', DEPRIVATION)).to.equal(undefined);
    expect(check("The YJB oversees the youth justice system in England only, doesn't it?", YJB)).to.equal('No');
    expect(check('The YJB oversees youth justice in England and Wales, right?', YJB)).to.equal(undefined);
  });
});
