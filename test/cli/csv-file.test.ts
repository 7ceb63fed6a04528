import { expect } from 'chai';
import { decodeCsv } from '../../src/cli/csv-file';
import { parseCsv } from '../../src/cli/csv-import';

/** Bytes as Excel's "CSV (Comma delimited)" writes them on an English Windows (code page 1252). */
const cp1252 = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('CSV files as Excel saves them', () => {
  it('decodes Windows-1252 smart punctuation (0x80-0x9F) to the characters, not control codes', () => {
    // O’Connell, “Lead”, 9–5, €50: 0x92 0x93 0x94 0x96 0x80.
    const bytes = cp1252(
      'email,name,note\r\nsean@example.org,Se\xe1n O',
      [0x92],
      'Connell,',
      [0x93],
      'Lead',
      [0x94],
      ' 9',
      [0x96],
      '5 ',
      [0x80],
      '50\r\n',
    );
    const { text, encoding } = decodeCsv(bytes, 'people.csv');
    expect(encoding).to.equal('windows-1252');
    expect(text).to.equal('email,name,note\r\nsean@example.org,Seán O’Connell,“Lead” 9–5 €50\r\n');
    expect(text).to.not.match(/[\u0080-\u009f]/);
  });

  it('decodes every Windows-1252 byte in 0x80-0x9F that has a character', () => {
    const expected: Record<number, string> = {
      0x80: '€',
      0x85: '…',
      0x8a: 'Š',
      0x91: '‘',
      0x92: '’',
      0x93: '“',
      0x94: '”',
      0x96: '–',
      0x97: '—',
      0x99: '™',
      0x9c: 'œ',
    };
    for (const [byte, char] of Object.entries(expected)) {
      expect(decodeCsv(cp1252('a,', [Number(byte)], '\n'), 'x.csv').text, `byte 0x${Number(byte).toString(16)}`).to.equal(`a,${char}\n`);
    }
  });

  it('keeps reading UTF-8 as UTF-8 (the same punctuation, encoded as UTF-8)', () => {
    const { text, encoding } = decodeCsv(Buffer.from('name\nO’Connell – €5\n', 'utf8'), 'x.csv');
    expect(encoding).to.equal('utf-8');
    expect(text).to.equal('name\nO’Connell – €5\n');
  });

  it('skips blank rows (`,,,,` as Excel leaves them, or spaces only) and keeps the line numbers of the others', () => {
    const { header, rows } = parseCsv('email,name,aad_object_id\r\na@example.org,A,\r\n,,\r\n\r\nb@example.org,B,\r\n,,\r\n , ,\r\n');
    expect(header).to.deep.equal(['email', 'name', 'aad_object_id']);
    expect(rows.map((r) => [r.line, r.row.email])).to.deep.equal([
      [2, 'a@example.org'],
      [5, 'b@example.org'],
    ]);
  });
});
