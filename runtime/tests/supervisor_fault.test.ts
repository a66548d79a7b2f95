// supervisor_fault.test.ts — issue 5's supervision fault test, compiled:
// runtime/tests/supervisor_fault.py puts 10,000 workers under one one_for_one
// supervisor, crashes every tenth three times while the others receive a
// stream of messages, and reports what it saw. Asserted on its output (what
// was restarted, what was received), never on timing.
//
//   npx vitest run runtime/tests/supervisor_fault.test.ts
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, cliMissingMessage, describeRun, makeTempRoot, removeTempRoot, repoRoot, runExe } from '../../tests/support/harness';

const root = makeTempRoot('aithon-supervisor-fault-');
afterAll(() => removeTempRoot(root));

describe('supervision fault test (issue 5)', () => {
  it('10,000 workers, every tenth crashing repeatedly: all restarted, no message lost', async () => {
    const missing = cliMissingMessage();
    if (missing) throw new Error(missing);
    const project = join(root, 'fault');
    mkdirSync(project, { recursive: true });
    copyFileSync(join(repoRoot, 'runtime', 'tests', 'supervisor_fault.py'), join(project, 'main.py'));
    const exe = join(project, 'fault');
    const build = await buildProject(project, exe, ['--release']);
    if (build.code !== 0 || !existsSync(exe)) throw new Error(`build failed\n${describeRun('build', build)}`);
    const run = await runExe(exe, project, 300_000);
    if (run.code !== 0) throw new Error(describeRun('supervisor_fault', run));
    expect(run.stdout.split('\n')).toEqual([
      'workers: 10000 crashing: 1000',
      'crashers started [4] times',
      'others started [1] times, kept their pid: True',
      'crashers got new pids: True',
      'messages sent to each other worker: 6 received: [6]',
      'out of order: False',
      'which_children: 10000 in order: True current pids: True',
      'supervisor ended: shutdown',
      'stray starts: False',
      '',
    ]);
    // One error report per crash: 1,000 workers crashed three times each.
    expect(run.stderr.split('\n').filter((l) => l.startsWith('Exception in actor')).length).toBe(3000);
  }, 600_000);
});
