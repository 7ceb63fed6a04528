#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (prepare script).
// Exits explicitly: storage clients keep sockets alive that would otherwise hold the process.
const cli = require('../dist/src/cli/main.js');
cli.useStderrForLogs();
cli.main(process.argv).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`yosbot: ${err && err.message ? err.message : err}`);
    process.exit(1);
  },
);
