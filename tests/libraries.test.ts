// The library search path: `--lib-path DIR` (repeatable) and AITHONPATH put
// folders of packages on the compiler's search path, after the project's own
// folder and before the bundled standard library, as PYTHONPATH does for
// CPython. Each program is built and run, and its output compared with
// `PYTHONPATH=<the same folders> python3 main.py`, live. The stage tasks
// (what the Nx targets run) must snapshot the libraries in validate's output
// with no absolute path in it.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBuildResources } from '../compiler/src/index';
import { runStageTask, stageTaskNames, type StageTaskOptions } from '../compiler/src/stage-tasks';
import { buildProject, cliMissingMessage, makeTempRoot, programEnv, removeTempRoot, run, runExe, runCli } from './support/harness';

let root = '';

function write(rel: string, text: string): void {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** What CPython prints for <app>/main.py with `libs` (relative to the temp root) on PYTHONPATH. */
async function python(app: string, libs: string[]): Promise<string> {
  const env = { ...programEnv, PYTHONPATH: [...libs.map((l) => join(root, l)), programEnv.PYTHONPATH].filter(Boolean).join(delimiter) };
  const r = await run('python3', ['main.py'], { cwd: join(root, app), env, timeoutMs: 60_000 });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

async function built(app: string, flags: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const exe = join(root, `${app.replace(/\//g, '-')}.exe`);
  const b = env ? await runCli(['build', join(root, app), '-o', exe, ...flags], { env }) : await buildProject(join(root, app), exe, flags);
  expect(b.code, `build failed:\n${b.stderr}`).toBe(0);
  const r = await runExe(exe, join(root, app));
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

beforeAll(() => {
  const missing = cliMissingMessage();
  if (missing) throw new Error(missing);
  root = makeTempRoot('libraries');
  // textkit: a package whose __init__ re-exports names of a submodule.
  write('libs/textkit/textkit/__init__.py', 'from textkit.words import shout, count_words\n\nVERSION = "1.2"\n');
  write(
    'libs/textkit/textkit/words.py',
    'def shout(text, times=1):\n    return text.upper() + "!" * times\n\n\ndef count_words(text):\n    counts = {}\n    for w in text.split():\n        counts[w] = counts.get(w, 0) + 1\n    return counts\n',
  );
  // geo: a library importing another library, and a plain module beside its package.
  write('libs/geo/geo/__init__.py', 'import textkit\n\n\ndef label(x, y):\n    return textkit.shout(f"point {x},{y}")\n');
  write('libs/geo/geo/points.py', 'class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    def norm1(self):\n        return abs(self.x) + abs(self.y)\n');
  write('libs/geo/which.py', 'WHO = "geo"\n');
  // Shadows the bundled textwrap, as a PYTHONPATH entry shadows CPython's.
  write('libs/geo/textwrap.py', 'def shorten(text, width):\n    return "geo-shortened:" + text[:width]\n');
  write('libs/other/which.py', 'WHO = "other"\n');
  write('libs/other/helpers.py', 'NAME = "library helpers"\n');

  write(
    'apps/shop/main.py',
    [
      'import textkit',
      'import geo',
      'from geo.points import Point',
      'from textkit import count_words',
      'import which',
      'import helpers',
      'import textwrap',
      '',
      '',
      'def main():',
      '    print(textkit.shout("hello", 2), textkit.VERSION)',
      '    print(sorted(count_words("a b a c b a").items()))',
      '    print(geo.label(3, -4), Point(3, -4).norm1())',
      '    print(which.WHO, helpers.NAME)',
      '    print(textwrap.shorten("abcdefgh", 3))',
      '',
      '',
      'if __name__ == "__main__":',
      '    main()',
      '',
    ].join('\n'),
  );
  // The project's own helpers.py comes before any library's.
  write('apps/shop/helpers.py', 'NAME = "project helpers"\n');
  write('apps/plain/main.py', 'import textkit\n\n\ndef main():\n    print(textkit.shout("x"))\n\n\nmain()\n');
});

afterAll(async () => {
  await closeBuildResources();
  if (root) removeTempRoot(root);
});

describe('--lib-path and AITHONPATH', () => {
  it('a program importing packages from other folders prints what python3 prints with them on PYTHONPATH', async () => {
    const libs = ['libs/textkit', 'libs/geo', 'libs/other'];
    const expected = await python('apps/shop', libs);
    expect(expected).toContain('HELLO!! 1.2');
    expect(expected).toContain('geo project helpers');
    expect(expected).toContain('geo-shortened:abc');
    expect(await built('apps/shop', libs.flatMap((l) => ['--lib-path', join(root, l)]))).toBe(expected);
  });

  it('takes the folders from AITHONPATH, searched after the --lib-path folders', async () => {
    // other/which.py first through --lib-path, geo's after it through AITHONPATH.
    const expected = await python('apps/shop', ['libs/other', 'libs/textkit', 'libs/geo']);
    expect(expected).toContain('other project helpers');
    const env = { ...process.env, AITHONPATH: [join(root, 'libs/textkit'), join(root, 'libs/geo')].join(delimiter) };
    expect(await built('apps/shop', ['--lib-path', join(root, 'libs/other')], env)).toBe(expected);
    // AITHONPATH alone: geo's which.py comes before other's, as on PYTHONPATH.
    const envAll = { ...process.env, AITHONPATH: ['libs/textkit', 'libs/geo', 'libs/other'].map((l) => join(root, l)).join(delimiter) };
    expect(await built('apps/shop', [], envAll)).toBe(await python('apps/shop', ['libs/textkit', 'libs/geo', 'libs/other']));
  });

  it('without the library folder the import is an error at its line that says how to add the folder', async () => {
    const r = await runCli(['build', join(root, 'apps/plain'), '-o', join(root, 'plain.exe')], { env: { ...process.env, AITHONPATH: '' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("main.py:1:8: error: no module named 'textkit'");
    expect(r.stderr).toMatch(/hint: .*--lib-path DIR or AITHONPATH.*nx g @aithon\/nx:lib/);
    // A standard module the compiler lacks stays `unsupported`, not a missing library.
    write('apps/stdlib/main.py', 'import sqlite3\n\n\ndef main():\n    pass\n');
    const std = await runCli(['build', join(root, 'apps/stdlib'), '-o', join(root, 'stdlib.exe')]);
    expect(std.code).toBe(1);
    expect(std.stderr).toContain('error: unsupported: module sqlite3');
  });

  it('refuses a library folder that does not exist, with a hint', async () => {
    const r = await runCli(['build', join(root, 'apps/plain'), '-o', join(root, 'plain.exe'), '--lib-path', join(root, 'libs/nope')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`library folder '${join(root, 'libs/nope')}' does not exist`);
    expect(r.stderr).toContain('hint: each --lib-path / AITHONPATH entry is a folder');
    const usage = await runCli(['build', join(root, 'apps/plain'), '--lib-path']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--lib-path needs a folder');
  });

  it('reports a syntax error in a library file at its position, named relative to the project', async () => {
    cpSync(join(root, 'libs/textkit'), join(root, 'libs/broken'), { recursive: true });
    write('libs/broken/textkit/words.py', 'def shout(text:\n    return text\n');
    const r = await runCli(['build', join(root, 'apps/plain'), '-o', join(root, 'plain.exe'), '--lib-path', join(root, 'libs/broken')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^\.\.\/\.\.\/libs\/broken\/textkit\/words\.py:1:\d+: error/m);
  });
});

describe('the stage tasks with libraries', () => {
  const stagesOf = (workspace: string, libs: string[]) => {
    const options = (stage: StageTaskOptions['stage']): StageTaskOptions => ({
      stage,
      projectDir: join(workspace, 'apps/shop'),
      stagesDir: join(workspace, 'stages'),
      mode: 'dev',
      executableName: 'shop',
      libraryPath: libs.map((l) => join(workspace, l)),
    });
    return options;
  };

  it('validate snapshots the libraries (no absolute paths), parse reads only that, and the chain builds the same program', async () => {
    const libs = ['libs/textkit', 'libs/geo', 'libs/other'];
    const options = stagesOf(root, libs);
    for (const stage of stageTaskNames) {
      const r = await runStageTask(options(stage));
      expect(r.ok, JSON.stringify(r)).toBe(true);
    }
    const sources = JSON.parse(readFileSync(join(root, 'stages/validate/sources.json'), 'utf8'));
    expect(sources.libraries.map((l: { label: string }) => l.label)).toEqual(['../../libs/textkit', '../../libs/geo', '../../libs/other']);
    expect(Object.keys(sources.libraries[0].files)).toEqual(['textkit/__init__.py', 'textkit/words.py']);
    for (const file of ['validate/sources.json', 'parse/program.json']) expect(readFileSync(join(root, 'stages', file), 'utf8')).not.toContain(root);
    const out = await run(join(root, 'stages/link/shop'), [], { cwd: join(root, 'apps/shop'), env: programEnv });
    expect(out.stdout).toBe(await python('apps/shop', libs));
  });

  it('the same workspace in another folder gives byte-identical validate and parse outputs', async () => {
    const copy = join(root, 'moved');
    mkdirSync(copy);
    for (const dir of ['apps', 'libs']) cpSync(join(root, dir), join(copy, dir), { recursive: true });
    const libs = ['libs/textkit', 'libs/geo', 'libs/other'];
    for (const stage of ['validate', 'parse'] as const) expect((await runStageTask(stagesOf(copy, libs)(stage))).ok).toBe(true);
    for (const file of ['validate/sources.json', 'parse/program.json']) {
      expect(readFileSync(join(copy, 'stages', file), 'utf8')).toBe(readFileSync(join(root, 'stages', file), 'utf8'));
    }
  });

  it('validate never reads AITHONPATH: a stage task sees only the folders it is given', async () => {
    const saved = process.env.AITHONPATH;
    process.env.AITHONPATH = join(root, 'libs/textkit');
    try {
      const options = stagesOf(root, [])('validate');
      expect((await runStageTask({ ...options, projectDir: join(root, 'apps/plain') })).ok).toBe(true);
      const sources = JSON.parse(readFileSync(join(root, 'stages/validate/sources.json'), 'utf8'));
      expect(sources.libraries).toBeUndefined();
      const parse = await runStageTask({ ...stagesOf(root, [])('parse'), projectDir: join(root, 'apps/plain') });
      expect(parse.ok).toBe(false);
      expect(parse.diagnostics[0]).toMatchObject({ file: 'main.py', line: 1, column: 8, message: "no module named 'textkit'" });
    } finally {
      if (saved === undefined) delete process.env.AITHONPATH;
      else process.env.AITHONPATH = saved;
    }
  });
});
