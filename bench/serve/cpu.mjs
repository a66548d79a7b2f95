#!/usr/bin/env node
// bench/serve/cpu: the compiler's CPU time per warm serve cycle, without LLVM
// or the watcher: validate, parse and ir, called in one process as serve calls
// them (incremental parsing on), over a sequence of one-function edits of the
// bench/serve program. Load-independent enough to compare two compilers on a
// shared machine: give each its lib/ folder and they run in turn, each in its
// own process (so node flags such as --max-semi-space-size can differ).
//
//   node bench/serve/cpu.mjs [--functions 2000] [--edits 8] [--runs 3] [--lib DIR[@NODEFLAGS]]...
//
// Prints, per run and per compiler, the median CPU ms of the warm cycles
// (cycles 2..edits; the first build is cold) and the median ir stage CPU.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { generate } from './gen.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const num = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : dflt;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (argv[0] === '--child') {
  // One compiler, one edit sequence: prints JSON {cycles: [{cpu, ir}]}.
  const [, lib, dir, functions, edits] = argv;
  const require = createRequire(join(resolve(lib), 'x.js'));
  const parser = require('./compiler/src/parser.js');
  const stages = require('./compiler/src/stages.js');
  parser.setIncrementalParsing(true);
  // As serve.ts sets it (absent from compilers before it).
  require('./compiler/src/llvm.js').setUnitTextReuse?.(true);
  try {
    require('./compiler/src/pass-cache.js').setPassCache(true);
  } catch {
    /* a compiler before the pass cache */
  }
  const cycles = [];
  for (let k = 0; k <= Number(edits); k++) {
    writeFileSync(join(dir, 'main.py'), generate(Number(functions), k));
    const c0 = process.cpuUsage();
    const v = stages.validateStage(dir, []);
    const m = stages.parseStage(v.sources, v.root, v.parsedMain);
    const i0 = process.cpuUsage();
    const out = stages.irStage(m, 'dev', undefined);
    const i1 = process.cpuUsage(i0);
    const c1 = process.cpuUsage(c0);
    if (!out.units?.length) throw new Error('no units');
    cycles.push({ cpu: (c1.user + c1.system) / 1000, ir: (i1.user + i1.system) / 1000, units: out.units.length });
  }
  process.stdout.write(JSON.stringify({ cycles }));
  process.exit(0);
}

const functions = num('--functions', 2000);
const edits = num('--edits', 8);
const runs = num('--runs', 3);
const libs = [];
for (let i = 0; i < argv.length; i++) if (argv[i] === '--lib') libs.push(argv[i + 1]);
if (!libs.length) libs.push(join(root, 'lib'));
const tmp = mkdtempSync(join(tmpdir(), 'aithon-bench-cpu-'));
try {
  for (let r = 0; r < runs; r++) {
    for (const spec of libs) {
      const [lib, flags] = spec.split('@');
      const dir = join(tmp, `p${r}`);
      mkdirSync(dir, { recursive: true });
      const nodeFlags = flags ? flags.split(',').filter(Boolean) : [];
      const res = spawnSync(process.execPath, [...nodeFlags, fileURLToPath(import.meta.url), '--child', lib, dir, String(functions), String(edits)], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (res.status !== 0) throw new Error(`${spec} failed:\n${res.stderr}`);
      const { cycles } = JSON.parse(res.stdout);
      const warm = cycles.slice(2);
      console.log(`run ${r + 1} ${spec}: cold ${Math.round(cycles[0].cpu)} ms; warm median cpu ${Math.round(median(warm.map((c) => c.cpu)))} ms, ir ${Math.round(median(warm.map((c) => c.ir)))} ms (${cycles[0].units} units)`);
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
