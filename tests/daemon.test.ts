// The build daemon (compiler/src/build-daemon.ts, docs/build.md): the first
// `aithon build` builds in its own process and starts a daemon; later builds
// of the same compiler and environment are built by the daemon, warm. Every
// result must be what a build in a fresh process gives: the new program after
// an edit, the same diagnostics for a broken edit. A build with another
// environment never reaches that daemon; --no-daemon never uses one.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempRoot, removeTempRoot, runCli, runExe } from './support/harness';

let root = '';
let env: NodeJS.ProcessEnv = {};

// A word no earlier run compiled, so the edit's unit is not in the shared unit cache.
const fresh = `w${process.pid}x${Date.now()}`;
const program = (word: string) => `def shout(s):\n    return s.upper() + "!"\n\n\ndef main():\n    print(shout("${word}${fresh}"))\n`;

async function buildJson(flags: string[] = [], extraEnv: NodeJS.ProcessEnv = {}) {
  const r = await runCli(['build', join(root, 'app'), '-o', join(root, 'app.exe'), '--json', ...flags], { env: { ...env, ...extraEnv } });
  return { code: r.code, stderr: r.stderr, json: JSON.parse(r.stdout) as { ok: boolean; daemon: boolean; recompiled?: number; diagnostics: { file: string; line: number; column: number; message: string }[] } };
}

async function output(): Promise<string> {
  const r = await runExe(join(root, 'app.exe'), root);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

async function daemonStatus(): Promise<string> {
  return (await runCli(['daemon', 'status'], { env })).stdout;
}

async function waitForDaemons(n: number): Promise<void> {
  const running = async () => (await daemonStatus()).split('\n').filter((l) => l.startsWith('running: ')).length;
  for (let i = 0; i < 120 && (await running()) < n; i++) await new Promise((r) => setTimeout(r, 500));
  expect(await running()).toBe(n);
}

beforeAll(() => {
  root = makeTempRoot('daemon');
  mkdirSync(join(root, 'app'));
  mkdirSync(join(root, 'sockets'));
  mkdirSync(join(root, 'libs'));
  env = { ...process.env, AITHON_DAEMON: '1', AITHON_DAEMON_IDLE: '300', AITHON_DAEMON_DIR: join(root, 'sockets') };
});

afterAll(async () => {
  await runCli(['daemon', 'stop'], { env });
  removeTempRoot(root);
});

describe('the build daemon', () => {
  it('builds after the first build, gives the edited program and the same diagnostics, and stops', async () => {
    writeFileSync(join(root, 'app', 'main.py'), program('one'));
    const first = await buildJson();
    expect(first.code, first.stderr).toBe(0);
    expect(first.json.daemon).toBe(false);
    expect(await output()).toBe(`ONE${fresh.toUpperCase()}!\n`);

    // The first build started a daemon in the background: wait until it listens.
    await waitForDaemons(1);

    writeFileSync(join(root, 'app', 'main.py'), program('two'));
    const edited = await buildJson();
    expect(edited.code, edited.stderr).toBe(0);
    expect(edited.json.daemon).toBe(true);
    expect(edited.json.recompiled).toBeGreaterThan(0);
    expect(await output()).toBe(`TWO${fresh.toUpperCase()}!\n`);

    writeFileSync(join(root, 'app', 'main.py'), program('three').replace('def main():', 'def main(:'));
    const broken = await buildJson();
    expect(broken.code).toBe(1);
    expect(broken.json.daemon).toBe(true);
    expect(broken.json.diagnostics[0]).toMatchObject({ line: 5 });
    const inProcess = await buildJson(['--no-daemon']);
    expect(inProcess.json.daemon).toBe(false);
    expect(inProcess.json.diagnostics).toEqual(broken.json.diagnostics);
    expect(await output()).toBe(`TWO${fresh.toUpperCase()}!\n`); // a failed build leaves the last executable alone

    writeFileSync(join(root, 'app', 'main.py'), program('four'));
    const fixed = await buildJson();
    expect(fixed.json).toMatchObject({ ok: true, daemon: true });
    expect(await output()).toBe(`FOUR${fresh.toUpperCase()}!\n`);

    // Another environment is another compiler configuration: not this daemon's builds.
    const otherEnv = await buildJson([], { AITHONPATH: join(root, 'libs'), AITHON_DAEMON_IDLE: '60' });
    expect(otherEnv.json).toMatchObject({ ok: true, daemon: false });

    // ...and it started its own daemon: two run now, and both stop.
    await waitForDaemons(2);
    const stop = await runCli(['daemon', 'stop'], { env });
    expect(stop.stdout).toBe('2 build daemons stopped\n');
    expect(await daemonStatus()).toBe('no build daemon is running\n');
    const afterStop = await buildJson(['--no-daemon']);
    expect(afterStop.json).toMatchObject({ ok: true, daemon: false });
  });
});
