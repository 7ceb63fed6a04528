#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (prepare script).
// Exits explicitly (storage clients keep sockets alive that would otherwise hold the process), but
// only once stdout and stderr have taken everything: a pipe would otherwise lose all past 64 KB.
const cli = require('../dist/src/cli/main.js');
const { watchOutput, exitCodeAfterOutput } = require('../dist/src/cli/exit.js');
watchOutput();
cli.useStderrForLogs();
cli
  .main(process.argv)
  .catch((err) => {
    process.stderr.write(`yosbot: ${err && err.message ? err.message : err}\n`);
    return 1;
  })
  .then(exitCodeAfterOutput)
  .then((code) => process.exit(code));
