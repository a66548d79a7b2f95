// The tool launcher (tool-launcher.ts): with it running, tools are children of
// its helper process, not of this one; their output, stdin and failures come
// back as from a direct start; when the helper dies, tools start directly.
import { afterAll, describe, expect, it } from 'vitest';
import { launchTool, startToolLauncher, stopToolLauncher, toolLauncherPid } from '../src/tool-launcher';

afterAll(() => stopToolLauncher());

const parentOfShell = async () => Number((await launchTool({ file: '/bin/sh', args: ['-c', 'echo $PPID'], maxBuffer: 1 << 20 })).stdout.toString().trim());

describe('the tool launcher', () => {
  it('starts tools from its helper, with their stdin, output and exit status', async () => {
    expect(await parentOfShell()).toBe(process.pid);
    startToolLauncher();
    const helper = toolLauncherPid();
    expect(helper).toBeGreaterThan(0);
    expect(helper).not.toBe(process.pid);
    expect(await parentOfShell()).toBe(helper);

    const input = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
    const echoed = await launchTool({ file: '/bin/cat', args: [], input, maxBuffer: 1 << 20 });
    expect(echoed.error).toBeUndefined();
    expect(Buffer.compare(echoed.stdout, input)).toBe(0);

    const failed = await launchTool({ file: '/bin/sh', args: ['-c', 'echo why >&2; exit 3'], maxBuffer: 1 << 20 });
    expect(failed.error?.code).toBe(3);
    expect(failed.error?.spawnFailed).toBe(false);
    expect(failed.stderr.toString()).toBe('why\n');

    const missing = await launchTool({ file: '/nonexistent/tool', args: [], maxBuffer: 1 << 20 });
    expect(missing.error?.spawnFailed).toBe(true);

    // Several at once: each answer goes to its own request.
    const outs = await Promise.all([1, 2, 3, 4, 5].map((n) => launchTool({ file: '/bin/sh', args: ['-c', `sleep 0.0${n}; echo ${n}`], maxBuffer: 1 << 20 })));
    expect(outs.map((o) => o.stdout.toString().trim())).toEqual(['1', '2', '3', '4', '5']);
  });

  it('starts tools directly once its helper is gone, also those the helper had not answered', async () => {
    startToolLauncher();
    const helper = toolLauncherPid()!;
    const running = launchTool({ file: '/bin/sh', args: ['-c', 'sleep 0.3; echo done'], maxBuffer: 1 << 20 });
    await new Promise((r) => setTimeout(r, 100));
    process.kill(helper, 'SIGKILL');
    expect((await running).stdout.toString()).toBe('done\n');
    expect(toolLauncherPid()).toBeUndefined();
    expect(await parentOfShell()).toBe(process.pid);
  });
});
