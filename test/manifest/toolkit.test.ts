/**
 * The Microsoft 365 Agents Toolkit project files: each m365agents*.yml validates against the
 * Toolkit's schema of the version it declares; provisioning names Bicep that declares what the bot
 * needs; the env templates hold no secrets and define every value the YAML and manifest use.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { expect } from 'chai';
import { parse } from 'yaml';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { bindingProblem, loadConfig } from '../../src/config';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const YAML_FILES = ['m365agents.yml', 'm365agents.local.yml', 'm365agents.playground.yml'];
type Step = { uses: string; with?: Record<string, unknown>; writeToEnvironmentFile?: Record<string, string> };
type Project = { version: string; environmentFolderPath: string; provision?: Step[]; deploy?: Step[]; publish?: Step[] };

function envKeys(file: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const line of read(file).split('\n')) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) keys.set(match[1], match[2]);
  }
  return keys;
}

const steps = (project: Project) => [...(project.provision ?? []), ...(project.deploy ?? []), ...(project.publish ?? [])];
const placeholders = (text: string) => [...text.matchAll(/\$\{\{(\w+)\}\}/g)].map((m) => m[1]);
/** Values the Toolkit itself supplies, or asks for when empty. */
const TOOLKIT_BUILT_INS = ['TEAMSFX_ENV', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'TEAMS_APP_TENANT_ID'];

describe('Microsoft 365 Agents Toolkit project files', () => {
  for (const file of YAML_FILES) {
    it(`${file} validates against the Toolkit schema of the version it declares`, () => {
      const project = parse(read(file)) as Project;
      expect(project.version, 'a declared schema version').to.match(/^v\d+\.\d+$/);
      const schemaFile = path.join(ROOT, 'test', 'fixtures', 'toolkit', `${project.version}.yaml.schema.json`);
      expect(fs.existsSync(schemaFile), `schema for ${project.version} in test/fixtures/toolkit`).to.equal(true);
      const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
      const valid = validate(project);
      expect(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 1)).to.equal(true);
      expect(read(file)).to.include(`$schema=https://aka.ms/m365-agents-toolkits/${project.version}/yaml.schema.json`);
    });

    it(`${file}: every value it uses comes from its env template, a step before it, or the Toolkit`, () => {
      const project = parse(read(file)) as Project;
      const envName = file === 'm365agents.yml' ? 'dev' : file.split('.')[1];
      const defined = new Set([...envKeys(`env/.env.${envName}`).keys(), ...TOOLKIT_BUILT_INS, 'SECRET_BOT_PASSWORD']);
      for (const step of steps(project)) {
        for (const name of placeholders(JSON.stringify(step.with ?? {})))
          expect(defined.has(name), `${file}: ${step.uses} uses ${name}`).to.equal(true);
        for (const name of Object.values(step.writeToEnvironmentFile ?? {})) defined.add(name);
      }
    });
  }

  it('the schema would catch a mistake: an unknown action and a missing version are refused', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'toolkit', 'v1.11.yaml.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate({ version: 'v1.11', provision: [{ uses: 'teamsApp/launchRockets' }] })).to.equal(false);
    expect(validate({ provision: [] })).to.equal(false);
  });

  it('provisioning deploys Bicep that declares the bot with its Teams channel, storage by managed identity, the host and the timer', () => {
    const project = parse(read('m365agents.yml')) as Project;
    const arm = steps(project).find((s) => s.uses === 'arm/deploy')!;
    const templates = arm.with!.templates as { path: string; parameters: string }[];
    expect(templates.map((t) => t.path)).to.deep.equal(['./infra/azure.bicep']);
    const bicep = read('infra/azure.bicep') + read('infra/botRegistration/azurebot.bicep');
    for (const resource of [
      'Microsoft.BotService/botServices@',
      'Microsoft.BotService/botServices/channels@',
      'Microsoft.Storage/storageAccounts@',
      'Microsoft.Web/sites@',
      'Microsoft.Authorization/roleAssignments@',
      'Microsoft.ManagedIdentity/userAssignedIdentities@',
      'Microsoft.Logic/workflows@',
    ]) {
      expect(bicep, resource).to.include(`'${resource}`);
    }
    expect(bicep).to.include("channelName: 'MsTeamsChannel'");
    expect(bicep, 'Storage Table Data Contributor').to.include('0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3');
    expect(bicep).to.include('allowSharedKeyAccess: false');
    expect(bicep).to.include("linuxFxVersion: 'NODE|22-lts'");
    expect(bicep).to.include("msaAppType: 'UserAssignedMSI'");
    expect(bicep).not.to.match(/listKeys|AccountKey=/);
    // Every parameter without a default is given by the parameters file.
    const required = [...read('infra/azure.bicep').matchAll(/^param (\w+) \w+$/gm)].map((m) => m[1]);
    const given = Object.keys(JSON.parse(read(templates[0].parameters.replace('./', ''))).parameters);
    expect(required.filter((p) => !given.includes(p))).to.deep.equal([]);
  });

  it('the env templates are committed without secrets, and define every manifest placeholder', () => {
    for (const env of ['dev', 'local', 'playground']) {
      for (const [key, value] of envKeys(`env/.env.${env}`)) {
        if (/SECRET|PASSWORD|KEY$/.test(key)) expect(value, `env/.env.${env} ${key}`).to.equal('');
      }
    }
    const manifestValues = new Set(placeholders(read('manifest/manifest.json')));
    for (const env of ['dev', 'local']) {
      const keys = envKeys(`env/.env.${env}`);
      expect(
        [...manifestValues].filter((k) => !keys.has(k)),
        `env/.env.${env}`,
      ).to.deep.equal([]);
    }
  });

  it('the app settings the Bicep gives are a configuration the bot starts with: managed identity, no secret, no key', () => {
    const env = {
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000',
      HOST: '0.0.0.0',
      PORT: '8080',
      TABLES_ACCOUNT_URL: 'https://yosbottables.table.core.windows.net/',
      NOTIFY_KEY: 'k',
    };
    const config = loadConfig(env, false);
    expect(bindingProblem(config)).to.equal(null);
    expect(config.tablesAccountUrl).to.equal('https://yosbottables.table.core.windows.net');
    expect(config.appPassword).to.equal('');
    expect(
      () =>
        new ConfigurationServiceClientCredentialFactory({
          MicrosoftAppId: config.appId,
          MicrosoftAppType: config.appType,
          MicrosoftAppTenantId: config.appTenantId,
        }),
    ).not.to.throw();
    for (const name of Object.keys(env)) expect(read('infra/azure.bicep'), name).to.include(`name: '${name}'`);
  });
});
