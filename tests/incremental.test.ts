// The function-level cache (compiler/src/units.ts) and incremental dev
// builds: what an edit recompiles, that a damaged cache entry is rebuilt and
// never linked, that a shared store (AITHON_CACHE_URL) gives a fresh cache
// its units, and that after any sequence of edits the incremental build's
// executable prints exactly what a clean build's prints.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../compiler/src/pipeline';
import { closeUnitStore } from '../compiler/src/unit-store';
import { closeUnitPool } from '../compiler/src/units';
import { setIncrementalParsing } from '../compiler/src/parser';
import { setUnitTextReuse, unitTextsReused } from '../compiler/src/llvm';
import { setPassCache, statementsKept } from '../compiler/src/pass-cache';
import { buildRuntime } from '../compiler/src/toolchain';
import { checkedProgram, irStage, parseStage, validateStage } from '../compiler/src/stages';
import { groupedLinkMinimum, groupFolder } from '../compiler/src/link-groups';
import { makeTempRoot, removeTempRoot } from './support/harness';
import { startRedis } from '../cache/tests/redis';
// @ts-expect-error: plain JavaScript module shared with bench/build
import { edits, makeProject, render, rng } from '../bench/build/gen.mjs';

type Model = ReturnType<typeof makeProject>;

let root = '';
const savedEnv = { dir: process.env.AITHON_CACHE_DIR, url: process.env.AITHON_CACHE_URL };

beforeAll(() => {
  root = makeTempRoot('incremental');
});

afterAll(async () => {
  await closeUnitStore();
  await closeUnitPool();
  process.env.AITHON_CACHE_DIR = savedEnv.dir;
  process.env.AITHON_CACHE_URL = savedEnv.url;
  if (savedEnv.dir === undefined) delete process.env.AITHON_CACHE_DIR;
  if (savedEnv.url === undefined) delete process.env.AITHON_CACHE_URL;
  removeTempRoot(root);
});

function writeProject(dir: string, model: Model): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(render(model) as Record<string, string>)) writeFileSync(join(dir, file), text);
}

