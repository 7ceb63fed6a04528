import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { useCliStorage, yosbot } from '../helpers/cli';
import { ConcurrencyError } from '../../src/store/entity-table';
import { BIN, checkoutOnOwnPort, run } from '../helpers/processes';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosbot-csv-'));
function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, content);
  return target;
}

const YOS_HEADER = 'yos_id,name,division,yot_manager_email,yos_senior_manager_email,head_of_ldu_email,spoc_email';

describe('CSV import: encodings, messages and batches', function () {
  this.timeout(120_000);
  const cli = useCliStorage();

  it('reads a Windows-1252 file (Excel "CSV (Comma delimited)"): Zoë stays Zoë, and says how it was read', async () => {
    const r = await yosbot('import', 'people', file('cp1252.csv', Buffer.from('email,name\nzoe@example.org,Zo\xeb M\xfcller\n', 'latin1')));
    expect(r.code, r.err).to.equal(0);
    expect(r.err).to.contain('read as Windows-1252');
    expect((await cli.storage.store.people.get('zoe@example.org'))?.record.name).to.equal('Zoë Müller');
  });

  it("imports Excel's Windows-1252 smart punctuation exactly (’ “ ” – €), and a file ending in blank rows", async () => {
    const bytes = Buffer.concat([
      Buffer.from('email,name\r\nsean@example.org,Se\xe1n O', 'latin1'),
      Buffer.from([0x92]),
      Buffer.from('Connell ', 'latin1'),
      Buffer.from([0x93, 0x53, 0x4c, 0x94, 0x20, 0x96, 0x20, 0x80]),
      Buffer.from('50\r\n,\r\n,\r\n', 'latin1'),
    ]);
    const r = await yosbot('import', 'people', file('smart.csv', bytes));
    expect(r.code, r.err).to.equal(0);
    expect(r.out).to.contain('people: 1 created');
    expect((await cli.storage.store.people.get('sean@example.org'))?.record.name).to.equal('Seán O’Connell “SL” – €50');
    const again = await yosbot('import', 'people', file('smart.csv', bytes));
    expect(again.out).to.contain('0 created, 0 updated, 1 unchanged');
  });

  it('reads UTF-8 with a byte-order mark and UTF-16 with one', async () => {
    const bom = await yosbot('import', 'people', file('bom.csv', '\ufeffemail,name\nbom@example.org,Chloë Bom\n'));
    expect(bom.code, bom.err).to.equal(0);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('email,name\r\nwide@example.org,Siân Wide\r\n', 'utf16le')]);
    const wide = await yosbot('import', 'people', file('utf16.csv', utf16));
    expect(wide.code, wide.err).to.equal(0);
    expect((await cli.storage.store.people.get('bom@example.org'))?.record.name).to.equal('Chloë Bom');
    expect((await cli.storage.store.people.get('wide@example.org'))?.record.name).to.equal('Siân Wide');
  });

  it('refuses tab-separated text and Excel workbooks with a clear message, not "missing column"', async () => {
    const tabbed = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('email\tname\r\nx@example.org\tX\r\n', 'utf16le')]);
    const tsv = await yosbot('import', 'people', file('unicode-text.txt', tabbed));
    expect(tsv.code).to.equal(1);
    expect(tsv.err).to.match(/is tab-separated .*save it as "CSV UTF-8/);
    const xlsx = await yosbot('import', 'people', file('book.xlsx', Buffer.from('PK\x03\x04rest-of-zip', 'latin1')));
    expect(xlsx.err).to.match(/is an Excel workbook/);
    expect(tsv.err + xlsx.err).to.not.contain('missing column');
  });

  it('a file with thousands of bad rows prints the first 50 and counts the rest', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `not-an-email-${i},Name`).join('\n');
    const r = await yosbot('import', 'people', file('bad.csv', `email,name\n${rows}\n`));
    expect(r.code).to.equal(1);
    const lines = r.err.trim().split('\n');
    expect(lines.filter((l) => /bad\.csv:\d+: email:/.test(l))).to.have.length(50);
    expect(r.err).to.contain('... and 2950 more problem(s) not shown');
    expect(lines[lines.length - 1]).to.equal('3000 problem(s); nothing imported');
  });

  it('an empty file gets one clear message', async () => {
    const r = await yosbot('import', 'boards', file('empty.csv', ''));
    expect(r.code).to.equal(1);
    expect(r.err.trim().split('\n')).to.deep.equal([
      `${path.join(dir, 'empty.csv')}:1: -: the file is empty: expected a header row with meeting_date`,
      '1 problem(s); nothing imported',
    ]);
  });

  it('warns about columns it ignores (a misspelt optional column is not silently dropped)', async () => {
    const r = await yosbot('import', 'people', file('extra.csv', 'email,name,aad_objectid,notes\nextra@example.org,Extra,1234,hi\n'));
    expect(r.code, r.err).to.equal(0);
    expect(r.err).to.contain(
      'warning: ignored column(s) aad_objectid, notes: not part of a people import (optional columns: aad_object_id, role)',
    );
  });

  it('refuses a YOS whose YOT manager is not a known person', async () => {
    const r = await yosbot(
      'import',
      'yos',
      file('yos.csv', `${YOS_HEADER}\nX1,X YOS,Midlands,stranger@example.org,zoe@example.org,zoe@example.org,zoe@example.org\n`),
    );
    expect(r.code).to.equal(1);
    expect(r.err).to.contain('yot_manager_email: unknown person stranger@example.org (import people first)');
    expect(await cli.storage.store.yos.get('X1')).to.equal(null);
  });

  it('a long import shows progress on stderr, and a re-run changes nothing', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `bulk${i}@example.org,Bulk ${i}`).join('\n');
    const csv = file('bulk.csv', `email,name\n${rows}\n`);
    const first = await yosbot('import', 'people', csv);
    expect(first.code, first.err).to.equal(0);
    expect(first.out).to.equal('people: 2000 created, 0 updated, 0 unchanged\n');
    expect(first.err).to.contain('people: 1000 of 2000 rows written\npeople: 2000 of 2000 rows written');
    const again = await yosbot('import', 'people', csv);
    expect(again.out).to.equal('people: 0 created, 0 updated, 2000 unchanged\n');
  });

  it('a batch is all or nothing: a row created by someone else meanwhile fails its whole batch, and a re-run converges', async () => {
    const people = cli.storage.store.people;
    const records = Array.from({ length: 5 }, (_, i) => ({ email: `race${i}@example.org`, name: `Race ${i}` }));
    await people.insert(records[3], 'someone-else');
    const err = await people
      .writeBatches(
        records.map((after) => ({ before: null, after })),
        'test',
      )
      .then(
        () => null,
        (e) => e,
      );
    expect(err).to.be.instanceOf(ConcurrencyError);
    for (const i of [0, 1, 2, 4]) expect(await people.get(`race${i}@example.org`), `race${i}`).to.equal(null);
    const rerun = await yosbot(
      'import',
      'people',
      file('race.csv', `email,name\n${records.map((r) => `${r.email},${r.name}`).join('\n')}\n`),
    );
    expect(rerun.out).to.equal('people: 4 created, 0 updated, 1 unchanged\n');
  });
});

describe('yosbot sweep --json', function () {
  this.timeout(120_000);

  it('prints nothing but JSON on stdout (log lines go to stderr)', async () => {
    const checkout = await checkoutOnOwnPort();
    delete checkout.env.LOG_LEVEL; // as a user runs it
    const demo = run(checkout, BIN, ['demo']);
    expect(await demo.exited, demo.stderr).to.equal(0);
    const sweep = run(checkout, BIN, ['sweep', '--json', '--as-of', '2030-01-07']);
    await sweep.exited;
    expect(() => JSON.parse(sweep.stdout), sweep.stdout).to.not.throw();
    expect(JSON.parse(sweep.stdout).asOf).to.equal('2030-01-07');
  });
});
