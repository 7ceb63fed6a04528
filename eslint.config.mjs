// ESLint flat config: typescript-eslint's recommended rules, the size limits of the team guide,
// and the layering of src/ as import boundaries (see LAYERS below and README "How it is built").
// Formatting is Prettier's business: eslint-config-prettier turns off rules that would fight it.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Node modules that reach outside the process (files, network, processes, the machine). */
const IO_MODULES = ['fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'child_process', 'dgram', 'dns', 'tls', 'cluster', 'worker_threads', 'readline', 'os', 'inspector', 'vm'];
const TEAMS_SDK = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai', '@microsoft/teams-*'];
const HTTP_SERVER = ['restify', 'restify-*'];
const TABLE_STORAGE = ['@azure/data-tables', 'azurite', 'azurite/*'];
/** Folders of src/ and the top-level modules in src/ (config and log are shared by every layer above the framework; proactive.ts wires the sender for app and CLI). */
const FOLDERS = ['framework', 'views', 'store', 'services', 'notify', 'http', 'bot', 'cli'];
const TOP_MODULES = ['config', 'log', 'app', 'server', 'main', 'proactive'];

/**
 * The layers, lowest first. Each may import only the src/ folders and top-level modules listed,
 * and none of the packages listed. framework <- views <- store <- services, notify <- http, bot, cli;
 * app.ts is the composition root and may import anything.
 */
const LAYERS = [
  {
    folder: 'framework',
    why: 'src/framework is the framework as pure functions: no other src/ folder, no I/O',
    folders: [],
    top: [],
    packages: [...IO_MODULES.flatMap((m) => [m, `node:${m}`]), ...TEAMS_SDK, ...HTTP_SERVER, ...TABLE_STORAGE, '@azure/*', 'pino', 'dotenv', 'commander'],
  },
  {
    // Views render cards from the templates in cards/: they read those files, and nothing else.
    folder: 'views',
    why: 'src/views renders cards from framework values: it may import src/framework only',
    folders: ['framework'],
    top: [],
    packages: [...IO_MODULES.filter((m) => m !== 'fs').flatMap((m) => [m, `node:${m}`]), ...TEAMS_SDK, ...HTTP_SERVER, ...TABLE_STORAGE, '@azure/*'],
  },
  { folder: 'store', why: 'src/store may import src/framework only (and config, log)', folders: ['framework'], top: ['config', 'log'], packages: [...TEAMS_SDK, ...HTTP_SERVER] },
  {
    folder: 'services',
    why: 'src/services are use cases over framework, store and views; delivery (notify, bot, http) sits above them',
    folders: ['framework', 'store', 'views'],
    top: ['config', 'log'],
    packages: [...TEAMS_SDK, ...HTTP_SERVER, ...TABLE_STORAGE],
  },
  {
    folder: 'notify',
    why: 'src/notify delivers through the connector: it may import framework, store, views and services, never the Teams edge',
    folders: ['framework', 'store', 'views', 'services'],
    top: ['config', 'log'],
    packages: [...TEAMS_SDK, ...HTTP_SERVER, ...TABLE_STORAGE],
  },
  {
    folder: 'http',
    why: 'src/http holds the non-Teams HTTP routes: it may import everything below it, not bot or cli',
    folders: ['framework', 'store', 'views', 'services', 'notify'],
    top: ['config', 'log'],
    packages: [...TEAMS_SDK, ...TABLE_STORAGE],
  },
  {
    folder: 'bot',
    why: 'src/bot is the Teams edge: it may import everything below it, not the CLI',
    folders: ['framework', 'store', 'views', 'services', 'notify'],
    top: ['config', 'log'],
    packages: [...TABLE_STORAGE],
  },
  {
    folder: 'cli',
    why: 'src/cli is the command line: it may import everything below it, the connector token from src/bot and the proactive wiring',
    folders: ['framework', 'store', 'views', 'services', 'notify', 'bot'],
    top: ['config', 'log', 'proactive'],
    packages: [...TEAMS_SDK, ...HTTP_SERVER, ...TABLE_STORAGE],
  },
];

/** Relative imports from anywhere under src/<folder>/ that land in a forbidden part of src/. */
function layerRule({ folder, why, folders, top, packages }) {
  const deniedFolders = FOLDERS.filter((f) => f !== folder && !folders.includes(f));
  const deniedTop = TOP_MODULES.filter((m) => !top.includes(m));
  const denied = [...deniedFolders.map((f) => `${f}(/|$)`), ...deniedTop.map((m) => `${m}(\\.ts)?$`)];
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ImportExpression', message: 'Layering: import statically; a dynamic import() would slip past the layer rules.' }],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [],
          patterns: [
            { regex: `^(\\.\\./)+(${denied.join('|')})`, message: `Layering: ${why}.` },
            { group: packages, message: `Layering: ${why}; this package is not for this layer.` },
          ],
        },
      ],
    },
  };
}

export default defineConfig(
  { ignores: ['dist/', 'build/', 'node_modules/', '.data/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'smart'],
      // Deep requires of untyped CommonJS internals: Azurite's table server, adaptivecards' UMD bundle.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^azurite/dist/', '^adaptivecards/dist/'] }],
      // Control characters are stripped from untrusted text on purpose (table keys, hostile input).
      'no-control-regex': 'off',
      // The team guide: files of ~300 lines at most (rule data aside), functions of ~60.
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  // Data modules: the rules and the ways of asking them.
  { files: ['src/framework/rules.ts', 'src/framework/phrasings.ts', 'src/framework/training-phrasings.ts', 'src/framework/not-covered.ts', 'src/framework/section-cues.ts'], rules: { 'max-lines': 'off' } },
  {
    // Known long functions, each in a file other helpers are changing now: visible as warnings
    // until they are split; then this entry goes.
    files: ['src/cli/main.ts', 'src/framework/obligations.ts', 'src/notify/sweep.ts', 'src/store/store.ts'],
    rules: { 'max-lines-per-function': ['warn', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
  {
    // Tests: describe() bodies are long by nature, and Bot Framework activities are loosely typed JSON.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { 'max-lines-per-function': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  LAYERS.map(layerRule),
  {
    // The Teams SDK and the HTTP server stay at the edges: src/bot, src/http, server.ts and app.ts.
    files: ['src/*.ts'],
    ignores: ['src/app.ts', 'src/server.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: [...TEAMS_SDK, ...HTTP_SERVER], message: 'Layering: the Teams SDK and restify belong in src/bot, src/http, server.ts or app.ts.' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
