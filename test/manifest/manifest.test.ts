import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { MANIFEST_DIR, buildPackage, manifestValues, renderManifest } from '../../scripts/package';
import { COMMANDS } from '../../src/views/chat-cards';
import { DEMO_PEOPLE } from '../../src/cli/demo';
import { PLAYGROUND_EXTRA_KEYS, PLAYGROUND_KEYS, playgroundConfig } from '../../scripts/playground-config';

const SCHEMA = require.resolve('@microsoft/app-manifest/package.json').replace('package.json', 'build/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');
const env = { BOT_ID: '3f2b6c1e-8a4d-4e2f-9b1a-5c6d7e8f9a0b', PUBLIC_URL: 'https://yosbot.example.org' };

describe('Teams app manifest and package', () => {
  it('renders to a manifest that validates against the official v1.30 schema (offline)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
    const manifest = renderManifest(manifestValues(env));
    const ok = validate(manifest);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).to.deep.equal([]);
    expect(ok).to.equal(true);
    expect(manifest.manifestVersion).to.equal('1.30');
    const bot = (manifest.bots as any[])[0];
    expect(bot.botId).to.equal(env.BOT_ID);
    expect(bot.scopes).to.deep.equal(['personal', 'team']);
    expect(manifest.validDomains).to.deep.equal(['yosbot.example.org']);
    // The Entra app that installs the app for people through Graph: the bot's own unless another is set.
    expect(manifest.webApplicationInfo).to.deep.equal({ id: env.BOT_ID });
    const graphApp = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
    const separate = renderManifest(manifestValues({ ...env, GRAPH_CLIENT_ID: graphApp }));
    expect(validate(separate), JSON.stringify(validate.errors)).to.equal(true);
    expect(separate.webApplicationInfo).to.deep.equal({ id: graphApp });
    expect(() => manifestValues({ ...env, GRAPH_CLIENT_ID: 'not-a-guid' })).to.throw(/GRAPH_CLIENT_ID must be/);
  });

  it('lists commands the bot really answers', () => {
    const manifest = renderManifest(manifestValues(env));
    const lists = (manifest.bots as any[])[0].commandLists as { scopes: string[]; commands: { title: string }[] }[];
    // The manifest schema allows at most 10 commands per list (one list per scope).
    for (const list of lists) expect(list.commands.length, list.scopes.join()).to.be.at.most(10);
    const titles = lists.flatMap((l) => l.commands.map((c) => c.title));
    for (const title of titles) expect(COMMANDS.map((c) => c.command), title).to.include(title);
    const personal = lists.find((l) => l.scopes.includes('personal'))!.commands.map((c) => c.title);
    expect(personal).to.include.members(['my deadlines', 'claim expenses', 'record review', 'raise dispute', 'tracker submitted', 'open vacancy', 'my calendar', 'who can you reach']);
    expect(lists.find((l) => l.scopes.includes('team'))!.commands.map((c) => c.title)).to.include('help');
  });

  it('has a 192x192 colour icon and a 32x32 transparent outline icon', () => {
    const color = PNG.sync.read(fs.readFileSync(path.join(MANIFEST_DIR, 'color.png')));
    const outline = PNG.sync.read(fs.readFileSync(path.join(MANIFEST_DIR, 'outline.png')));
    expect([color.width, color.height]).to.deep.equal([192, 192]);
    expect([outline.width, outline.height]).to.deep.equal([32, 32]);
    // Outline: only white or fully transparent pixels, and some of each.
    let transparent = 0;
    let white = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) transparent++;
      else if (r === 255 && g === 255 && b === 255) white++;
    }
    expect(transparent + white).to.equal(32 * 32);
    expect(transparent).to.be.greaterThan(0);
    expect(white).to.be.greaterThan(0);
  });

  it('npm run package builds a zip with exactly the three files, bot id filled in', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-')), 'app.zip');
    await buildPackage(manifestValues(env), out);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(Object.keys(zip.files).sort()).to.deep.equal(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.bots[0].botId).to.equal(env.BOT_ID);
    expect(JSON.stringify(manifest)).to.not.contain('${{');
  });

  it('refuses a bot id that is not a GUID', () => {
    expect(() => manifestValues({ BOT_ID: 'my-bot' })).to.throw(/must be the Azure Bot's app id/);
  });
});

describe('Agents Playground users', () => {
  it('the portfolio lead can be the current user, in place of the last of the six (the Playground serves nothing with seven)', () => {
    expect(PLAYGROUND_EXTRA_KEYS).to.deep.equal(['portfolio_lead']);
    const config = playgroundConfig('portfolio_lead');
    const lead = DEMO_PEOPLE.find((p) => p.key === 'portfolio_lead')!;
    expect(config).to.contain(`currentUser:\n  id: user-portfolio_lead\n  name: ${lead.name}\n`);
    expect(config.match(/aadObjectId: /g)).to.have.length(6);
    expect(playgroundConfig('secondee').match(/aadObjectId: /g)).to.have.length(6);
  });

  it('the generated .m365agentsplayground.yml has every demo role with its email and aadObjectId, the asked one current', () => {
    for (const role of PLAYGROUND_KEYS) {
      const config = playgroundConfig(role);
      const current = DEMO_PEOPLE.find((p) => p.key === role)!;
      expect(config).to.contain(`currentUser:\n  id: user-${role}\n  name: ${current.name}\n`);
      for (const key of PLAYGROUND_KEYS) {
        const person = DEMO_PEOPLE.find((p) => p.key === key)!;
        expect(config).to.contain(`aadObjectId: ${person.aadObjectId}`);
        expect(config).to.contain(`email: ${person.email}`);
      }
    }
  });
});
