import { expect } from 'chai';
import { formatPence, parseFigure, parsePounds } from '../../src/framework/money';

const pence = (text: string) => {
  const r = parsePounds(text);
  return r.ok ? r.value : r.error;
};

describe('money as people type it (parsePounds)', () => {
  it('reads pounds and pence with or without £, thousands commas and one or two decimals', () => {
    expect(pence('£1,234.50')).to.equal(123450);
    expect(pence('1234.5')).to.equal(123450);
    expect(pence('3.50')).to.equal(350);
    expect(pence('1,234')).to.equal(123400);
    expect(pence('12')).to.equal(1200);
    expect(pence(' £ 12,345,678.09 ')).to.equal(1234567809);
    expect(pence('0.29')).to.equal(29); // exact: no floating-point 28.999...
    expect(pence('')).to.equal(0);
  });

  it('refuses a decimal comma (3,50 was read as £350.00) and says how to write it', () => {
    expect(pence('3,50')).to.equal(
      '"3,50" has a comma where a decimal point goes, so I cannot tell what it means. Write it with a full stop, e.g. 3.50 (commas only between thousands, e.g. 1,234.50).',
    );
    expect(pence('10,00')).to.contain('e.g. 10.00');
    expect(pence('£3,5')).to.contain('e.g. 3.5');
    for (const text of ['1.234,50', '1,23,456', '12,3456', '1,234,5', ',50'])
      expect(pence(text), text).to.match(/has a comma where a decimal point goes/);
  });

  it('refuses anything else with the plain rule, and more than two decimal places', () => {
    for (const text of ['-5', 'twelve', '1e3', '12.', '.50', '3.50p', '1 234'])
      expect(pence(text), text).to.equal('The amount must be a positive sum in pounds, e.g. 12.50.');
    expect(pence('3.505')).to.equal('Use pounds and pence, e.g. 12.50.');
    expect(pence('9999999999999')).to.contain('typing slip');
  });

  it('never multiplies: no accepted text gives more pence than its digits before the point say', () => {
    for (const text of ['3.50', '£1,234.50', '1,234', '1234.5', '0.5']) {
      const [pounds] = text.replace(/[£,]/g, '').split('.');
      const value = pence(text) as number;
      expect(Math.floor(value / 100), text).to.equal(Number(pounds));
    }
  });
});

describe('figures such as mileage (parseFigure)', () => {
  it('reads decimals and thousands, refuses a decimal comma', () => {
    expect(parseFigure('12.5')).to.deep.equal({ ok: true, value: 12.5 });
    expect(parseFigure('1,234')).to.deep.equal({ ok: true, value: 1234 });
    expect(parseFigure('')).to.deep.equal({ ok: true, value: 0 });
    const comma = parseFigure('12,5');
    expect(comma.ok).to.equal(false);
    if (!comma.ok) expect(comma.error).to.contain('e.g. 12.5');
  });
});

describe('formatPence', () => {
  it('writes pounds as people read them', () => {
    expect(formatPence(123450)).to.equal('£1,234.50');
    expect(formatPence(5)).to.equal('£0.05');
    expect(formatPence(50_000)).to.equal('£500.00');
  });
});
