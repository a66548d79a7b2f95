// Project validation through the CLI.
//
//   tests/invalid/<case>/  a project the CLI must reject; expected.json holds
//       { "exitCode": 1,
//         "stderrIncludes": ["main.py:3:1: error:", ...],   // literal substrings
//         "stderrMatches": ["main\\.py:4:\\d+: error:"],   // optional regexes
//         "stderrExcludes": ["..."] }                         // optional: must not appear
//     Both `build` and `check` must reject it the same way, and `build` must
//     not leave an executable behind.
//   tests/valid/<case>/    a project the CLI must accept; the compiled
//     program's stdout/exit status must equal CPython's (with the implicit
//     main() call reproduced for the reference when main.py never calls it).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildProject,
  cliMissingMessage,
  copyFixture,
  describeDiff,
  describeRun,
  listDirs,
  makeTempRoot,
  removeTempRoot,
  repoRoot,
  runCli,
  runExe,
  runReference,
  type RunResult,
} from './support/harness';

interface Expected {
  description?: string;
  exitCode: number;
  stderrIncludes?: string[];
  stderrMatches?: string[];
  /** Literal substrings that must not appear (what the compiler must not reject as well). */
  stderrExcludes?: string[];
}

const invalidDir = join(repoRoot, 'tests', 'invalid');
const validDir = join(repoRoot, 'tests', 'valid');
const invalidCases = listDirs(invalidDir);
const validCases = listDirs(validDir);

let tempRoot = '';
beforeAll(() => {
  tempRoot = makeTempRoot('validation');
});
afterAll(() => {
  if (tempRoot) removeTempRoot(tempRoot);
});

function requireCli(): void {
  const missing = cliMissingMessage();
  if (missing) throw new Error(missing);
}

function checkRejection(label: string, r: RunResult, expected: Expected): void {
  const failures: string[] = [];
  if (r.code !== expected.exitCode) failures.push(`exit status ${r.code}, expected ${expected.exitCode}`);
  for (const s of expected.stderrIncludes ?? []) {
    if (!r.stderr.includes(s)) failures.push(`stderr lacks ${JSON.stringify(s)}`);
  }
  for (const s of expected.stderrExcludes ?? []) {
    if (r.stderr.includes(s)) failures.push(`stderr has ${JSON.stringify(s)}`);
  }
  for (const re of expected.stderrMatches ?? []) {
    if (!new RegExp(re).test(r.stderr)) failures.push(`stderr does not match /${re}/`);
  }
  if (failures.length > 0) {
    throw new Error(`${label}:\n  ${failures.join('\n  ')}\n${describeRun(label, r)}\n--- stdout:\n${r.stdout}`);
  }
}

/** Where main.py sits inside a valid fixture: at the top unless listed here. */
function mainPyOf(fixture: string): string {
  const nested: Record<string, string> = { 'main-in-subdir': join('app', 'src', 'main.py') };
  return nested[fixture] ?? 'main.py';
}

async function expectBuildsAndMatchesCPython(projectDir: string, mainRel: string, target: string, exe: string): Promise<void> {
  const build = await runCli(['build', target, '-o', exe]);
  if (build.code !== 0 || !existsSync(exe)) {
    throw new Error(`build of ${target} failed (exit ${build.code})\n${describeRun('build', build)}`);
  }
  const mainDir = join(projectDir, mainRel, '..');
  const source = readFileSync(join(projectDir, mainRel), 'utf8');
  const [actual, expected] = await Promise.all([runExe(exe, mainDir), runReference(mainDir, 'main.py', source)]);
  if (actual.stdout !== expected.stdout || actual.code !== expected.code) {
    throw new Error(
      `compiled program differs from CPython\n${describeDiff(expected.stdout, actual.stdout)}\n` +
        `exit: CPython ${expected.code}, aithon ${actual.code}\n${describeRun('compiled program', actual)}`,
    );
  }
}

