// actors.test.ts — runs the unittest suite of the pure-Python aithon.actors
// (python/aithon/actors.py, the CPython twin of the native actor runtime) under
// python3 and requires it to pass.
//
//   cd /work/main && npx vitest run python/tests/actors.test.ts
//   PYTHONPATH=python python3 -m unittest discover -s python/tests -v   (directly)
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

describe('aithon.actors under CPython', () => {
  it('passes python/tests (unittest)', async () => {
    const env = { ...process.env, PYTHONPATH: join(ROOT, 'python'), PYTHONDONTWRITEBYTECODE: '1' };
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      execFile(
        'python3',
        ['-m', 'unittest', 'discover', '-s', join(ROOT, 'python', 'tests'), '-v'],
        { cwd: ROOT, env, timeout: 110_000, maxBuffer: 16 * 1024 * 1024 },
        (err, stdout, stderr) => {
          // err.code is the exit status, or a string such as 'ETIMEDOUT'
          const code: unknown = err ? (err as { code?: unknown }).code : 0;
          resolve({ code: typeof code === 'number' ? code : 1, output: stdout + stderr });
        },
      );
    });
    // unittest prints its summary on stderr: "Ran N tests" then "OK"
    expect(output, output).toMatch(/^Ran \d+ tests? in /m);
    expect(output, output).toMatch(/^OK\b/m);
    expect(code, output).toBe(0);
  });
});
