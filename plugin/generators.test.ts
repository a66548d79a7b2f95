import { readJson, readNxJson, updateNxJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { execFileSync } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import { appGenerator } from '../generators/app/generator';
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
