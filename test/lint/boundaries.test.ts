/**
 * The layering of src/ is enforced by ESLint (eslint.config.mjs): these tests lint small sources
 * as if they sat in each folder (in memory, no file written) and check that an import across a
 * boundary is an error, so `npm run lint` (and .ci/run) fails, and that the allowed ones pass.
 */
import path from 'node:path';
import { expect } from 'chai';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '..', '..', '..');
let eslint: ESLint;

/** The rules that keep the layers: static imports, dynamic import(), require(). */
const LAYER_RULES = ['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax', '@typescript-eslint/no-require-imports'];

/** The layering errors ESLint reports for `code` as the file `file` (relative to the root). */
async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.severity === 2 && LAYER_RULES.includes(m.ruleId ?? '')).map((m) => `${m.ruleId}: ${m.message}`);
}

const FORBIDDEN: [string, string][] = [
  ['src/notify/x.ts', "import { createBot } from '../bot/bot';"],
  ['src/notify/deep/x.ts', "export { createBot } from '../../bot/bot';"],
  ['src/notify/x.ts', "import { TurnContext } from 'botbuilder';"],
  ['src/notify/x.ts', "import type { Server } from 'restify';"],
  ['src/framework/x.ts', "import fs from 'node:fs';"],
  ['src/framework/x.ts', "import { readFileSync } from 'fs';"],
  ['src/framework/x.ts', "import { spawn } from 'node:child_process';"],
  ['src/framework/x.ts', "import http from 'node:http';"],
  ['src/framework/x.ts', "import { TableClient } from '@azure/data-tables';"],
  ['src/framework/x.ts', "const fs = require('node:fs');"],
  ['src/framework/x.ts', "export async function load() { return import('node:fs'); }"],
  ['src/framework/x.ts', "import type { Store } from '../store/store';"],
  // The one file allowed to read the packaged word list may still do nothing else with I/O.
  ['src/framework/retrieval.ts', "import { spawn } from 'node:child_process';"],
  ['src/framework/retrieval.ts', "import type { Store } from '../store/store';"],
  ['src/framework/x.ts', "import { log } from '../log';"],
  ['src/framework/x.ts', "import type { Config } from '../config';"],
  ['src/views/x.ts', "import type { Store } from '../store/store';"],
  ['src/views/x.ts', "import { ask } from '../services/ask';"],
  ['src/views/x.ts', "import net from 'node:net';"],
  ['src/store/x.ts', "import { claimService } from '../services/claims';"],
  ['src/store/x.ts', "import { renderCard } from '../views/templates';"],
  ['src/services/x.ts', "import type { Server } from 'restify';"],
  ['src/services/x.ts', "import { sweep } from '../notify/sweep';"],
  ['src/services/x.ts', "import { TableClient } from '@azure/data-tables';"],
  ['src/services/x.ts', "import { Application } from '@microsoft/teams-ai';"],
  ['src/http/x.ts', "import { createBot } from '../bot/bot';"],
  ['src/bot/actions/x.ts', "import { main } from '../../cli/main';"],
  ['src/services/x.ts', "import type { Reacher } from '../notify/reach';"],
  ['src/notify/x.ts', "import { proactive } from '../proactive';"],
  ['src/cli/x.ts', "import { MessageFactory } from 'botbuilder';"],
  ['src/config.ts', "import { MessageFactory } from 'botbuilder';"],
];

const ALLOWED: [string, string][] = [
  ['src/framework/x.ts', "import { addDays } from './dates';\nimport { DateTime } from 'luxon';"],
  ['src/views/x.ts', "import fs from 'node:fs';\nimport type { Answer } from '../framework/answer';"],
  ['src/store/x.ts', "import type { Config } from '../config';\nimport { TableClient } from '@azure/data-tables';\nimport type { Review } from '../framework/records';"],
  ['src/services/x.ts', "import type { Store } from '../store/store';\nimport { renderCard } from '../views/templates';"],
  ['src/notify/x.ts', "import { renderCard } from '../views/templates';\nimport { ask } from '../services/ask';\nimport { log } from '../log';"],
  ['src/http/x.ts', "import type { Server } from 'restify';\nimport { sweep } from '../notify/sweep';"],
  ['src/bot/commands/x.ts', "import { MessageFactory } from 'botbuilder';\nimport { Application } from '@microsoft/teams-ai';\nimport { sweep } from '../../notify/sweep';"],
  ['src/cli/x.ts', "import { createSender } from '../bot/connector-token';\nimport { proactive } from '../proactive';"],
  ['src/app.ts', "import type { Server } from 'restify';\nimport { createBot } from './bot/bot';"],
];

describe('layering is enforced by the linter (eslint.config.mjs)', function () {
  this.timeout(60_000);
  before(() => {
    eslint = new ESLint({ cwd: ROOT });
  });

  for (const [file, code] of FORBIDDEN) {
    it(`refuses in ${file}: ${code.split('\n')[0]}`, async () => {
      const errors = await layeringErrors(file, code);
      expect(errors.length, 'layering errors').to.be.greaterThan(0);
      expect(errors.join('\n')).to.match(/Layering|require\(\)/);
    });
  }

  for (const [file, code] of ALLOWED) {
    it(`allows in ${file}: ${code.replace(/\n/g, ' ')}`, async () => {
      expect(await layeringErrors(file, code)).to.deep.equal([]);
    });
  }
});
