// End-to-end test of the published @aithon/nx package: pack this repository,
// install the tarball with Nx in a brand-new workspace, generate an app,
// build it with `nx build`, run the executable, and check Nx's caching;
// then a library project (`nx g @aithon/nx:lib`) that an app imports: the
// project-graph edge, and the cache across it.
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
  // Library projects: `nx g @aithon/nx:lib`, the import edge, and the cache across it.
  const shopMain = () => join(ws, 'shop', 'main.py');
  const shopExe = () => join(ws, 'dist', 'shop', 'shop');
  const pythonWithLib = () =>
    ok(run('python3', ['main.py'], join(ws, 'shop'), 60_000, { PYTHONPATH: join(ws, 'libs', 'textkit') }), 'PYTHONPATH=libs/textkit python3 main.py').stdout;

  it('generates a library project, inferred with a validate target', () => {
    ok(nx('g', '@aithon/nx:lib', 'textkit'), 'nx g @aithon/nx:lib textkit');
    expect(existsSync(join(ws, 'libs', 'textkit', 'textkit', '__init__.py'))).toBe(true);
    const shown = ok(nx('show', 'project', 'textkit', '--json'), 'nx show project textkit');
    const project = JSON.parse(shown.stdout.slice(shown.stdout.indexOf('{')));
    expect(project).toMatchObject({ root: 'libs/textkit', projectType: 'library', tags: ['aithon:lib'] });
    expect(Object.keys(project.targets)).toEqual(['validate']);
    expect(project.targets.validate.executor).toBe('@aithon/nx:check');
    const r = ok(nx('run', 'textkit:validate'), 'nx run textkit:validate');
    expect(stripAnsi(r.all)).toContain('2 source file(s) of libs/textkit parse');
  });

  it('an app importing the library builds and prints what python3 prints with the library on PYTHONPATH', () => {
    ok(nx('g', '@aithon/nx:app', 'shop'), 'nx g @aithon/nx:app shop');
    const source = readFileSync(shopMain(), 'utf8');
    expect(source).toContain('    print(GREETING)\n');
    writeFileSync(
      shopMain(),
      'import textkit\nfrom textkit import greet\n\n' + source.replace('    print(GREETING)\n', '    print(GREETING)\n    print(greet("Ada"), textkit.shout("lib", 2), textkit.VERSION)\n'),
    );
    const r = ok(nx('build', 'shop'), 'nx build shop');
    expect(stripAnsi(r.all)).toContain('in 1 library (../libs/textkit)');
    const expected = pythonWithLib();
    expect(expected).toContain('Hello, Ada! LIB!! 0.1.0');
    expect(ok(run(shopExe(), [], ws), 'dist/shop/shop').stdout).toBe(expected);
  });

  it('nx graph shows the import as a static edge from the app to the library', () => {
    ok(nx('graph', '--file=graph.json'), 'nx graph --file=graph.json');
    const graph = JSON.parse(readFileSync(join(ws, 'graph.json'), 'utf8')).graph;
    expect(graph.dependencies.shop).toEqual([{ source: 'shop', target: 'textkit', type: 'static' }]);
    expect(graph.dependencies.demo).toEqual([]);
  });

  it('editing an unrelated app leaves every stage of the app a cache hit', () => {
    const demoMain = join(ws, 'demo', 'main.py');
    writeFileSync(demoMain, `${readFileSync(demoMain, 'utf8')}\n\ndef unrelated():\n    return 7\n`);
    const r = ok(nx('build', 'shop'), 'nx build shop (demo edited)');
    const text = stripAnsi(r.all);
    for (const stage of ['validate', 'parse', 'ir', 'opt', 'codegen', 'link', 'build']) expect(text, text).toMatch(new RegExp(`nx run shop:${stage} +\\[local cache\\]`));
  });

  it("editing the library re-runs the app's validate and rebuilds it", () => {
    const module = join(ws, 'libs', 'textkit', 'textkit', 'greetings.py');
    const source = readFileSync(module, 'utf8');
    expect(source).toContain('return f"Hello, {name}!"');
    writeFileSync(module, source.replace('return f"Hello, {name}!"', 'return f"Greetings, {name}."'));
    const r = ok(nx('build', 'shop'), 'nx build shop (library edited)');
    const text = stripAnsi(r.all);
    for (const stage of ['validate', 'parse', 'ir', 'link', 'build']) expect(text, text).toMatch(new RegExp(`nx run shop:${stage}(?! +\\[)`));
    const out = ok(run(shopExe(), [], ws), 'rebuilt dist/shop/shop').stdout;
    expect(out).toContain('Greetings, Ada.');
    expect(out).toBe(pythonWithLib());
  });

  it('a syntax error in the library fails its validate and the app build, at its position', () => {
    const module = join(ws, 'libs', 'textkit', 'textkit', 'greetings.py');
    const good = readFileSync(module, 'utf8');
    writeFileSync(module, `${good}\ndef broken(:\n    return 1\n`);
    try {
      const lib = nx('run', 'textkit:validate');
      expect(lib.status).not.toBe(0);
      expect(stripAnsi(lib.all)).toMatch(/libs\/textkit\/textkit\/greetings\.py:\d+:\d+: error/);
      const app = nx('build', 'shop');
      expect(app.status).not.toBe(0);
      expect(stripAnsi(app.all)).toMatch(/\.\.\/libs\/textkit\/textkit\/greetings\.py:\d+:\d+: error/);
    } finally {
      writeFileSync(module, good);
    }
  });
});
