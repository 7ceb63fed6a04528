import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { useCliStorage, yosbot } from '../helpers/cli';
import { portIsFree, unusedFixedPort } from '../helpers/processes';

const fixture = (name: string) => path.join(__dirname, '..', '..', '..', 'test', 'fixtures', name);

describe('CLI import and due (Azurite)', function () {
  const cli = useCliStorage();

  it('imports people, YOS, secondments and boards, and lists what is due as JSON', async () => {
    for (const kind of ['people', 'yos', 'secondments', 'boards']) {
      const r = await yosbot('import', kind, fixture(`${kind}.csv`));
      expect(r.code, r.err).to.equal(0);
      expect(r.out).to.match(/created/);
    }
    const due = await yosbot('due', '--as-of', '2027-03-01', '--days', '60', '--json');
    expect(due.code, due.err).to.equal(0);
    const rows = JSON.parse(due.out);
    expect(rows.map((r: { kind: string; due: string }) => `${r.kind} ${r.due}`)).to.deep.equal([
      'vacancy-tracker 2027-03-03',
      'three-way-review 2027-04-30',
    ]);
    expect(rows[0]).to.deep.equal({
      kind: 'vacancy-tracker',
      due: '2027-03-03',
      yos: 'NORTHANTS',
      subject: 'Vacancy tracker from Northamptonshire YOS for the YOGB on 2027-03-10',
      responsible: ['yot@example.org', 'ldu@example.org'],
      informed: ['link@example.org'],
      overdue: false,
    });
    const later = JSON.parse((await yosbot('due', '--as-of', '2027-05-02', '--days', '0', '--json')).out);
    expect(later.find((r: { kind: string }) => r.kind === 'three-way-review').overdue).to.equal(true);
  });

  it('the table for people lists who cannot be reminded in Teams yet', async () => {
    const r = await yosbot('due', '--as-of', '2027-03-01', '--days', '60');
    expect(r.out).to.contain('due on or before Friday 30 April 2027 (60 days from Monday 1 March 2027)');
    expect(r.out).to.match(/2027-03-03 +in 2 days +vacancy-tracker +Northamptonshire YOS/);
    expect(r.out).to.contain('must act: Yvonne Manager, Lou Ldu');
    expect(r.out).to.contain('informed: Lee Link');
    expect(r.out).to.not.contain('+ 60 days');
    expect(r.out).to.contain(
      'Cannot be reminded in Teams (yosbot reach says why and what to do): Lou Ldu <ldu@example.org>, Lee Link <link@example.org>, Yvonne Manager <yot@example.org>',
    );
  });

  it('re-importing the same file changes nothing (no writes, no audit entries)', async () => {
    const auditBefore = await cli.storage.store.audit.count();
    const r = await yosbot('import', 'secondments', fixture('secondments.csv'));
    expect(r.code).to.equal(0);
    expect(r.out).to.contain('0 created, 0 updated, 1 unchanged');
    expect(await cli.storage.store.audit.count()).to.equal(auditBefore);
  });

  it('a CSV with bad rows exits 1, names every bad line and column, and imports nothing', async () => {
    const before = (await cli.storage.store.secondments.listAll()).length;
    const auditBefore = await cli.storage.store.audit.count();
    const file = fixture('secondments-bad.csv');
    const r = await yosbot('import', 'secondments', file);
    expect(r.code).to.equal(1);
    expect(r.err).to.contain(`${file}:2: planned_end_date: a secondment may last at most 3 years`);
    expect(r.err).to.contain(`${file}:3: yos_id: unknown YOS "NOWHERE"`);
    expect(r.err).to.contain(`${file}:4: secondee_email: unknown person stranger@example.org`);
    expect(r.err).to.contain(`${file}:4: start_date: "2027-02-30" is not a date`);
    expect(r.err).to.contain('nothing imported');
    expect((await cli.storage.store.secondments.listAll()).length).to.equal(before);
    expect(await cli.storage.store.audit.count()).to.equal(auditBefore);
  });

  it('writes an audit entry for every change, with before and after', async () => {
    const entries = await cli.storage.store.audit.month(new Date().toISOString().slice(0, 7));
    const secondment = entries.find((e) => e.entity === 'Secondments' && e.entityId === 'S1');
    expect(secondment).to.include({ action: 'create', before: null });
    expect(JSON.parse(secondment!.after!)).to.include({ secondeeEmail: 'po@example.org', startDate: '2027-01-31' });
    expect(secondment!.actor).to.match(/^cli:/);
  });

  it('rejects an unknown kind and an invalid --as-of with a one-line message', async () => {
    const kind = await yosbot('import', 'claims', fixture('people.csv'));
    expect(kind.code).to.equal(1);
    expect(kind.err).to.contain('unknown import kind "claims"');
    const date = await yosbot('due', '--as-of', '31/02/2027');
    expect(date.code).to.not.equal(0);
    expect(date.err).to.contain('expected a date');
    expect(date.err).to.not.match(/\n\s+at /);
  });

  it("ask --as names the asker's own people, and refuses an unknown person clearly", async () => {
    const own = await yosbot('ask', 'who handles a dispute?', '--as', 'YOT@example.org');
    expect(own.code, own.err).to.equal(0);
    expect(own.out).to.contain('Framework section 9.1');
    expect(own.out).to.contain('first the YOT manager Yvonne Manager');
    const unknown = await yosbot('ask', 'who handles a dispute?', '--as', 'nobody@example.org');
    expect(unknown.code).to.equal(1);
    expect(unknown.err).to.contain('--as nobody@example.org: no such person in the records');
    expect(unknown.out).to.equal('');
  });

  it('the installed bin runs as a separate process', async () => {
    const bin = path.join(__dirname, '..', '..', '..', 'bin', 'yosbot.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'due', '--as-of', '2027-03-01', '--json'], {
      env: { ...process.env, TABLES_CONNECTION_STRING: cli.storage.azurite.connectionString },
    });
    expect(JSON.parse(stdout)).to.have.length(1);
  });
});

