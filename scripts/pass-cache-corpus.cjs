#!/usr/bin/env node
// Every corpus program built in turn in one process as serve builds (incremental parsing, the pass
// cache, unit text reuse), each twice (the second build keeps every def the pass cache can), then
// clean (all three off): the dev units must be equal. Prints the programs that differ, then a count.
//
//   node scripts/pass-cache-corpus.cjs [NAME-REGEX]      (after `npx tsc -p tsconfig.build.json`)
const { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');
const lib = join(root, 'lib', 'compiler', 'src');
const parser = require(join(lib, 'parser.js'));
const stages = require(join(lib, 'stages.js'));
const passCache = require(join(lib, 'pass-cache.js'));
const llvm = require(join(lib, 'llvm.js'));
const only = process.argv[2] ? new RegExp(process.argv[2]) : null;
const programs = join(root, 'tests', 'programs');
const work = mkdtempSync(join(tmpdir(), 'aithon-pass-cache-corpus-'));
const dir = join(work, 'project');

const units = (asServe) => {
  parser.setIncrementalParsing(asServe);
  passCache.setPassCache(asServe);
  llvm.setUnitTextReuse(asServe);
  try {
    const v = stages.validateStage(dir, []);
    return stages.irStage(stages.parseStage(v.sources, v.root, v.parsedMain), 'dev', undefined).units.map((u) => u.text).join('\n');
  } catch (e) {
    return `error: ${e.diagnostics ? JSON.stringify(e.diagnostics.map((d) => d.message)) : e.message}`;
  } finally {
    parser.setIncrementalParsing(false);
    passCache.setPassCache(false);
    llvm.setUnitTextReuse(false);
  }
};

let count = 0;
let differing = 0;
let kept = 0;
try {
  for (const file of readdirSync(programs).filter((f) => f.endsWith('.py')).sort()) {
    const name = file.slice(0, -3);
    if (only && !only.test(name)) continue;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'main.py'), readFileSync(join(programs, file), 'utf8'));
    const first = units(true);
    const second = units(true);
    kept += passCache.statementsKept;
    const clean = units(false);
    count++;
    if (first !== clean || second !== clean) {
      differing++;
      console.log(`${name}: differs from a clean build (${first === clean ? 'second' : 'first'} build)`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`programs ${count}, differing ${differing}, defs kept on the second builds ${kept}`);
process.exit(differing ? 1 : 0);
