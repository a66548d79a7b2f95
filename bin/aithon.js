#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled TypeScript under lib/.
require('../lib/compiler/src/cli.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err && err.stack ? err.stack : String(err)); process.exitCode = 70; },
);