describe('yosbot ask', () => {
  it('prints the SPEC JSON shape, and declines with section null', async () => {
    const r = await yosbot('ask', 'how long can a secondment last?', '--json');
    expect(r.code).to.equal(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).to.deep.equal(['answer', 'section', 'confidence', 'suggestions']);
    expect(json.section).to.equal('5.4');
    expect(json.answer).to.contain('3 years');
    expect(json.confidence).to.be.within(0.45, 1);
    const off = JSON.parse((await yosbot('ask', 'recommend a decent pub near Birmingham Magistrates?', '--json')).out);
    expect(off.section).to.equal(null);
    expect(off.suggestions.length).to.be.within(1, 3);
    // The decline asks "Did you mean" once; the suggestions follow as a list.
    const text = (await yosbot('ask', 'what is the wifi password?')).out;
    expect(text.match(/did you mean/gi)).to.have.length(1);
    expect(text).to.match(/\n- /);
  });
});

describe('the embedded Azurite shared by concurrent CLI processes', function () {
  this.timeout(120_000); // five real processes: slow on a busy 2-core machine

  it('lets several yosbot commands run at once on the default storage, keeps the data, then goes away', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosbot-shared-'));
    const port = String(await unusedFixedPort());
    const bin = path.join(__dirname, '..', '..', '..', 'bin', 'yosbot.js');
    const env = { ...process.env, DATA_DIR: path.join(dir, '.data'), AZURITE_TABLE_PORT: port, TABLES_CONNECTION_STRING: '' };
    const run = (...args: string[]) => promisify(execFile)(process.execPath, [bin, ...args], { env, cwd: dir });
    await run('demo');
    const results = await Promise.all([1, 2, 3].map(() => run('sweep', '--dry-run', '--as-of', '2026-11-23', '--json')));
    const planned = results.map((r) => JSON.parse(r.stdout).planned);
    expect(planned[0]).to.be.greaterThan(0);
    expect(new Set(planned).size).to.equal(1);
    const due = JSON.parse((await run('due', '--json', '--days', '400')).stdout);
    expect(due.length).to.be.greaterThan(5);
    // Once nobody uses it, it saves and stops: the port is free again.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await portIsFree(Number(port))).to.equal(true);
  });
});
