// Sanity of the test corpus itself (no compiler needed): every program
// defines exactly one main(), runs under CPython with the expected exit
// status, and is deterministic. The harness's implicit-main detection is
// pinned here too. (Whether the compiler supports each program is what the
// differential test checks.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callsMainItself, programInput, repoRoot, runReference } from './support/harness';

const programsDir = join(repoRoot, 'tests', 'programs');
const programs = readdirSync(programsDir)
  .filter((f) => f.endsWith('.py'))
  .sort();

/** Programs that end in an uncaught exception on purpose. */
const crashes = (file: string): boolean => /_exit\.py$/.test(file);
/** Programs that rely on the implicit main() call. */
const implicit = new Set(['implicit_main_call.py', 'implicit_main_defaults.py']);

describe('test corpus', () => {
  it('has an input file only for a program', () => {
    const inputs = readdirSync(programsDir).filter((f) => f.endsWith('.stdin'));
    for (const f of inputs) expect(programs, `${f} is the stdin of a program that is not there`).toContain(f.replace(/\.stdin$/, '.py'));
  });

  it('has the expected size', () => {
    expect(programs.length).toBeGreaterThanOrEqual(45);
    expect(programs.filter((p) => p.startsWith('whole_')).length).toBeGreaterThanOrEqual(5);
  });

  it.each(programs)('%s: main() call detection', (file) => {
    const source = readFileSync(join(programsDir, file), 'utf8');
    expect(callsMainItself(source)).toBe(!implicit.has(file));
  });

  it.concurrent.for(programs)('%s runs under CPython, deterministically', async (file, { expect }) => {
    const source = readFileSync(join(programsDir, file), 'utf8');
    const input = programInput(programsDir, file.slice(0, -3));
    const [first, second] = [await runReference(programsDir, file, source, input), await runReference(programsDir, file, source, input)];
    // A *_exit.py program ends with a non-zero status: an uncaught exception (status 1, a
    // traceback whose last line names it) or sys.exit(n) (any status, as the program chose).
    if (!crashes(file)) expect(first.code, first.stderr).toBe(0);
    else {
      expect(first.code, first.stderr).not.toBe(0);
      if (first.code === 1) expect(first.stderr.trimEnd().split('\n').pop()).toMatch(/^[\w.]+: /);
    }
    expect(first.stdout.length).toBeGreaterThan(0);
    expect(second.stdout).toBe(first.stdout);
  });
});

describe('harness: callsMainItself', () => {
  const cases: Array<[string, string, boolean]> = [
    ['guard', 'def main():\n    pass\n\nif __name__ == "__main__":\n    main()\n', true],
    ['single-quoted guard', "def main():\n    pass\n\nif __name__ == '__main__':\n    main()\n", true],
    ['one-line guard', 'def main():\n    pass\n\nif __name__ == "__main__": main()\n', true],
    ['direct', 'def main():\n    pass\n\nmain()\n', true],
    ['not called', 'def main():\n    pass\n', false],
    ['called only inside a function', 'def main():\n    pass\n\ndef other():\n    main()\n', false],
  ];
  it.each(cases)('%s', (_label, source, expected) => {
    expect(callsMainItself(source)).toBe(expected);
  });
});
