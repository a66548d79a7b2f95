import { readJson, readNxJson, updateNxJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { appGenerator } from '../generators/app/generator';
import { libGenerator } from '../generators/lib/generator';
import { initGenerator } from '../generators/init/generator';

let tree: Tree;

beforeEach(() => {
  tree = createTreeWithEmptyWorkspace();
});

function plugins(): unknown[] {
  return readNxJson(tree)?.plugins ?? [];
}

describe('init generator', () => {
  it('registers @aithon/nx in nx.json', async () => {
    await initGenerator(tree, { skipFormat: true });
    expect(plugins()).toContain('@aithon/nx');
  });

  it('is idempotent and keeps other plugins', async () => {
    const nxJson = readNxJson(tree)!;
    nxJson.plugins = ['@nx/js/typescript'];
    updateNxJson(tree, nxJson);
    await initGenerator(tree, { skipFormat: true });
    await initGenerator(tree, { skipFormat: true });
    expect(plugins()).toEqual(['@nx/js/typescript', '@aithon/nx']);
  });

  it('recognises the object form of a plugin entry', async () => {
    const nxJson = readNxJson(tree)!;
    nxJson.plugins = [{ plugin: '@aithon/nx', options: { buildTargetName: 'compile' } }];
    updateNxJson(tree, nxJson);
    await initGenerator(tree, { skipFormat: true });
    expect(plugins()).toEqual([{ plugin: '@aithon/nx', options: { buildTargetName: 'compile' } }]);
  });
});

describe('app generator', () => {
  it('writes a runnable main.py in the given directory and registers the plugin', async () => {
    await appGenerator(tree, { directory: 'apps/demo', skipFormat: true });
    const main = tree.read('apps/demo/main.py', 'utf-8')!;
    expect(main).toContain('def main():');
    expect(main).toContain('if __name__ == "__main__":');
    expect(main).toContain('Hello from demo!');
    expect(tree.exists('apps/demo/project.json')).toBe(false);
    expect(plugins()).toContain('@aithon/nx');
  });

  it('puts --name-only apps in apps/<name>', async () => {
    await appGenerator(tree, { name: 'solo', skipFormat: true });
    expect(tree.exists('apps/solo/main.py')).toBe(true);
  });

  it('records a name that differs from the folder in project.json', async () => {
    await appGenerator(tree, { directory: 'tools/gen', name: 'codegen', skipFormat: true });
    expect(tree.exists('tools/gen/main.py')).toBe(true);
    expect(readJson(tree, 'tools/gen/project.json')).toMatchObject({ name: 'codegen' });
  });

  it('generates a program that runs under python3', async () => {
    await appGenerator(tree, { directory: 'demo', skipFormat: true });
    const out = execFileSync('python3', ['-c', tree.read('demo/main.py', 'utf-8')!], { encoding: 'utf8' });
    expect(out).toBe('Hello from demo!\nsum of squares 1..10 = 385 (odd)\naverage square = 38.50\n');
  });

  it('rejects invalid names with a clear message', async () => {
    await expect(appGenerator(tree, { name: '1abc', skipFormat: true })).rejects.toThrow(/Invalid project name "1abc"/);
    await expect(appGenerator(tree, { name: 'a b', skipFormat: true })).rejects.toThrow(/Invalid project name/);
    await expect(appGenerator(tree, { directory: 'apps/my.app', skipFormat: true })).rejects.toThrow(/pass --name/);
    await expect(appGenerator(tree, { skipFormat: true })).rejects.toThrow(/directory or a name/);
    await expect(appGenerator(tree, { directory: '../outside', skipFormat: true })).rejects.toThrow(/inside the workspace/);
  });

  it('refuses to overwrite an existing program or reuse a project name', async () => {
    await appGenerator(tree, { directory: 'apps/demo', skipFormat: true });
    await expect(appGenerator(tree, { directory: 'apps/demo', skipFormat: true })).rejects.toThrow(/already exists/);
    await expect(appGenerator(tree, { directory: 'other/demo', skipFormat: true })).rejects.toThrow(/project named "demo" already exists/);
  });
});

describe('lib generator', () => {
  it('writes a project.json tagged aithon:lib and a package in libs/<name>, and registers the plugin', async () => {
    await libGenerator(tree, { name: 'textkit', skipFormat: true });
    expect(readJson(tree, 'libs/textkit/project.json')).toEqual({
      $schema: '../../node_modules/nx/schemas/project-schema.json',
      name: 'textkit',
      projectType: 'library',
      tags: ['aithon:lib'],
    });
    const init = tree.read('libs/textkit/textkit/__init__.py', 'utf-8')!;
    expect(init).toContain('from textkit.greetings import greet, shout');
    expect(tree.read('libs/textkit/textkit/greetings.py', 'utf-8')).toContain('def greet(name):');
    expect(tree.exists('libs/textkit/main.py')).toBe(false);
    expect(plugins()).toContain('@aithon/nx');
  });

  it('honours --directory and derives a Python package name from a dashed project name', async () => {
    await libGenerator(tree, { name: 'geo-utils', directory: 'shared/geo', skipFormat: true });
    expect(readJson(tree, 'shared/geo/project.json')).toMatchObject({ name: 'geo-utils', tags: ['aithon:lib'] });
    expect(tree.exists('shared/geo/geo_utils/__init__.py')).toBe(true);
    await libGenerator(tree, { name: 'other', packageName: 'other_pkg', skipFormat: true });
    expect(tree.exists('libs/other/other_pkg/greetings.py')).toBe(true);
  });

  it('generates a package that python3 imports with the project folder on PYTHONPATH', async () => {
    await libGenerator(tree, { name: 'textkit', skipFormat: true });
    const dir = mkdtempSync(join(tmpdir(), 'aithon-libgen-'));
    try {
      for (const file of ['libs/textkit/textkit/__init__.py', 'libs/textkit/textkit/greetings.py']) {
        mkdirSync(dirname(join(dir, file)), { recursive: true });
        writeFileSync(join(dir, file), tree.read(file, 'utf-8')!);
      }
      const out = execFileSync('python3', ['-c', 'import textkit; print(textkit.greet("Ada"), textkit.shout("hey", 2), textkit.VERSION)'], {
        encoding: 'utf8',
        env: { ...process.env, PYTHONPATH: join(dir, 'libs/textkit') },
      });
      expect(out).toBe('Hello, Ada! HEY!! 0.1.0\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects names that cannot be a project or an importable package', async () => {
    await expect(libGenerator(tree, { skipFormat: true })).rejects.toThrow(/Give the library a name/);
    await expect(libGenerator(tree, { name: '1lib', skipFormat: true })).rejects.toThrow(/Invalid project name "1lib"/);
    await expect(libGenerator(tree, { name: 'class', skipFormat: true })).rejects.toThrow(/Invalid package name "class".*--packageName/);
    await expect(libGenerator(tree, { name: 'ok', packageName: 'a.b', skipFormat: true })).rejects.toThrow(/Invalid package name "a.b"/);
    // The compiler's own standard library wins over any library folder.
    await expect(libGenerator(tree, { name: 'json', skipFormat: true })).rejects.toThrow(/standard-library module.*--packageName=my_json/);
    await expect(libGenerator(tree, { name: 'mathx', packageName: 'math', skipFormat: true })).rejects.toThrow(/standard-library module/);
    await expect(libGenerator(tree, { name: 'out', directory: '../out', skipFormat: true })).rejects.toThrow(/inside the workspace/);
  });

  it('refuses a taken project name, folder or package', async () => {
    await appGenerator(tree, { directory: 'apps/demo', skipFormat: true });
    await expect(libGenerator(tree, { name: 'demo', skipFormat: true })).rejects.toThrow(/project named "demo" already exists in apps\/demo/);
    await libGenerator(tree, { name: 'textkit', skipFormat: true });
    await expect(libGenerator(tree, { name: 'textkit2', directory: 'libs/textkit', skipFormat: true })).rejects.toThrow(/libs\/textkit\/project.json already exists/);
    await expect(libGenerator(tree, { name: 'words', packageName: 'textkit', skipFormat: true })).rejects.toThrow(/libs\/textkit already provides the package "textkit"/);
  });
});
