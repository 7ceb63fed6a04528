/**
 * The framework's rules through the CLI on real storage: disputes past day 28 (9.1), covered and
 * local-arrangement vacancies (5.5), return plans (5.3/5.4), the board agenda and the vacancy export.
 * The data is written here, not taken from the demo, so the rules are what is tested.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import { useCliStorage, yosbot } from '../helpers/cli';

const FILES: Record<string, string> = {
  people: `email,name
ada@nps.example.org,Ada Link
bea@nps.example.org,Bea Link
cal@yos.example.org,Cal Manager
dee@yos.example.org,Dee Senior
eve@nps.example.org,Eve Head
fay@nps.example.org,Fay Spoc
gus@nps.example.org,Gus Officer
`,
  yos: `yos_id,name,division,yot_manager_email,yos_senior_manager_email,head_of_ldu_email,spoc_email
RIVER,Riverside YOS,Midlands,cal@yos.example.org,dee@yos.example.org,eve@nps.example.org,fay@nps.example.org
`,
  secondments: `secondment_id,yos_id,secondee_email,grade,fte,start_date,planned_end_date,link_manager_email,last_review_date
S-1,RIVER,gus@nps.example.org,PO,1,2025-09-01,2027-08-31,ada@nps.example.org,2026-12-15
`,
  boards: `meeting_date,board
2027-03-17,YOS management board
2027-03-24,YOGB
`,
  disputes: `dispute_id,yos_id,raised_date,raised_by_email,summary,status,link_manager_email
D-OLD,RIVER,2026-12-01,cal@yos.example.org,PSO hours cut without notice,open,bea@nps.example.org
D-NEW,RIVER,2027-02-20,cal@yos.example.org,Laptop access for the secondee,open,bea@nps.example.org
`,
  vacancies: `vacancy_id,yos_id,grade,fte,opened_date,filled_date,cover,local_arrangement
V-BARE,RIVER,PO,1,2026-11-15,,,
V-AGENCY,RIVER,PO,1,2026-10-01,,agency,
V-YOT,RIVER,PO,1,2026-10-01,,yot-temp,
V-LOCAL,RIVER,PSO,0.3,2026-10-01,,none,yes
`,
};

describe('CLI: the framework rules on imported data (Azurite)', function () {
  this.timeout(60_000);
  const cli = useCliStorage();
  let dir: string;
  const asOf = '2027-03-01';

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yosbot-rules-'));
    for (const kind of ['people', 'yos', 'secondments', 'boards', 'disputes', 'vacancies']) {
      const file = path.join(dir, `${kind}.csv`);
      fs.writeFileSync(file, FILES[kind]);
      const r = await yosbot('import', kind, file);
      expect(r.code, r.err).to.equal(0);
    }
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const dueJson = async (days = 200) => JSON.parse((await yosbot('due', '--as-of', asOf, '--days', String(days), '--json')).out);

  it('9.1: a dispute past day 28 (escalated the day after) lists the Head of LDU and YOS senior manager as responsible and the SPOC as informed', async () => {
    const rows = await dueJson();
    const old = rows.find((r: { subject: string }) => r.subject.includes('D-OLD'));
    expect(old).to.include({ kind: 'dispute-escalation', due: '2026-12-30', overdue: true, yos: 'RIVER' });
    expect(old.responsible).to.deep.equal(['eve@nps.example.org', 'dee@yos.example.org']);
    expect(old.informed).to.deep.equal(['fay@nps.example.org']);
    // Within 28 days: the YOS manager and the link manager concerned (named in the CSV).
    const fresh = rows.find((r: { subject: string }) => r.subject.includes('D-NEW'));
    expect(fresh).to.include({ due: '2027-03-20', overdue: false });
    expect(fresh.responsible).to.deep.equal(['cal@yos.example.org', 'bea@nps.example.org']);
  });

  it('5.5: covered posts raise no stage 4 or 5 item; no stage-5 item before stage 4 is recorded', async () => {
    const stages = (await dueJson(400)).filter((r: { kind: string }) => r.kind.startsWith('vacancy-stage')).map((r: { kind: string; subject: string }) => `${r.kind} ${/V-\w+/.exec(r.subject)![0]}`);
    expect(stages.sort()).to.deep.equal(['vacancy-stage-4 V-BARE', 'vacancy-stage-4 V-LOCAL']);
  });

  it('5.5: only the YOS Governance Board takes vacancy trackers; a local YOS management board in the same file is stored but raises none', async () => {
    expect((await cli.storage.store.boards.listAll()).map((b) => b.board).sort()).to.deep.equal(['YOGB', 'YOS management board']);
    const trackers = (await dueJson(400)).filter((r: { kind: string }) => r.kind === 'vacancy-tracker');
    expect(trackers.map((r: { due: string; subject: string }) => `${r.due} ${r.subject}`)).to.deep.equal(['2027-03-17 Vacancy tracker from Riverside YOS for the YOGB on 2027-03-24']);
  });

  it('5.3/5.4: the return plan informs the Head of LDU', async () => {
    const plan = (await dueJson(400)).find((r: { kind: string }) => r.kind === 'return-plan');
    expect(plan).to.include({ due: '2027-02-28', overdue: true });
    expect(plan.informed).to.include('eve@nps.example.org');
  });

  it('the table for people shows names and dates, not emails and "+ N days"', async () => {
    const r = await yosbot('due', '--as-of', asOf, '--days', '30');
    expect(r.out).to.contain('due on or before Wednesday 31 March 2027 (30 days from Monday 1 March 2027)');
    expect(r.out).to.contain('must act: Eve Head, Dee Senior');
    expect(r.out).to.contain('informed: Fay Spoc');
    expect(r.out).to.contain('OVERDUE by 61 days'); // the dispute escalated on 30 Dec, the day after day 28
    expect(r.out).to.not.match(/must act: [^\n]*@/);
  });

  it('a sweep records the day-28 escalation; re-importing the old sheet does not put it back to open', async () => {
    const r = await yosbot('sweep', '--as-of', asOf, '--json');
    expect(JSON.parse(r.out).escalated).to.deep.equal(['D-OLD']);
    const stored = (await cli.storage.store.disputes.get('D-OLD'))!.record;
    expect(stored).to.include({ status: 'escalated', escalatedDate: '2026-12-30', escalatedBy: 'automatic' });
    const again = await yosbot('import', 'disputes', path.join(dir, 'disputes.csv'));
    expect(again.out).to.contain('0 created, 0 updated, 2 unchanged');
    expect((await cli.storage.store.disputes.get('D-OLD'))!.record.status).to.equal('escalated');
    // Still tracked: escalated disputes are open until resolved.
    expect((await dueJson()).some((row: { subject: string }) => row.subject.includes('D-OLD'))).to.equal(true);
  });

  it('the Governance Board agenda lists escalated disputes and vacancy management for the next meeting', async () => {
    const r = await yosbot('agenda', '--as-of', asOf, '--for', 'fay@nps.example.org', '--json');
    expect(r.code, r.err).to.equal(0);
    const agenda = JSON.parse(r.out);
    expect(agenda).to.include({ board: 'YOGB', meetingDate: '2027-03-24' });
    expect(agenda.disputes.map((d: { disputeId: string }) => d.disputeId)).to.deep.equal(['D-OLD']);
    expect(agenda.vacancies.map((v: { vacancyId: string }) => v.vacancyId).sort()).to.deep.equal(['V-AGENCY', 'V-BARE', 'V-LOCAL', 'V-YOT']);
    const bare = agenda.vacancies.find((v: { vacancyId: string }) => v.vacancyId === 'V-BARE');
    expect(bare.next).to.contain('Stage 4 due since 2027-02-15');
    const text = (await yosbot('agenda', '--as-of', asOf)).out;
    expect(text).to.contain('Agenda for the YOGB on Wednesday 24 March 2027');
    expect(text).to.contain('to resolve: Eve Head, Dee Senior');
    const stranger = await yosbot('agenda', '--for', 'gus@nps.example.org');
    expect(stranger.code).to.equal(1);
    expect(stranger.err).to.contain('is not the SPOC or Head of LDU of any YOS');
  });

  it('export vacancies gives one trail per vacancy with the stage dates, as CSV and JSON', async () => {
    const r = await yosbot('export', 'vacancies', '--yos', 'RIVER');
    expect(r.code, r.err).to.equal(0);
    const rows: Record<string, string>[] = parse(r.out, { columns: true, skip_empty_lines: true });
    expect(rows.map((x) => x.vacancy_id)).to.deep.equal(['V-AGENCY', 'V-LOCAL', 'V-YOT', 'V-BARE']);
    const bare = rows.find((x) => x.vacancy_id === 'V-BARE')!;
    expect(bare).to.include({ event: 'opened', event_date: '2026-11-15', stage_4_due_by: '2027-02-15', stage_5_from: '', cover: 'none' });
    expect(rows.find((x) => x.vacancy_id === 'V-LOCAL')!.stage_5_applies).to.equal('no (local arrangement)');
    const json = JSON.parse((await yosbot('export', 'vacancies', '--open', '--json')).out);
    expect(json).to.have.length(4);
    expect(json[0].events[0].kind).to.equal('opened');
    const bad = await yosbot('export', 'claims');
    expect(bad.code).to.equal(1);
    expect(bad.err).to.contain('expected expenses, vacancies or disputes');
  });
});