/** A dev build with the given cache folder (and shared store, if any). */
async function devBuild(project: string, exe: string, cacheDir: string, cacheUrl?: string): Promise<BuildResult> {
  process.env.AITHON_CACHE_DIR = cacheDir;
  if (cacheUrl) process.env.AITHON_CACHE_URL = cacheUrl;
  else delete process.env.AITHON_CACHE_URL;
  const r = await build({ projectDir: project, outFile: exe, mode: 'dev' });
  if (!r.ok) throw new Error(`build failed: ${JSON.stringify(r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`))} ${r.toolchainError ?? ''}`);
  return r;
}

function output(exe: string): string {
  const r = spawnSync(exe, [], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

function python(project: string): string {
  const r = spawnSync('python3', ['main.py'], { cwd: project, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** One step of an edit sequence rebuilt as serve rebuilds: main.py's whole text. */
interface ServeStep {
  what: string;
  source: string;
}

/** What a warm build (serve's switches on) gave, for a sequence's own expectations. */
interface WarmBuild {
  /** Its dev units' texts, or the error's message. */
  units: string[] | string;
  /** Functions whose LLVM text it reused (setUnitTextReuse). */
  reused: number;
  /** Top-level statements the pass cache kept (0 without `passCache`). */
  kept: number;
}

/**
 * Writes each step's main.py into `root/<name>` and builds it in this process as serve does (incremental
 * parsing and unit text reuse on, and the pass cache with `passCache`), after the steps before it; then
 * checks that the units (or, with `mayFail`, an unsupported construct's error) equal a clean build's, and
 * that the executable prints what CPython prints. `check` adds a sequence's own expectations per step.
 */
async function serveSequence(
  name: string,
  steps: readonly ServeStep[],
  options: { passCache?: boolean; mayFail?: boolean },
  check: (step: ServeStep, warm: WarmBuild, index: number, previous: WarmBuild | undefined) => void = () => {},
): Promise<void> {
  const project = join(root, name);
  const exe = join(root, `${name}.exe`);
  const cacheDir = join(root, `cache-${name}`);
  mkdirSync(project, { recursive: true });
  // The target the builds emit for: texts kept for one target are not reused for another.
  process.env.AITHON_CACHE_DIR = cacheDir;
  const { target } = await buildRuntime();
  const unitTexts = (): string[] | string => {
    try {
      const v = validateStage(project, []);
      return irStage(parseStage(v.sources, v.root, v.parsedMain), 'dev', target).units!.map((u) => u.text);
    } catch (e) {
      if (!options.mayFail) throw e;
      return (e as Error).message;
    }
  };
  const serveSwitches = (on: boolean): void => {
    setIncrementalParsing(on);
    setUnitTextReuse(on);
    if (options.passCache) setPassCache(on);
  };
  let previous: WarmBuild | undefined;
  for (const [i, step] of steps.entries()) {
    writeFileSync(join(project, 'main.py'), step.source);
    serveSwitches(true);
    let warm: WarmBuild;
    try {
      const units = unitTexts();
      warm = { units, reused: unitTextsReused(), kept: statementsKept };
      if (typeof units !== 'string') await devBuild(project, exe, cacheDir);
    } finally {
      serveSwitches(false);
    }
    expect(warm.units, step.what).toEqual(unitTexts());
    check(step, warm, i, previous);
    previous = warm;
    if (typeof warm.units === 'string') expect(warm.units, step.what).toMatch(/unsupported/);
    else expect(output(exe), step.what).toBe(python(project));
  }
}

describe('function units', () => {
  let model: Model;
  let project = '';
  let exe = '';
  let cache = '';
  let units = 0;

  beforeAll(() => {
    model = makeProject({ functions: 40, modules: 3, seed: 11 });
    project = join(root, 'units');
    exe = join(root, 'units.exe');
    cache = join(root, 'cache-units');
    writeProject(project, model);
  });

  it('a cold build compiles every unit; an unchanged rebuild runs no LLVM tool', async () => {
    const cold = await devBuild(project, exe, cache);
    units = cold.units!;
    expect(units).toBeGreaterThan(20);
    expect(cold.recompiled).toBe(units);
    expect(output(exe)).toBe(python(project));
    const again = await devBuild(project, exe, cache);
    expect(again.recompiled).toBe(0);
    expect(again.llvmInvocations).toBe(0);
  });

  it('a comment edited in place recompiles nothing and runs no LLVM tool', async () => {
    edits.commentInPlace(model);
    writeProject(project, model);
    const r = await devBuild(project, exe, cache);
    expect(r.recompiled).toBe(0);
    expect(r.llvmInvocations).toBe(0);
  });

  it('a comment line added above main() recompiles only the line table and the module code', async () => {
    const main = join(project, 'main.py');
    writeFileSync(main, readFileSync(main, 'utf8').replace('def main():', '# the entry point\ndef main():'));
    const r = await devBuild(project, exe, cache);
    // The data unit (first lines of functions) and the module's top-level code.
    expect(r.recompiled).toBeGreaterThanOrEqual(1);
    expect(r.recompiled).toBeLessThanOrEqual(2);
    expect(output(exe)).toBe(python(project));
  });

  it('a comment line added above a function of a module recompiles only the line table and the module code', async () => {
    edits.comment(model, { m: model.modules[0], f: model.modules[0].functions[0] });
    writeProject(project, model);
    const r = await devBuild(project, exe, cache);
    expect(r.recompiled).toBeGreaterThanOrEqual(1);
    expect(r.recompiled).toBeLessThanOrEqual(2);
    expect(output(exe)).toBe(python(project));
  });

  it('a body edit recompiles that one function', async () => {
    const mod = model.modules[1];
    edits.body(model, { m: mod, f: mod.functions[mod.functions.length - 1] });
    writeProject(project, model);
    const r = await devBuild(project, exe, cache);
    expect(r.recompiled).toBe(1);
    expect(r.llvmInvocations).toBe(2); // one unit compiler, one link
    expect(output(exe)).toBe(python(project));
  });

  it('a signature edit recompiles the function and its callers only', async () => {
    const mod = model.modules[0];
    const callee = mod.functions[2];
    const callers = model.modules.flatMap((m: Model['modules'][number]) => m.functions).filter((f: { calls: string[] }) => f.calls.includes(callee.name)).length;
    edits.signature(model, { m: mod, f: callee });
    writeProject(project, model);
    const r = await devBuild(project, exe, cache);
    expect(r.recompiled).toBeGreaterThanOrEqual(1 + Math.min(callers, 1));
    expect(r.recompiled).toBeLessThanOrEqual(1 + callers + 2);
    expect(output(exe)).toBe(python(project));
  });

  it('a damaged object is detected by its digest and rebuilt, never linked', async () => {
    const objects = join(cache, 'objects');
    // <key[0:2]>/<key>.<digest>.o
    const files = readdirSync(objects).flatMap((sub) => readdirSync(join(objects, sub)).filter((f) => f.endsWith('.o')).map((f) => join(sub, f)));
    for (const f of files) {
      const path = join(objects, f);
      const bytes = readFileSync(path);
      bytes[Math.floor(bytes.length / 2)] ^= 0xff; // a flipped byte somewhere in the code or tables
      writeFileSync(path, bytes);
    }
    rmSync(exe);
    const r = await devBuild(project, exe, cache);
    // Every object was rebuilt from its stored bitcode (codegen only).
    expect(files.length).toBeGreaterThanOrEqual(units);
    expect(r.recompiled).toBe(units);
    expect(output(exe)).toBe(python(project));
  });

  it('a damaged bitcode entry is rejected and compiled again from the text', async () => {
    // Truncate every entry of the local store (bitcode), and drop the objects.
    const store = join(cache, 'units');
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    for (const f of walk(store)) writeFileSync(f, readFileSync(f).subarray(0, 20));
    rmSync(join(cache, 'objects'), { recursive: true, force: true });
    rmSync(exe);
    const r = await devBuild(project, exe, cache);
    expect(r.recompiled).toBe(units);
    expect(output(exe)).toBe(python(project));
  });
});

describe('a shared unit store (AITHON_CACHE_URL)', () => {
  it('gives a machine with an empty local cache every unit: nothing compiled, only the link', async () => {
    const model = makeProject({ functions: 30, modules: 2, seed: 5 });
    const project = join(root, 'shared');
    writeProject(project, model);
    const shared = join(root, 'shared-store');
    const a = await devBuild(project, join(root, 'a.exe'), join(root, 'cache-a'), shared);
    expect(a.recompiled).toBe(a.units);
    // Machine B: its own empty local cache, the same shared store.
    const b = await devBuild(project, join(root, 'b.exe'), join(root, 'cache-b'), shared);
    expect(b.recompiled).toBe(0);
    expect(b.remoteHits).toBe(b.units);
    expect(b.llvmInvocations).toBe(1); // the link
    expect(output(join(root, 'b.exe'))).toBe(python(project));
    // B edits one function: only that unit is compiled.
    edits.body(model, { m: model.modules[1], f: model.modules[1].functions[0] });
    writeProject(project, model);
    const edit = await devBuild(project, join(root, 'b.exe'), join(root, 'cache-b'), shared);
    expect(edit.recompiled).toBe(1);
    expect(output(join(root, 'b.exe'))).toBe(python(project));
  });

  it('works the same over Redis: B compiles nothing', async () => {
    const redis = await startRedis();
    try {
      const model = makeProject({ functions: 20, modules: 2, seed: 6 });
      const project = join(root, 'shared-redis');
      writeProject(project, model);
      const a = await devBuild(project, join(root, 'ra.exe'), join(root, 'cache-ra'), redis.url);
      expect(a.recompiled).toBe(a.units);
      await closeUnitStore(); // a new process on machine B
      const b = await devBuild(project, join(root, 'rb.exe'), join(root, 'cache-rb'), redis.url);
      expect(b.recompiled).toBe(0);
      expect(b.remoteHits).toBe(b.units);
      expect(output(join(root, 'rb.exe'))).toBe(python(project));
    } finally {
      await closeUnitStore();
      await redis.dispose();
    }
  });

  it('a shared store that cannot be reached costs a warning, not the build', async () => {
    const model = makeProject({ functions: 10, modules: 1, seed: 9 });
    const project = join(root, 'unreachable');
    writeProject(project, model);
    // Port 1 on loopback: connection refused at once.
    const r = await devBuild(project, join(root, 'u.exe'), join(root, 'cache-u'), 'redis://127.0.0.1:1');
    expect(r.recompiled).toBe(r.units);
    expect(output(join(root, 'u.exe'))).toBe(python(project));
  });
});

describe('random edit sequences', () => {
  it('after every edit, the incremental build prints what a clean build prints', async () => {
    const seeds = [21, 22];
    for (const seed of seeds) {
      const model = makeProject({ functions: 30, modules: 3, seed });
      const random = rng(seed * 7);
      const project = join(root, `random-${seed}`);
      const cache = join(root, `cache-random-${seed}`);
      const kinds = Object.keys(edits) as (keyof typeof edits)[];
      writeProject(project, model);
      await devBuild(project, join(root, 'inc.exe'), cache);
      for (let step = 0; step < 5; step++) {
        const kind = kinds[Math.floor(random() * kinds.length)];
        const what = edits[kind](model);
        writeProject(project, model);
        await devBuild(project, join(root, 'inc.exe'), cache);
        await devBuild(project, join(root, 'clean.exe'), join(root, `clean-${seed}-${step}`));
        const expected = output(join(root, 'clean.exe'));
        expect(output(join(root, 'inc.exe')), `seed ${seed}, edit ${step}: ${what}`).toBe(expected);
        expect(expected, `seed ${seed}, edit ${step}: ${what}`).toBe(python(project));
      }
    }
  });
});

describe('edits that change types, rebuilt in one process as serve does', () => {
  // Each step rewrites one file; the in-process rebuild (incremental parsing on, the unit cache
  // warm) must print what CPython prints: types inferred from the last cycle's state must not leak.
  const helpers = (ret: string) => `def scale(v):\n    return ${ret}\n`;
  const main = (field: string, dynamic: boolean) =>
    [
      'from helpers import scale',
      '',
      'class Point:',
      '    def __init__(self, x):',
      `        self.x = ${field}`,
      '',
      'def label(n):',
      '    tag = n',
      dynamic ? '    if n > 2:\n        tag = "big"' : '',
      '    return tag',
      '',
      'def total(points):',
      '    return sum(p.x for p in points)',
      '',
      'def main():',
      '    ps = [Point(i) for i in range(4)]',
      '    print(total(ps), scale(3), [label(i) for i in range(4)])',
      '',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n');
  const steps: { what: string; main?: string; helpers?: string }[] = [
    { what: 'first build', main: main('x', false), helpers: helpers('v * 2') },
    { what: 'a class field int -> float', main: main('x * 1.5', false) },
    { what: 'an imported function returns a str', helpers: helpers('str(v) + "!"') },
    { what: 'a variable becomes dynamic (int or str)', main: main('x * 1.5', true) },
    { what: 'the callee signature back to int', helpers: helpers('v * 2') },
    { what: 'the field back to int, the variable static again', main: main('x', false) },
  ];

  it('prints what CPython prints after every edit', async () => {
    setIncrementalParsing(true);
    try {
      const project = join(root, 'type-edits');
      mkdirSync(project, { recursive: true });
      for (const step of steps) {
        if (step.main) writeFileSync(join(project, 'main.py'), step.main);
        if (step.helpers) writeFileSync(join(project, 'helpers.py'), step.helpers);
        await devBuild(project, join(root, 'type-edits.exe'), join(root, 'cache-type-edits'));
        expect(output(join(root, 'type-edits.exe')), step.what).toBe(python(project));
      }
    } finally {
      setIncrementalParsing(false);
    }
  });
});

describe('edits that narrow, widen and retract types, in one process as serve does', () => {
  // Inference only ever joins: an edit that takes a contribution away (a function no longer
  // appends a str to a shared list) must leave no trace of it in the next build. Each step's
  // LLVM units, built after the previous steps with incremental parsing on (what serve keeps),
  // must equal those of a build that starts from nothing, and the executable must print what
  // CPython prints.
  const program = (store: string, scale: string, extra: string) =>
    [
      'def record(log, n):',
      `    log.append(${store})`,
      '',
      'def scaled(v):',
      `    return ${scale}`,
      '',
      'def main():',
      '    log = []',
      '    for i in range(4):',
      '        record(log, i)',
      extra,
      '    print(log, [scaled(x) for x in range(3)])',
      '',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n');
  const steps: { what: string; source: string }[] = [
    { what: 'first build: a list of ints', source: program('n', 'v * 2', '') },
    { what: 'widen: the list also gets strs', source: program('n if n % 2 else str(n)', 'v * 2', '') },
    { what: 'retract: the str contribution is gone', source: program('n', 'v * 2', '') },
    { what: 'widen a return: int or float', source: program('n', 'v * 2 if v else 0.5', '') },
    { what: 'narrow the return back to int', source: program('n', 'v * 2', '') },
    { what: 'a second caller contributes floats', source: program('n', 'v * 2', '    record(log, 2.5)') },
    { what: 'that caller is removed again', source: program('n', 'v * 2', '') },
  ];

  it('after every edit, the units equal a clean build\'s and the program prints what CPython prints', async () => {
    await serveSequence('retract-edits', steps, {}, (step, warm, _i, previous) => {
      // Each edit changes an inferred type, so the units differ from the step before's: a type kept from it would show.
      expect(warm.units, step.what).not.toEqual(previous?.units ?? []);
    });
  });
});

describe('function texts kept across builds, in one process as serve does', () => {
  // serve reuses a function's LLVM text when its IR is unchanged and everything its emitting read of
  // the rest of the program reads the same (llvm.ts, UnitTextMemo). Each step changes one of those
  // reads while leaving the reading function's own code as it was: the units must equal a build's
  // that starts from nothing.
  const program = (o: { helperLoops?: boolean; comment?: boolean; scale?: string; extraField?: boolean; caller?: boolean }) =>
    [
      'def helper(n):',
      ...(o.helperLoops ? ['    total = 0', '    for _ in range(2):', '        total += n', '    return total'] : ['    return n * 2']),
      '',
      'def risky(xs, i):',
      `    return xs[i]${o.comment ? '  # may raise IndexError' : ''}`,
      '',
      `SCALE = ${o.scale ?? '3'}`,
      '',
      'def scaled(v):',
      '    return v * SCALE',
      '',
      'class Point:',
      '    def __init__(self, x):',
      '        self.x = x',
      ...(o.extraField ? ['        self.tag = "p"'] : []),
      '',
      'def norm(p):',
      '    return p.x * p.x',
      '',
      'def twice(n):',
      '    return helper(n) + helper(n + 1)',
      '',
      ...(o.caller ? ['def extra():', '    return helper(7)', ''] : []),
      'def main():',
      '    xs = [helper(i) for i in range(3)]',
      '    print(xs, twice(4), scaled(2), norm(Point(3)), risky(xs, 1))',
      ...(o.caller ? ['    print(extra())'] : []),
      '    try:',
      '        risky(xs, 10)',
      '    except IndexError as e:',
      '        print("caught", e)',
      '',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n');
  const steps: { what: string; source: string }[] = [
    { what: 'first build', source: program({}) },
    { what: 'a callee gains a loop, its signature unchanged (its callers keep their calls out of line)', source: program({ helperLoops: true }) },
    { what: 'a trailing comment on a line that can raise (the traceback text of that line)', source: program({ helperLoops: true, comment: true }) },
    { what: 'a global read by an unchanged function becomes a float', source: program({ helperLoops: true, comment: true, scale: '3.5' }) },
    { what: 'a class gains an attribute (its layout)', source: program({ helperLoops: true, comment: true, scale: '3.5', extraField: true }) },
    { what: 'a new caller of an unchanged function', source: program({ helperLoops: true, comment: true, scale: '3.5', extraField: true, caller: true }) },
    { what: 'everything back as it was', source: program({}) },
  ];

  it('after every edit, the units equal a clean build\'s and the program prints what CPython prints', async () => {
    await serveSequence('kept-texts', steps, {}, (step, warm, i, previous) => {
      expect(warm.units, step.what).not.toEqual(previous?.units ?? []);
      // The functions the edit did not touch were not emitted again.
      if (i > 0) expect(warm.reused, step.what).toBeGreaterThan(0);
    });
  });
});

describe('defs kept by the pass cache, in one process as serve does', () => {
  // serve keeps what the last passes made of each unchanged def (pass-cache.ts) when the def's input to
  // them and their program-wide facts are unchanged. Each step edits one def (or a module-level line) so
  // that a fact an unchanged def's rewrite depends on changes, or not; line counts stay the same, so the
  // unchanged defs keep their positions. The units must equal a clean build's after every step.
  type Options = { runnerMethod?: boolean; helperSig?: boolean; localClass?: boolean; callsElsewhere?: boolean; floorImported?: boolean; tableFirst?: boolean; readsVars?: boolean };
  const program = (o: Options) =>
    [
      o.floorImported ? 'from math import floor' : 'import math',
      '',
      o.tableFirst ? 'PRE = [c for c in "xy"]' : 'PRE = ["x", "y"]',
      '',
      'class Runner:',
      ...(o.runnerMethod ? ['    def run(self):', '        return 5'] : ['    def __init__(self):', '        self.run = lambda: 5']),
      '',
      'def call_it(obj):',
      '    m = obj.run',
      '    return m()',
      '',
      'def counter():',
      '    counter.calls += 1',
      '    return counter.calls',
      '',
      ...(o.helperSig ? ['def helper(n, k=1):', '    return n * 2 * k'] : ['def helper(n):', '    return n * 2']),
      '',
      'def squares(xs):',
      '    return [x * x for x in xs]',
      '',
      'def shifted(xs, base=[i for i in range(2)]):',
      '    return [x + len(base) for x in xs]',
      '',
      'def rounded(xs):',
      '    f = floor',
      '    return [f(x) for x in xs]',
      '',
      'def maker():',
      ...(o.localClass ? ['    class Local:', '        v = 7', '    return Local.v'] : ['    x = 7', '    y = 0', '    return x + y']),
      '',
      'class Tally:',
      '    def __init__(self):',
      o.callsElsewhere ? '        self.calls = 3' : '        self.count = 3',
      '',
      'def twice(n):',
      '    try:',
      '        return helper(n) + helper(n + 1)',
      '    except ValueError:',
      '        return 0',
      '',
      'def main():',
      '    print(call_it(Runner()), counter(), counter(), twice(3), squares([1, 2]), shifted([1]), rounded([1.5, 2.7]), maker(), PRE, TABLE)',
      '    t = Tally()',
      o.readsVars ? '    print(sorted(vars(t)))' : '    print(sorted(["count"]))',
      '',
      'counter.calls = 0',
      'TABLE = [c for c in "ab"]',
      '',
      ...(o.floorImported ? ['', '', ''] : ['def floor(x):', '    return int(x) - 1', '']),
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n');
  // `keeps`: whether the unchanged defs keep their objects (the facts are unchanged) or all are rewritten afresh.
  const steps: { what: string; options: Options; keeps: boolean }[] = [
    { what: 'first build', options: {}, keeps: false },
    { what: 'a callee\'s signature changes (a new parameter name: no fact the kept defs read)', options: { helperSig: true }, keeps: true },
    { what: 'a data attribute of one class becomes a method elsewhere (rewriteMethodValues: obj.run in call_it is now a method value)', options: { helperSig: true, runnerMethod: true }, keeps: false },
    { what: 'nothing changed', options: { helperSig: true, runnerMethod: true }, keeps: true },
    { what: 'a from-import replaces a def of the same name (rewriteMethodValues: floor read as a value in rounded)', options: { helperSig: true, runnerMethod: true, floorImported: true }, keeps: false },
    { what: 'a local class added to a def (hoisted to the top level: a new class name)', options: { helperSig: true, runnerMethod: true, floorImported: true, localClass: true }, keeps: false },
    { what: 'a class gains an attribute whose name a function attribute uses (rewriteFunctionAttributes\' counts)', options: { helperSig: true, runnerMethod: true, floorImported: true, localClass: true, callsElsewhere: true }, keeps: false },
    { what: 'a module-level comprehension before the defs (the numbering shared with parameter defaults)', options: { helperSig: true, runnerMethod: true, floorImported: true, localClass: true, callsElsewhere: true, tableFirst: true }, keeps: true },
    { what: 'vars() read somewhere (markInstanceDictReads reads the whole program)', options: { helperSig: true, runnerMethod: true, floorImported: true, localClass: true, callsElsewhere: true, tableFirst: true, readsVars: true }, keeps: false },
    { what: 'vars() gone again', options: { helperSig: true, runnerMethod: true, floorImported: true, localClass: true, callsElsewhere: true, tableFirst: true }, keeps: false },
    { what: 'everything back as it was', options: {}, keeps: false },
    { what: 'one def edited in place', options: { helperSig: true }, keeps: true },
  ];

  // Twelve steps of three front-end builds and a dev build each: minutes on a loaded 2-core machine.
  it('after every edit, the units equal a clean build\'s and the program prints what CPython prints', async () => {
    await serveSequence('pass-cache', steps.map((step) => ({ what: step.what, source: program(step.options) })), { passCache: true }, (step, warm, i) => {
      // The defs no edit touched (call_it, counter, squares, rounded, twice, Tally...) are kept, or none is.
      if (steps[i].keeps) expect(warm.kept, step.what).toBeGreaterThanOrEqual(6);
      else expect(warm.kept, step.what).toBe(0);
    });
  }, 600_000);
});

describe('defs kept by the pass cache from rewriteFunctionAttributes on', () => {
  // The cache starts before rewriteFunctionAttributes, rewriteDecorators and closeAbandonedGenerators: a kept
  // def skips them too. Each step changes, in other statements, a fact one of them reads for an unchanged def
  // and no fact of a later pass (a generator function's kind, which decorator names are defs of the program, an
  // attribute name's uses elsewhere, whether a module-level def's attributes become variables), or globals() in
  // the text, or nothing such; line counts stay the same. The
  // units (or the error) must equal a clean build's; a cache that ignored one of these facts would keep a def
  // rewritten for the facts before.
  type Options = { genList?: boolean; tagLambda?: boolean; totalElsewhere?: boolean; readsGlobals?: boolean; edited?: boolean; counter?: boolean; escapes?: boolean };
  const program = (o: Options) =>
    [
      'from functools import wraps',
      '',
      ...(o.genList ? ['def gen(n):', '    out = list(range(n))', '    return out'] : ['def gen(n):', '    for i in range(n):', '        yield i']),
      '',
      'def first_big(n):',
      '    for x in gen(n):',
      '        if x > 2:',
      '            return x',
      '    return -1',
      '',
      'def logged(fn):',
      '    @wraps(fn)',
      '    def inner(*args):',
      '        return fn(*args) + 1',
      '    return inner',
      '',
      ...(o.tagLambda ? ['tag = lambda f: f', ''] : ['def tag(f):', '    return f']),
      '',
      'class K:',
      '    @tag',
      '    def m(self):',
      '        return 4',
      '',
      'def make_acc():',
      '    def f(n):',
      '        f.total += n',
      '        return f.total',
      '    f.total = 0',
      '    return f',
      '',
      'def peek(o):',
      o.totalElsewhere ? '    return o.total' : '    return o.count',
      '',
      'def double(n):',
      '    return n * 2',
      '',
      'class Probe:',
      '    def __init__(self):',
      '        self.calls = 1',
      '',
      ...(o.counter ? ['def counter():', '    counter.calls += 1', '    return counter.calls', 'counter.calls = 0'] : ['def counter():', '    return 0', '', '']),
      '',
      'def main():',
      '    acc = make_acc()',
      '    acc(2)',
      `    print(first_big(${o.edited ? 9 : 6}), logged(double)(4), acc(3), K().m(), counter())`,
      o.escapes ? '    keep = counter' : '    keep = 0',
      o.readsGlobals ? '    print("main" in globals())' : '    print(True)',
      '',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n');
  const steps: { what: string; options: Options; keeps: boolean }[] = [
    { what: 'first build', options: {}, keeps: false },
    { what: 'main edited (no fact the kept defs read)', options: { edited: true }, keeps: true },
    { what: 'gen no longer a generator (closeAbandonedGenerators: the loop in first_big closes nothing)', options: { edited: true, genList: true }, keeps: false },
    { what: 'nothing changed', options: { edited: true, genList: true }, keeps: true },
    { what: 'gen a generator again', options: { edited: true }, keeps: false },
    { what: 'tag a lambda, not a def (rewriteDecorators: K.m keeps @tag)', options: { edited: true, tagLambda: true }, keeps: false },
    { what: 'tag a def again (K.m hoisted out of K)', options: { edited: true }, keeps: false },
    { what: 'another value\'s attribute named as the function attribute (rewriteFunctionAttributes: f.total in make_acc stays, unsupported)', options: { totalElsewhere: true }, keeps: false },
    { what: 'that attribute renamed back', options: {}, keeps: false },
    { what: 'globals() read in main (rewriteGlobalsReads reads the whole program)', options: { readsGlobals: true }, keeps: false },
    { what: 'main edited, globals() still read', options: { readsGlobals: true, edited: true }, keeps: false },
    { what: 'globals() gone', options: { edited: true }, keeps: false },
    { what: 'main edited again', options: {}, keeps: true },
    { what: 'a module-level def with a function attribute (the pass rewrites every statement\'s counter.calls)', options: { counter: true }, keeps: false },
    { what: 'main edited, the module-level rewrite the same', options: { counter: true, edited: true }, keeps: true },
    { what: 'counter escapes through a name in main, and Probe\'s calls may be its attribute (not rewritten, unsupported; no count, no name of a later pass changed)', options: { counter: true, escapes: true }, keeps: false },
    { what: 'the escape gone', options: { counter: true }, keeps: false },
  ];

  it('after every edit, the units (or the error) equal a clean build\'s and the program prints what CPython prints', async () => {
    await serveSequence('pass-cache-early', steps.map((step) => ({ what: step.what, source: program(step.options) })), { passCache: true, mayFail: true }, (step, warm, i) => {
      // first_big, logged, make_acc, peek and double are kept, or none is.
      if (steps[i].keeps) expect(warm.kept, step.what).toBeGreaterThanOrEqual(5);
      else expect(warm.kept, step.what).toBe(0);
    });
  }, 600_000);
});

describe('the desugarer\'s gates on the program\'s text, in one process as serve does', () => {
  // aliasOsErrorNames and the functools rewrites (a call of lru_cache on a def made its decorator, the
  // cache_info counters) walk the program only when its text names IOError or EnvironmentError, or
  // functools. Each step edits other lines so that a gate, or what the pass then reads elsewhere (a
  // parameter named IOError binds the name: describe's IOError is no longer read as OSError), changes for
  // the unchanged describe and fib; line counts stay the same. The units (or the error) must equal a clean
  // build's: a def kept from before the gate changed would show.
  type Options = { functools?: boolean; ioParam?: boolean; edited?: boolean };
  const program = (o: Options) =>
    [
      o.functools ? 'import functools' : 'import math',
      '',
      '',
      'def fib(n):',
      '    return n if n < 2 else fib(n - 1) + fib(n - 2)',
      '',
      '',
      o.functools ? 'fib = functools.lru_cache(maxsize=None)(fib)' : 'LIMIT = int(math.sqrt(900))',
      '',
      '',
      'def describe(path):',
      '    try:',
      '        raise IOError("missing " + path)',
      '    except EnvironmentError as e:',
      '        return type(e).__name__ + " " + str(e) + " " + str(isinstance(e, OSError))',
      '',
      '',
      o.ioParam ? 'def helper(x, IOError=0):' : 'def helper(x, y=0):',
      o.ioParam ? '    return x + IOError + 1' : '    return x + y + 1',
      '',
      '',
      'def main():',
      `    print(describe("a"), fib(30), helper(1), ${o.edited ? 2 : 1})`,
      '',
      '',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n');
  // `kept`: how many of fib, describe, helper and main the pass cache keeps (with functools named, fib is two
  // defs: the renamed uncached.fib and the decorated fib calling it).
  const steps: { what: string; options: Options; kept: number }[] = [
    { what: 'first build', options: {}, kept: 0 },
    { what: 'main edited (no gate changes)', options: { edited: true }, kept: 3 },
    { what: 'functools named: fib cached by a module-level call (cacheCallsAsDefs makes it fib\'s decorator)', options: { functools: true }, kept: 0 },
    { what: 'main edited, functools still named', options: { functools: true, edited: true }, kept: 4 },
    { what: 'functools gone again', options: { edited: true }, kept: 0 },
    // fib only: describe's text is unchanged, but not what the passes make of it.
    { what: 'helper binds IOError (aliasOsErrorNames leaves describe\'s names as written: unsupported)', options: { ioParam: true }, kept: 1 },
    { what: 'IOError no longer bound', options: {}, kept: 2 },
    { what: 'main edited again', options: { edited: true }, kept: 3 },
  ];

  it('after every edit, the units (or the error) equal a clean build\'s and the program prints what CPython prints', async () => {
    await serveSequence('desugar-gates', steps.map((step) => ({ what: step.what, source: program(step.options) })), { passCache: true, mayFail: true }, (step, warm, i) => {
      expect(warm.kept, step.what).toBe(steps[i].kept);
    });
  }, 600_000);
});

describe('linking in groups', () => {
  it('a program of more units than the group minimum links what freshly merged groups link, after every edit; a damaged group is merged again', async () => {
    const model = makeProject({ functions: 90, modules: 3, seed: 31 });
    const random = rng(31 * 7);
    const project = join(root, 'groups');
    const cache = join(root, 'cache-groups');
    const inc = join(root, 'groups-inc.exe');
    const kinds = Object.keys(edits) as (keyof typeof edits)[];
    writeProject(project, model);
    const first = await devBuild(project, inc, cache);
    expect(first.units).toBeGreaterThanOrEqual(groupedLinkMinimum);
    expect(readdirSync(groupFolder(inc)).filter((f) => f.endsWith('.o')).length).toBeGreaterThan(1);
    for (let step = 0; step < 4; step++) {
      const kind = kinds[Math.floor(random() * kinds.length)];
      const what = edits[kind](model);
      writeProject(project, model);
      await devBuild(project, inc, cache);
      // The same units (the same cache), linked to a new path: every group merged afresh.
      const fresh = join(root, `groups-fresh-${step}.exe`);
      await devBuild(project, fresh, cache);
      const expected = output(fresh);
      expect(output(inc), `edit ${step}: ${what}`).toBe(expected);
      expect(expected, `edit ${step}: ${what}`).toBe(python(project));
    }
    // Every kept group damaged (its bytes no longer match its record): merged again, never linked.
    for (const f of readdirSync(groupFolder(inc))) if (f.endsWith('.o')) writeFileSync(join(groupFolder(inc), f), 'not an object');
    const mod = model.modules[0];
    edits.body(model, { m: mod, f: mod.functions[mod.functions.length - 1] });
    writeProject(project, model);
    const r = await devBuild(project, inc, cache);
    expect(r.recompiled).toBe(1);
    // The unit compiler, every group merged again, the link.
    expect(r.llvmInvocations).toBeGreaterThan(3);
    expect(output(inc)).toBe(python(project));
  }, 600_000);

  it('the objects of a big program are checked when their group is merged: damaged ones are compiled again, never linked', async () => {
    const model = makeProject({ functions: 90, modules: 3, seed: 37 });
    const project = join(root, 'groups-damaged');
    const cache = join(root, 'cache-groups-damaged');
    const exe = join(root, 'groups-damaged.exe');
    writeProject(project, model);
    const first = await devBuild(project, exe, cache);
    expect(first.units).toBeGreaterThanOrEqual(groupedLinkMinimum);
    // Every object damaged after this process checked it; an edit then merges two groups again.
    const objects = join(cache, 'objects');
    for (const sub of readdirSync(objects)) {
      for (const f of readdirSync(join(objects, sub))) {
        const path = join(objects, sub, f);
        const bytes = readFileSync(path);
        bytes[Math.floor(bytes.length / 2)] ^= 0xff;
        writeFileSync(path, bytes);
      }
    }
    const mod = model.modules[0];
    edits.body(model, { m: mod, f: mod.functions[mod.functions.length - 1] });
    writeProject(project, model);
    const r = await devBuild(project, exe, cache);
    // The edited unit, then, once a merge found damaged members, every damaged object again.
    expect(r.recompiled).toBeGreaterThan(1);
    expect(output(exe)).toBe(python(project));
  }, 600_000);
});

describe('names the passes make, numbered per top-level statement', () => {
  // rewriteMethodValues' lambda parameters and closeAbandonedGenerators' loop holders were numbered across
  // the whole program: an edit that added one renamed those of every later def, whose code (and unit)
  // then changed. Each variant here adds one to the first def only.
  const program = (more: boolean) =>
    [
      'def gen(n):',
      '    for i in range(n):',
      '        yield i',
      '',
      'def first(xs):',
      '    f = xs.append',
      '    f(1)',
      ...(more ? ['    g = xs.append', '    g(2)', '    for v in gen(2):', '        xs.append(v)'] : []),
      '    for v in gen(3):',
      '        if v > 1:',
      '            return xs',
      '    return xs',
      '',
      'def later(ys):',
      '    k = len',
      '    h = ys.append',
      '    h(3)',
      '    for v in gen(4):',
      '        if v > 2:',
      '            return k(ys) + v',
      '    return 0',
      '',
      'def main():',
      '    print(first([]), later([]))',
      '',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n');

  it('adding a method value and a generator loop to one def leaves the later def\'s lambdas and loop holders as they were', async () => {
    const project = join(root, 'numbering');
    mkdirSync(project, { recursive: true });
    const parsed = (more: boolean) => {
      writeFileSync(join(project, 'main.py'), program(more));
      const v = validateStage(project, []);
      return parseStage(v.sources, v.root, v.parsedMain);
    };
    const units = (more: boolean) => new Map(irStage(parsed(more), 'dev', undefined).units!.map((u) => [u.name, u.text]));
    const before = units(false);
    const after = units(true);
    expect(after.get('first(list)')).not.toBe(before.get('first(list)'));
    // The lambdas that make no function object (whose code holds no function id, numbered by the checker).
    for (const name of ['later(list)/later.builtins.len(list)', 'later(list)/later.append(list)/later.append.append(tuple[int])']) {
      expect(before.has(name), name).toBe(true);
      expect(after.get(name), name).toBe(before.get(name));
    }
    // The generator loop's holder in later(), after the passes.
    const holders = (more: boolean) => {
      const later = checkedProgram(parsed(more)).module.body.find((s) => s.kind === 'FunctionDef' && s.name === 'later');
      return JSON.stringify(later, (_, v) => (typeof v === 'bigint' ? String(v) : v)).match(/\$loop(gen|ret)\.\d+/g);
    };
    expect(holders(false)?.length).toBeGreaterThan(0);
    expect(holders(true)).toEqual(holders(false));
    const exe = join(root, 'numbering.exe');
    await devBuild(project, exe, join(root, 'cache-numbering'));
    expect(output(exe)).toBe(python(project));
  });
});
