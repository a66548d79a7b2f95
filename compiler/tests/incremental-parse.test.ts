// Incremental parsing (parser.ts, on in `aithon serve`): after any sequence
// of edits, the tree equals a fresh parse of the same text, and the trees it
// hands out are copies (a later stage rewriting one does not change the next).
import { afterAll, describe, expect, it } from 'vitest';
import { CompileError } from '../src/diagnostics';
import * as parser from '../src/parser';
import { parseModule, setIncrementalParsing } from '../src/parser';

afterAll(() => setIncrementalParsing(false));

function fresh(file: string, source: string) {
  setIncrementalParsing(false);
  try {
    return parseModule(file, source);
  } finally {
    setIncrementalParsing(true);
  }
}

const fn = (i: number, k = i) => `def f${i}(x):\n    y = x * ${k}\n    match y:\n        case 0:\n            return 1\n    with open("f") as h:\n        pass\n    return [v + ${k} for v in range(y)]\n`;
const cls = (i: number) => `class C${i}:\n    def __init__(self, v):\n        self.v = v  # note\n\n    @property\n    def twice(self):\n        return self.v * ${i}\n`;

describe('incremental parsing', () => {
  it('matches a fresh parse after every edit', () => {
    setIncrementalParsing(true);
    let parts = ['# module', 'import math', ...Array.from({ length: 12 }, (_, i) => (i % 4 === 0 ? cls(i) : fn(i))), 'def main():\n    print(f1(3))\n', 'main()\n'];
    const edits: ((p: string[]) => string[])[] = [
      (p) => p, // first parse
      (p) => p.map((x, i) => (i === 5 ? fn(3, 99) : x)), // a body
      (p) => ['# a new first line\n\n', ...p], // every line moves
      (p) => p.filter((_, i) => i !== 7), // a function removed
      (p) => [...p.slice(0, 4), fn(50), ...p.slice(4)], // one added in the middle
      (p) => p.map((x, i) => (i === 3 ? x.replace('# note', '# changed note') : x)), // a comment inside a class
      (p) => p, // no change
    ];
    for (const [n, edit] of edits.entries()) {
      parts = edit(parts);
      const source = parts.join('\n');
      const got = parseModule('main.py', source);
      // Unchanged classes are copied, not converted (functions with match/with temporaries are always converted).
      if (n > 0) expect(parser.reusedDefinitions, `edit ${n}`).toBeGreaterThanOrEqual(2);
      expect(got, `edit ${n}`).toEqual(fresh('main.py', source));
      got.body.length = 0; // as a later stage rewriting its tree
    }
  });

  it('reports a syntax error, then parses the fixed text as a fresh parse does', () => {
    setIncrementalParsing(true);
    const good = [fn(1), fn(2), 'def main():\n    print(f1(2))\n'].join('\n');
    parseModule('main.py', good);
    const broken = good.replace('def f2(x):', 'def f2(x:');
    expect(() => parseModule('main.py', broken)).toThrow(CompileError);
    const fixed = good.replace('y = x * 2', 'y = x * 3');
    expect(parseModule('main.py', fixed)).toEqual(fresh('main.py', fixed));
  });
});
