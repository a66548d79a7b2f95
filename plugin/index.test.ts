import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateNodesContext } from '@nx/devkit';
import { createNodes, createNodesV2, executableName, type AithonPluginOptions } from './index';
import { toolchainFingerprint } from './toolchain';

let ws: string;

function write(rel: string, text = '') {
  const path = join(ws, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const files = [
  'apps/hello/main.py',
  'apps/hello/util.py',
  'examples/fib/main.py',
  'apps/a/tool/main.py',
  'tools/tool/main.py',
  'named/main.py',
  'node_modules/pkg/main.py',
  'dist/apps/hello/main.py',
  '.venv/lib/python3.12/site-packages/x/main.py',
  'myenv/lib/scripts/main.py',
  'compiler/tests/fixtures/case1/main.py',
  'src/__fixtures__/demo/main.py',
  '.git/hooks/main.py',
  'main.py',
];

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'aithon-plugin-'));
  for (const f of files) write(f, 'print("hi")\n');
  write('myenv/pyvenv.cfg', 'home = /usr/bin\n');
  write('named/project.json', JSON.stringify({ name: 'custom-name' }));
});

afterAll(() => {
  rmSync(ws, { recursive: true, force: true });
});

async function infer(options?: AithonPluginOptions) {
  const context: CreateNodesContext = { nxJsonConfiguration: {}, workspaceRoot: ws };
  const matching = files.filter((f) => f.endsWith('main.py'));
  return createNodes[1](matching, options, context);
}

describe('createNodes', () => {
  it('uses a glob for main.py and project.json files and is also exported as createNodesV2', () => {
    expect(createNodes[0]).toBe('**/{main.py,project.json}');
    expect(createNodesV2).toBe(createNodes);
  });

  it('infers one project per main.py folder, skipping vendored, generated, venv, fixture and root folders', async () => {
    const results = await infer();
    const roots = results.map(([file, r]) => {
      expect(Object.keys(r.projects ?? {})).toHaveLength(1);
      return dirname(file);
    });
    expect(roots).toEqual(['apps/a/tool', 'apps/hello', 'examples/fib', 'named', 'tools/tool']);
  });

  it('names projects after their folder, honours project.json names and disambiguates clashes', async () => {
    const results = await infer();
    const names = Object.fromEntries(
      results.map(([, r]) => {
        const [root, project] = Object.entries(r.projects ?? {})[0];
        return [root, project.name];
      }),
    );
    expect(names).toEqual({
      'apps/a/tool': 'apps-a-tool',
      'apps/hello': 'hello',
      'examples/fib': 'fib',
      named: 'custom-name',
      'tools/tool': 'tools-tool',
    });
  });

  it('chains the stage targets validate -> parse -> ir -> opt -> codegen -> link -> build, each fed by the previous one', async () => {
    const results = await infer();
    const [, result] = results.find(([file]) => file === 'apps/hello/main.py')!;
    const project = result.projects!['apps/hello'];
    expect(project.projectType).toBe('application');
    const stages = ['validate', 'parse', 'ir', 'opt', 'codegen', 'link'];
    stages.forEach((stage, i) => {
      const t = project.targets![stage];
      expect(t).toMatchObject({
        executor: '@aithon/nx:stage',
        cache: true,
        dependsOn: i === 0 ? [] : [stages[i - 1]],
        outputs: [`{options.stagesDir}/${stage}`],
        options: { stage, main: '{projectRoot}/main.py', stagesDir: 'dist/.aithon/dev/apps/hello', mode: 'dev', executableName: 'hello', toolchain: toolchainFingerprint() },
        configurations: { release: { mode: 'release', stagesDir: 'dist/.aithon/release/apps/hello' } },
      });
      // Only validate reads sources (its own and its library dependencies'); every later stage hashes its predecessor's output (early cutoff).
      expect(t.inputs).toEqual(i === 0 ? ['{projectRoot}/**/*.py', '^{projectRoot}/**/*.py'] : [{ dependentTasksOutputFiles: '**/*', transitive: false }]);
    });
    expect(project.targets!.build).toEqual({
      executor: '@aithon/nx:build',
      cache: true,
      dependsOn: ['link'],
      inputs: [{ dependentTasksOutputFiles: '**/*', transitive: false }],
      outputs: ['{options.outputPath}'],
      options: {
        main: '{projectRoot}/main.py',
        outputPath: 'dist/{projectRoot}',
        mode: 'dev',
        stagesDir: 'dist/.aithon/dev/apps/hello',
        executableName: 'hello',
        toolchain: toolchainFingerprint(),
      },
      configurations: { release: { mode: 'release', stagesDir: 'dist/.aithon/release/apps/hello' } },
      metadata: expect.any(Object),
    });
    expect(project.targets!.run).toMatchObject({
      executor: '@aithon/nx:run',
      cache: false,
      dependsOn: ['build'],
      options: { buildTarget: 'build' },
    });
  });

  it('honours buildTargetName and runTargetName', async () => {
    const results = await infer({ buildTargetName: 'compile', runTargetName: 'exec' });
    const project = results[0][1].projects!['apps/a/tool'];
    expect(Object.keys(project.targets!).sort()).toEqual(['codegen', 'compile', 'exec', 'ir', 'link', 'opt', 'parse', 'serve', 'validate']);
    expect(project.targets!.exec.dependsOn).toEqual(['compile']);
    expect(project.targets!.exec.options).toEqual({ buildTarget: 'compile' });
  });

  it('is deterministic and free of absolute paths', async () => {
    const a = JSON.stringify(await infer());
    const b = JSON.stringify(await infer());
    expect(a).toBe(b);
    expect(a).not.toContain(ws);
    expect(a).not.toContain(tmpdir());
  });

  it('names executables after the project, without an npm scope', () => {
    expect(executableName('hello')).toBe('hello');
    expect(executableName('@acme/tool')).toBe('tool');
  });
});
