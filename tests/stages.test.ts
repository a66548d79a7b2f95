// The stages as separate tasks (what the Nx stage targets run): every stage's
// output written to disk and read back by the next must compile to exactly
// what the in-process pipeline compiles, and an edit that leaves a stage's
// output unchanged must leave it byte-identical (Nx's early cutoff).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBuildResources } from '../compiler/src/index';
import { deserializeTree, irStage, parseStage, serializeTree, validateStage } from '../compiler/src/stages';
import { runStageTask, stageTaskNames, type StageTaskOptions } from '../compiler/src/stage-tasks';
import { buildRuntime, type TargetInfo } from '../compiler/src/toolchain';
import { makeTempRoot, removeTempRoot, repoRoot } from './support/harness';

const programsDir = join(repoRoot, 'tests', 'programs');
let root = '';
let target: TargetInfo;

beforeAll(async () => {
  root = makeTempRoot('stages');
  target = (await buildRuntime()).target;
});

afterAll(async () => {
  await closeBuildResources();
  removeTempRoot(root);
});

function project(name: string, source: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.py'), source);
  return dir;
}

/** The dev units of a project compiled in one process, with the syntax tree kept in memory or sent through JSON. */
function unitsOf(dir: string, throughDisk: boolean): string[] {
  const v = validateStage(dir);
  let module = parseStage(v.sources, v.root, v.parsedMain);
  if (throughDisk) module = deserializeTree(serializeTree(module));
  return irStage(module, 'dev', target).units!.map((u) => `${u.name}\n${u.text}`);
}

describe('the syntax tree on disk', () => {
  const programs = readdirSync(programsDir)
    .filter((f) => f.endsWith('.py'))
    .sort();

  it.each(programs)('%s compiles to the same LLVM units through program.json', (file) => {
    const dir = project(`tree-${file.slice(0, -3)}`, readFileSync(join(programsDir, file), 'utf8'));
    let inMemory: string[];
    try {
      inMemory = unitsOf(dir, false);
    } catch {
      return; // a program that does not compile (the corpus has none today): nothing to compare
    }
    expect(unitsOf(dir, true)).toEqual(inMemory);
  });
});

describe('stage tasks', () => {
  const run = async (o: Omit<StageTaskOptions, 'stage'>) => {
    for (const stage of stageTaskNames) {
      const r = await runStageTask({ ...o, stage });
      expect(r.ok, `${stage}: ${r.toolchainError ?? JSON.stringify(r.diagnostics)}`).toBe(true);
    }
  };

  it.each(['dev', 'release'] as const)('build a multi-module project that prints what python3 prints (%s)', async (mode) => {
    const src = join(repoRoot, 'tests', 'projects', 'multi_module');
    const dir = join(root, `multi-${mode}`);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(src, { recursive: true, withFileTypes: true })) {
      if (!f.isFile()) continue;
      const rel = join(f.parentPath, f.name).slice(src.length + 1);
      mkdirSync(join(dir, rel, '..'), { recursive: true });
      copyFileSync(join(src, rel), join(dir, rel));
    }
    const stagesDir = join(root, `multi-${mode}-stages`);
    await run({ projectDir: dir, stagesDir, mode, executableName: 'multi' });
    const got = spawnSync(join(stagesDir, 'link', 'multi'), [], { cwd: dir, encoding: 'utf8' });
    const want = spawnSync('python3', ['main.py'], { cwd: dir, encoding: 'utf8' });
    expect(got.stdout).toBe(want.stdout);
    expect(got.status).toBe(want.status);
  });

  it('an edited comment leaves program.json byte-identical; an edited line of code does not', async () => {
    const source = '# a program\nX = 2  # two\n\n\ndef main():\n    # say it\n    print(X * 21)\n\n\nmain()\n';
    const dir = project('cutoff', source);
    const stagesDir = join(root, 'cutoff-stages');
    const o = { projectDir: dir, stagesDir, mode: 'dev' as const, executableName: 'cutoff' };
    const parsed = async () => {
      for (const stage of ['validate', 'parse'] as const) expect((await runStageTask({ ...o, stage })).ok).toBe(true);
      return readFileSync(join(stagesDir, 'parse', 'program.json'), 'utf8');
    };
    const before = await parsed();
    writeFileSync(join(dir, 'main.py'), source.replace('# say it', '# say it, loudly').replace('# a program', '# the program'));
    expect(await parsed()).toBe(before);
    writeFileSync(join(dir, 'main.py'), source.replace('X * 21', 'X * 22'));
    expect(await parsed()).not.toBe(before);
  });

  it('a stage whose input is missing says which stage to run first', async () => {
    const r = await runStageTask({ stage: 'opt', projectDir: root, stagesDir: join(root, 'nothing-here'), mode: 'dev', executableName: 'x' });
    expect(r.ok).toBe(false);
    expect(r.toolchainError).toMatch(/the 'ir' stage has not run/);
  });

  it('a damaged unit pack is refused, not compiled', async () => {
    const dir = project('pack', 'def main():\n    print(1)\n\n\nmain()\n');
    const stagesDir = join(root, 'pack-stages');
    const o = { projectDir: dir, stagesDir, mode: 'dev' as const, executableName: 'pack' };
    for (const stage of ['validate', 'parse', 'ir'] as const) expect((await runStageTask({ ...o, stage })).ok).toBe(true);
    const pack = join(stagesDir, 'ir', 'units.pack');
    writeFileSync(pack, readFileSync(pack).subarray(0, 40));
    const r = await runStageTask({ ...o, stage: 'opt' });
    expect(r.ok).toBe(false);
    expect(r.toolchainError).toMatch(/not a unit pack/);
  });
});