describe('invalid projects are rejected with located diagnostics', () => {
  it.each(invalidCases)('%s', async (name) => {
    requireCli();
    const fixture = join(invalidDir, name);
    const expected = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8')) as Expected;
    const projectDir = join(tempRoot, 'invalid', name);
    copyFixture(fixture, projectDir);
    const exe = join(tempRoot, 'invalid-out', name);
    mkdirSync(join(tempRoot, 'invalid-out'), { recursive: true });

    const build = await buildProject(projectDir, exe, []);
    checkRejection(`build ${name}`, build, expected);
    expect(existsSync(exe), `build ${name} failed but left an executable at ${exe}`).toBe(false);

    const check = await runCli(['check', projectDir]);
    checkRejection(`check ${name}`, check, expected);
  });
});

describe('valid project shapes are accepted', () => {
  it.each(validCases)('%s', async (name) => {
    requireCli();
    const projectDir = join(tempRoot, 'valid', name);
    copyFixture(join(validDir, name), projectDir);
    const mainRel = mainPyOf(name);
    mkdirSync(join(tempRoot, 'valid-out'), { recursive: true });

    const check = await runCli(['check', projectDir]);
    expect(check.code, `check ${name}\n${describeRun('check', check)}`).toBe(0);

    await expectBuildsAndMatchesCPython(projectDir, mainRel, projectDir, join(tempRoot, 'valid-out', name));
  });

  it('accepts the path of main.py itself instead of the folder', async () => {
    requireCli();
    const projectDir = join(tempRoot, 'valid-file-arg');
    copyFixture(join(validDir, 'guard-call'), projectDir);
    mkdirSync(join(tempRoot, 'valid-out'), { recursive: true });
    await expectBuildsAndMatchesCPython(projectDir, 'main.py', join(projectDir, 'main.py'), join(tempRoot, 'valid-out', 'file-arg'));
  });

  it('skips node_modules, dist, .git and virtualenvs when searching for main.py', async () => {
    requireCli();
    const projectDir = join(tempRoot, 'valid-skipped-dirs');
    copyFixture(join(validDir, 'guard-call'), projectDir);
    // Decoys, created here because .gitignore keeps node_modules/ and dist/
    // out of the repository and git cannot store a nested .git folder.
    const decoy = 'def main():\n    print("decoy: this main.py must be ignored")\n\n\nmain()\n';
    const decoys = [
      join('node_modules', 'some-pkg', 'main.py'),
      join('dist', 'main.py'),
      join('.git', 'main.py'),
      join('.venv', 'lib', 'python3.11', 'site-packages', 'pkg', 'main.py'),
      join('venv', 'lib', 'python3.11', 'site-packages', 'main.py'),
    ];
    for (const rel of decoys) {
      mkdirSync(join(projectDir, rel, '..'), { recursive: true });
      writeFileSync(join(projectDir, rel), decoy);
    }
    writeFileSync(join(projectDir, '.venv', 'pyvenv.cfg'), 'home = /usr/bin\nversion = 3.11.7\n');
    writeFileSync(join(projectDir, 'venv', 'pyvenv.cfg'), 'home = /usr/bin\nversion = 3.11.7\n');
    mkdirSync(join(tempRoot, 'valid-out'), { recursive: true });
    try {
      await expectBuildsAndMatchesCPython(projectDir, 'main.py', projectDir, join(tempRoot, 'valid-out', 'skipped-dirs'));
    } catch (e) {
      throw new Error(`${(e as Error).message}\n(decoys: ${decoys.map((d) => relative(projectDir, join(projectDir, d))).join(', ')})`);
    }
  });
});

describe('usage errors exit with status 2', () => {
  const cases: Array<[string, string[]]> = [
    ['unknown command', ['frobnicate']],
    ['build without a project path', ['build']],
    ['build with an unknown flag', ['build', join('tests', 'valid', 'guard-call'), '-o', join(tmpdir(), 'aithon-usage-never-built'), '--no-such-flag']],
  ];
  it.each(cases)('%s', async (_label, args) => {
    requireCli();
    const r = await runCli(args);
    expect(r.code, describeRun(`aithon ${args.join(' ')}`, r)).toBe(2);
    expect(r.stderr.length, 'a usage error should explain itself on stderr').toBeGreaterThan(0);
  });
});
