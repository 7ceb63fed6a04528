import { expect } from 'chai';
import type { RosterMember } from '../../src/store/roster';
import { startTestStorage, type TestStorage } from '../helpers/azurite';

function member(i: number, overrides: Partial<RosterMember> = {}): RosterMember {
  return {
    tenantId: 'tenant-1', aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, teamsUserId: `29:user-${i}`,
    email: `person${i}@example.org`, userPrincipalName: `person${i}@example.org`, name: `Person ${i}`,
    serviceUrl: 'https://smba.trafficmanager.net/uk/', updatedAt: '2027-01-01T00:00:00.000Z', ...overrides,
  };
}

describe('Roster repository (Azurite)', function () {
  this.timeout(30_000);
  let storage: TestStorage;
  before(async () => (storage = await startTestStorage()));
  after(async () => storage.azurite.stop());

  it('stores a team roster found by aadObjectId and by email, each by key', async () => {
    const roster = storage.store.roster;
    const result = await roster.syncTeam('tenant-1', '19:team-a@thread.tacv2', [member(1), member(2), member(3)]);
    expect(result).to.deep.equal({ members: 3, written: 3, removed: 0 });
    const [byAad] = await roster.byAadObjectId(member(2).aadObjectId.toUpperCase());
    expect(byAad).to.include({ teamsUserId: '29:user-2', email: 'person2@example.org', serviceUrl: 'https://smba.trafficmanager.net/uk/', tenantId: 'tenant-1' });
    expect(byAad.teams).to.deep.equal(['19:team-a@thread.tacv2']);
    const [byEmail] = await roster.byEmail('Person3@Example.org');
    expect(byEmail.aadObjectId).to.equal(member(3).aadObjectId);
    expect(await roster.byEmail('nobody@example.org')).to.deep.equal([]);
  });

  it('re-syncing writes only what changed and drops members who left', async () => {
    const roster = storage.store.roster;
    const team = '19:team-b@thread.tacv2';
    await roster.syncTeam('tenant-1', team, [member(10), member(11), member(12)]);
    const again = await roster.syncTeam('tenant-1', team, [member(10), member(11, { name: 'Renamed' }), member(13)]);
    expect(again).to.deep.equal({ members: 3, written: 2, removed: 1 });
    expect(await roster.byAadObjectId(member(12).aadObjectId)).to.deep.equal([]);
    expect(await roster.byEmail('person12@example.org')).to.deep.equal([]);
    expect((await roster.byAadObjectId(member(11).aadObjectId))[0].name).to.equal('Renamed');
    expect(await roster.teamSize('tenant-1', team)).to.equal(3);
  });

  it('keeps a member who left one team but is still in another; forgets a team the bot left', async () => {
    const roster = storage.store.roster;
    await roster.syncTeam('tenant-1', 'team-c', [member(20), member(21)]);
    await roster.syncTeam('tenant-1', 'team-d', [member(20)]);
    await roster.syncTeam('tenant-1', 'team-c', [member(21)]);
    const [still] = await roster.byAadObjectId(member(20).aadObjectId);
    expect(still.teams).to.deep.equal(['team-d']);
    expect(await roster.forgetTeam('tenant-1', 'team-d')).to.equal(1);
    expect(await roster.byAadObjectId(member(20).aadObjectId)).to.deep.equal([]);
    expect(await roster.byAadObjectId(member(21).aadObjectId)).to.have.length(1);
  });

  it('keeps a note of why someone could not be reached until it is cleared', async () => {
    const roster = storage.store.roster;
    await roster.noteUnreachable('Link@Example.org', 'Graph 403', 'grant consent');
    expect((await roster.unreachableNotes()).get('link@example.org')?.reason).to.equal('Graph 403');
    await roster.clearUnreachable('link@example.org');
    expect((await roster.unreachableNotes()).has('link@example.org')).to.equal(false);
  });
});
