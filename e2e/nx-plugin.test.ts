// End-to-end test of the published @aithon/nx package: pack this repository,
// install the tarball with Nx in a brand-new workspace, generate an app,
// build it with `nx build`, run the executable, and check Nx's caching.
//
// Assumes `node scripts/setup.mjs` has run (lib/ is compiled, the compiler
// included). Needs the npm registry for `nx` (the install takes ~1 min).
// Set AITHON_E2E_KEEP=1 to keep the temporary workspace for inspection.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNxWorkspace, ok, packRepository, repoRoot, requireBuiltLib, run, stripAnsi } from './support';

function cacheHit(output: string): boolean {
  const text = stripAnsi(output);
  return /\[local cache\]|existing outputs match the cache/.test(text);
}

describe('the repository workspace', () => {
  it('infers the example projects through the node_modules/@aithon/nx link', () => {
    expect(existsSync(join(repoRoot, 'node_modules', '@aithon', 'nx', 'package.json'))).toBe(true);
    const r = ok(run('npx', ['nx', 'show', 'project', 'hello', '--json'], repoRoot, 120_000), 'nx show project hello');
    const project = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    expect(project.root).toBe('examples/hello');
    expect(project.targets.build).toMatchObject({
      executor: '@aithon/nx:build',
      cache: true,
      dependsOn: ['link'],
      options: { main: 'examples/hello/main.py', outputPath: 'dist/examples/hello', stagesDir: 'dist/.aithon/dev/examples/hello' },
    });
    for (const stage of ['validate', 'parse', 'ir', 'opt', 'codegen', 'link']) expect(project.targets[stage].executor).toBe('@aithon/nx:stage');
    expect(typeof project.targets.build.options.toolchain).toBe('string');
    expect(project.targets.run).toMatchObject({ executor: '@aithon/nx:run', dependsOn: ['build'] });
  });
});

describe('@aithon/nx in a fresh Nx workspace', () => {
  let tmp: string;
  let ws: string;

  beforeAll(() => {
    requireBuiltLib();
    tmp = mkdtempSync(join(tmpdir(), 'aithon-e2e-'));
    const tarball = packRepository(tmp);
    ws = join(tmp, 'ws');
    createNxWorkspace(ws, `../${tarball}`);
  }, 900_000);

  afterAll(() => {
    if (tmp && !process.env.AITHON_E2E_KEEP) rmSync(tmp, { recursive: true, force: true });
  });

  const nx = (...args: string[]) => run('npx', ['nx', ...args], ws);
  const exe = () => join(ws, 'dist', 'demo', 'demo');
  const python = () => ok(run('python3', ['main.py'], join(ws, 'demo')), 'python3 main.py').stdout;

  it('generates an app and registers the plugin in nx.json', () => {
    ok(nx('g', '@aithon/nx:app', 'demo'), 'nx g @aithon/nx:app demo');
    expect(existsSync(join(ws, 'demo', 'main.py'))).toBe(true);
    const nxJson = JSON.parse(readFileSync(join(ws, 'nx.json'), 'utf8'));
    expect(nxJson.plugins).toContain('@aithon/nx');
    const shown = ok(nx('show', 'project', 'demo', '--json'), 'nx show project demo');
    const project = JSON.parse(shown.stdout.slice(shown.stdout.indexOf('{')));
    expect(Object.keys(project.targets)).toEqual(expect.arrayContaining(['build', 'run']));
  });

  it('builds an executable that prints what python3 prints', () => {
    const r = ok(nx('build', 'demo'), 'nx build demo');
    expect(cacheHit(r.all)).toBe(false);
    expect(existsSync(exe())).toBe(true);
    const out = ok(run(exe(), [], ws), 'dist/demo/demo');
    expect(out.stdout).toBe(python());
  });

  it('replays the second build from the cache', () => {
    const r = ok(nx('build', 'demo'), 'nx build demo (again)');
    expect(cacheHit(r.all), r.all).toBe(true);
    expect(existsSync(exe())).toBe(true);
  });

  it('restores the executable from the cache when dist/ was deleted', () => {
    rmSync(join(ws, 'dist'), { recursive: true, force: true });
    const r = ok(nx('build', 'demo'), 'nx build demo (after rm -rf dist)');
    expect(cacheHit(r.all), r.all).toBe(true);
    expect(ok(run(exe(), [], ws), 'restored exe').stdout).toBe(python());
  });

  it('rebuilds after main.py changes', () => {
    const main = join(ws, 'demo', 'main.py');
    const source = readFileSync(main, 'utf8');
    expect(source).toContain('    print(GREETING)\n');
    writeFileSync(main, source.replace('    print(GREETING)\n', '    print(GREETING)\n    print(f"edited: {6 * 7}")\n'));
    const r = ok(nx('build', 'demo'), 'nx build demo (edited)');
    expect(cacheHit(r.all), r.all).toBe(false);
    const out = ok(run(exe(), [], ws), 'rebuilt exe').stdout;
    expect(out).toContain('edited: 42');
    expect(out).toBe(python());
  });

  it('an edited comment re-runs validate and parse only: every later stage is a cache hit (early cutoff)', () => {
    const main = join(ws, 'demo', 'main.py');
    const source = readFileSync(main, 'utf8');
    const firstComment = source.split('\n').find((l) => l.startsWith('#'));
    expect(firstComment).toBeDefined();
    writeFileSync(main, source.replace(firstComment!, `${firstComment} (edited)`));
    const r = ok(nx('build', 'demo'), 'nx build demo (comment edited)');
    const text = stripAnsi(r.all);
    for (const stage of ['validate', 'parse']) expect(text, text).toMatch(new RegExp(`nx run demo:${stage}(?! +\\[)`));
    for (const stage of ['ir', 'opt', 'codegen', 'link', 'build']) expect(text, text).toMatch(new RegExp(`nx run demo:${stage} +\\[local cache\\]`));
    expect(ok(run(exe(), [], ws), 'exe after the comment edit').stdout).toBe(python());
  });

  it('runs the program through the run target', () => {
    const r = ok(nx('run', 'demo:run'), 'nx run demo:run');
    expect(stripAnsi(r.stdout)).toContain('edited: 42');
  });

  it('fails the build with a diagnostic for a broken program', () => {
    const main = join(ws, 'demo', 'main.py');
    const good = readFileSync(main, 'utf8');
    writeFileSync(main, `${good}\ndef broken(:\n    return 1\n`);
    try {
      const r = nx('build', 'demo');
      expect(r.status).not.toBe(0);
      expect(stripAnsi(r.all)).toMatch(/main\.py:\d+:\d+: error/);
    } finally {
      writeFileSync(main, good);
    }
  });
});
