import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { useCliStorage, yosbot } from '../helpers/cli';

const fixture = (name: string) => path.join(__dirname, '..', '..', '..', 'test', 'fixtures', name);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosbot-stages-'));
function file(name: string, content: string): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, content);
  return target;
}

const HEADER = 'vacancy_id,stage,date,recorded_by_email,evidence';

describe('yosbot import vacancy-stages (5.5 evidence trail, Azurite)', function () {
  this.timeout(120_000);
  const cli = useCliStorage();

  before(async () => {
    for (const kind of ['people', 'yos']) expect((await yosbot('import', kind, fixture(`${kind}.csv`))).code).to.equal(0);
    const vacancies = file(
      'vacancies.csv',
      'vacancy_id,yos_id,grade,fte,opened_date,filled_date\nV1,NORTHANTS,PO,1,2026-01-05,\nV2,NORTHANTS,PSO,0.5,2026-02-01,\n',
    );
    expect((await yosbot('import', 'vacancies', vacancies)).code).to.equal(0);
  });

  const good = [
    HEADER,
    'V1,1,2026-01-10,link@example.org,Asked LDU for an existing PO; none free',
    'V1,2,20/01/2026,link@example.org,Agency back-fill requested (ref AG-12); none',
    'V2,1,2026-02-03,ldu@example.org,No PSO available in the LDU',
    'V1,3,2026-02-01,link@example.org,"Agency temp sought for the post itself, none"',
    ',,,,',
  ].join('\n');

  it('imports the trail: one trail row per stage, the vacancy at its highest stage; a re-import changes nothing', async () => {
    const r = await yosbot('import', 'vacancy-stages', file('stages.csv', `${good}\n`));
    expect(r.code, r.err).to.equal(0);
    expect(r.out).to.contain('vacancy-stages: 4 created, 0 updated, 0 unchanged');
    const v1 = (await cli.storage.store.vacancies.get('V1'))!.record;
    expect(v1).to.include({ stage: 3, stageDate: '2026-02-01' });
    const trail = await cli.storage.store.vacancyTrail.listPartition('V1');
    const stages = trail.filter((e) => e.kind === 'stage').sort((a, b) => a.date.localeCompare(b.date));
    expect(stages.map((e) => [e.stage, e.date, e.recordedBy])).to.deep.equal([
      [1, '2026-01-10', 'link@example.org'],
      [2, '2026-01-20', 'link@example.org'],
      [3, '2026-02-01', 'link@example.org'],
    ]);
    expect(stages[2].evidence).to.equal('Agency temp sought for the post itself, none');

    const auditBefore = await cli.storage.store.audit.count();
    const again = await yosbot('import', 'vacancy-stages', file('stages.csv', `${good}\n`));
    expect(again.out).to.contain('vacancy-stages: 0 created, 0 updated, 4 unchanged');
    expect(await cli.storage.store.audit.count()).to.equal(auditBefore);
    expect((await cli.storage.store.vacancyTrail.listPartition('V1')).length).to.equal(trail.length);
  });

  it('all or nothing: a file with a bad row (out of order after what is stored, future date, unknown recorder) imports nothing', async () => {
    const bad = [
      HEADER,
      'V2,2,2026-02-10,ldu@example.org,Agency back-fill requested; none',
      'V1,2,2026-02-05,link@example.org,Going back a stage is not allowed',
      'V2,3,2099-01-01,ldu@example.org,Agency temp in the post from next week',
      'V2,3,2026-02-12,nobody@example.org,Agency temp asked for the post',
      'V2,4,2026-05-02,ldu@example.org,YOT manager informed: no agency temp available',
    ].join('\n');
    const auditBefore = await cli.storage.store.audit.count();
    const r = await yosbot('import', 'vacancy-stages', file('bad.csv', bad));
    expect(r.code).to.equal(1);
    const messages = r.err.trim().split('\n');
    expect(messages).to.include(
      `${path.join(dir, 'bad.csv')}:3: stage: Stage 3 is already recorded; record further efforts at stage 3 or the next stage.`,
    );
    expect(messages).to.include(`${path.join(dir, 'bad.csv')}:4: date: The date cannot be in the future.`);
    expect(messages).to.include(
      `${path.join(dir, 'bad.csv')}:5: recorded_by_email: unknown person nobody@example.org (import people first)`,
    );
    expect(messages[messages.length - 1]).to.equal('3 problem(s); nothing imported');
    expect(await cli.storage.store.audit.count()).to.equal(auditBefore);
    expect((await cli.storage.store.vacancies.get('V2'))!.record.stage).to.equal(1);
  });
});
