// Differential suite: every tests/programs/*.py is compiled with the AIthon
// CLI and run; its stdout and exit status must equal CPython's, which is run
// live on the same file (no stored expectations). A program's input, when it reads
// stdin, is tests/programs/<name>.stdin, given to both runs.
//
// Environment knobs:
//   AITHON_TEST_FILTER=regex  only programs whose name matches
//   AITHON_BUILD_FLAGS="..."  extra flags for `aithon build` (e.g. --release)
//   AITHON_PYTHON=python3.12  reference interpreter
//   AITHON_KEEP_TMP=1         keep the temporary projects and executables
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildProject,
  cliMissingMessage,
  extraBuildFlags,
  describeDiff,
  describeRun,
  limiter,
  makeTempRoot,
  programInput,
  removeTempRoot,
  repoRoot,
  runExe,
  runReference,
  type RunResult,
} from './support/harness';

const programsDir = join(repoRoot, 'tests', 'programs');
const filter = process.env.AITHON_TEST_FILTER ? new RegExp(process.env.AITHON_TEST_FILTER) : undefined;
const programs = readdirSync(programsDir)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .filter((name) => !filter || filter.test(name))
  .sort();

const BUILD_CONCURRENCY = 2;

interface Built {
  projectDir: string;
  exe: string;
  source: string;
  build: RunResult;
}

// Both build modes by default: dev (runtime linked as a library) and release
// (runtime inlined by LTO) take different code paths through the optimiser.
// A release build costs several times a dev build (the runtime is optimised
// again into every program), so by default the release pass takes the whole
// programs, which mix every feature family, and the families whose runtime
// fast paths LTO inlines most (numbers, str, containers, bytes, actors,
// generators, exceptions); the dev pass takes every program. An explicit
// AITHON_BUILD_FLAGS (e.g. --release) runs every program in that mode.
const releaseFamilies = /^(whole_|int_|float_|str_|list_|dict_|bytes_|actors_|async_|generators|exceptions_|recursion|zero_division)/;
const buildModes: [string, string[], string[]][] = extraBuildFlags.length
  ? [[extraBuildFlags.join(' '), extraBuildFlags, programs]]
  : [
      ['--dev', ['--dev'], programs],
      ['--release', ['--release'], programs.filter((name) => releaseFamilies.test(name))],
    ];

describe.each(buildModes)('differential (%s): compiled output equals CPython', (_mode, flags, selected) => {
  let tempRoot = '';
  const builds = new Map<string, Promise<Built>>();

  beforeAll(() => {
    tempRoot = makeTempRoot('diff');
    if (cliMissingMessage()) return;
    const limit = limiter(BUILD_CONCURRENCY);
    // Start every build now (two at a time, in test order); each test awaits
    // its own, so results stream while later programs are still compiling.
    for (const name of selected) {
      const projectDir = join(tempRoot, name);
      const exe = join(tempRoot, 'out', name);
      mkdirSync(projectDir, { recursive: true });
      mkdirSync(join(tempRoot, 'out'), { recursive: true });
      copyFileSync(join(programsDir, `${name}.py`), join(projectDir, 'main.py'));
      const source = readFileSync(join(projectDir, 'main.py'), 'utf8');
      const promise = limit(() => buildProject(projectDir, exe, flags)).then((build) => ({ projectDir, exe, source, build }));
      builds.set(name, promise);
    }
  });

  afterAll(async () => {
    await Promise.allSettled([...builds.values()]);
    if (tempRoot) removeTempRoot(tempRoot);
  });

  it('has programs to test', () => {
    expect(programs.length, 'no programs matched (check AITHON_TEST_FILTER)').toBeGreaterThan(0);
  });

  it.each(selected)('%s', async (name) => {
    const missing = cliMissingMessage();
    if (missing) throw new Error(missing);
    const built = await builds.get(name)!;
    const { projectDir, exe, source, build } = built;

    if (build.code !== 0 || !existsSync(exe)) {
      throw new Error(
        `[${name}] build failed (exit ${build.code}${build.timedOut ? ', timed out' : ''}):\n` +
          `  node bin/aithon.js build ${projectDir} -o ${exe}\n` +
          describeRun('build', build),
      );
    }

    const input = programInput(programsDir, name);
    const [actual, expected] = await Promise.all([runExe(exe, projectDir, undefined, input), runReference(projectDir, 'main.py', source, input)]);

    if (expected.code === null) {
      throw new Error(`[${name}] the CPython reference did not finish\n${describeRun('python3', expected)}`);
    }

    const problems: string[] = [];
    if (actual.stdout !== expected.stdout) {
      problems.push(`stdout differs\n${describeDiff(expected.stdout, actual.stdout)}`);
    }
    if (actual.code !== expected.code) {
      problems.push(`exit status differs: CPython ${expected.code}, aithon ${actual.timedOut ? 'timeout' : actual.signal ?? actual.code}`);
    }
    if (problems.length > 0) {
      throw new Error(
        `[${name}] ${problems.join('\n')}\n` +
          describeRun('compiled program', actual) +
          '\n' +
          describeRun('python3', expected) +
          (build.stderr ? `\n--- build stderr:\n${build.stderr}` : ''),
      );
    }
    expect(actual.stdout).toBe(expected.stdout);
    expect(actual.code).toBe(expected.code);
  }, 600_000);
});
