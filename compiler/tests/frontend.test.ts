// Unit tests of the front end: parsing to our syntax tree, syntax errors,
// entry-point validation, type inference and lowering decisions.
import { describe, expect, it } from 'vitest';
import { Program, scopeProgramComprehensions } from '../src/checker';
import { CompileError, formatDiagnostic } from '../src/diagnostics';
import { printIr } from '../src/ir';
import { emitProgram } from '../src/llvm';
import { lowerProgram } from '../src/lower';
import { parseModule } from '../src/parser';
import { runtimeFunctions } from '../src/runtime-abi';
import { describe as describeType } from '../src/types';
import { addImplicitMainCall, validateEntryPoint } from '../src/validate';
import { checkedProgram } from '../src/stages';
import type * as S from '../src/syntax';
import { walkNodes } from '../src/syntax';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function diagnosticsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof CompileError) return e.diagnostics.map(formatDiagnostic);
    throw e;
  }
  return [];
}

function programOf(src: string): Program {
  const mod = parseModule('main.py', src);
  addImplicitMainCall(mod, validateEntryPoint(mod));
  scopeProgramComprehensions(mod);
  return new Program(mod);
}

describe('parser', () => {
  it('reports a syntax error with file:line:col and a code frame', () => {
    const [d] = diagnosticsOf(() => parseModule('main.py', 'def main():\n    print((1 + 2)\n'));
    expect(d).toMatch(/^main\.py:\d+:\d+: error: invalid syntax/);
    expect(d).toContain(' | ');
  });

  it('reports unsupported constructs with their position', () => {
    const ds = diagnosticsOf(() => parseModule('main.py', 'async def f():\n    return sum(await g(x) for x in y)\n'));
    expect(ds[0]).toContain('main.py:2:16: error: unsupported: await inside a generator expression at main.py:2:16');
    expect(ds.length).toBe(1);
  });

  it('takes 3.12 type parameters and type aliases as annotations, and rejects reading them as values', () => {
    const ok = 'type Vec = tuple[float, float]\ntype Pair[K] = tuple[K, K]\ndef first[T](xs: list[T]) -> T:\n    return xs[0]\nclass Box[T: (int, str), *Ts, **P]:\n    def get(self) -> T:\n        return 1\ndef main():\n    v: Vec = (1.0, 2.0)\n    print(first([v]), Box().get())\n';
    expect(diagnosticsOf(() => programOf(ok))).toEqual([]);
    expect(diagnosticsOf(() => parseModule('main.py', 'def f[T](x: T) -> T:\n    print(T)\n    return x\n'))[0]).toContain("main.py:1:7: error: unsupported: reading the type parameter or type alias 'T' as a value");
    expect(diagnosticsOf(() => parseModule('main.py', 'type Num = int | float\nprint(Num)\n'))[0]).toContain("main.py:1:1: error: unsupported: reading the type parameter or type alias 'Num' as a value");
  });

  it('rejects await outside async functions as CPython does', () => {
    expect(diagnosticsOf(() => parseModule('main.py', 'def f():\n    x = await g()\n'))[0]).toContain("main.py:2:9: error: 'await' outside async function");
    expect(diagnosticsOf(() => parseModule('main.py', 'x = (await y)\n'))[0]).toContain("main.py:1:6: error: 'await' outside function");
    expect(diagnosticsOf(() => parseModule('main.py', 'async def f():\n    yield from g()\n'))[0]).toContain("main.py:2:5: error: 'yield from' inside async function");
    expect(diagnosticsOf(() => parseModule('main.py', 'def f():\n    async with g():\n        pass\n'))[0]).toContain("main.py:2:5: error: 'async with' outside async function");
    expect(diagnosticsOf(() => parseModule('main.py', 'def f():\n    return [x async for x in g()]\n'))[0]).toContain('main.py:2:15: error: asynchronous comprehension outside of an asynchronous function');
  });

  it('compiles await as yield from, and async generators as a wrapper of a nested generator', () => {
    const m = parseModule('main.py', 'async def f():\n    return await g()\nasync def h():\n    yield 1\n');
    const f = m.body.find((s) => s.kind === 'FunctionDef' && s.name === 'f') as { isAsync: boolean; body: { value: { kind: string; from: boolean; isAwait: boolean } }[] };
    expect(f.isAsync).toBe(true);
    expect(f.body[0].value).toMatchObject({ kind: 'Yield', from: true, isAwait: true });
    expect(m.body[0]).toMatchObject({ kind: 'ImportFrom', module: 'asyncio' });
    const h = m.body.find((s) => s.kind === 'FunctionDef' && s.name === 'h') as { isAsync: boolean; body: { kind: string }[] };
    expect(h.isAsync).toBe(false);
    expect(h.body.map((s) => s.kind)).toEqual(['FunctionDef', 'Return']);
  });

  it('decodes string escapes and keeps raw strings raw', () => {
    const m = parseModule('main.py', 'a = "t\\tx\\u00e9\\x41\\101"\nb = r"\\n"\n');
    const [a, b] = m.body as { kind: 'Assign'; value: { kind: 'Str'; value: string } }[];
    expect(a.value.value).toBe('t\txéAA');
    expect(b.value.value).toBe('\\n');
  });

  it('splits f-strings into text, conversions, nested specs and debug text', () => {
    const m = parseModule('main.py', 'x = f"a{{b}} {v!r:>{w}} {n=}"\n');
    const f = (m.body[0] as { value: { kind: string; parts: unknown[] } }).value;
    expect(f.kind).toBe('FString');
    expect(f.parts[0]).toBe('a{b} ');
    expect(f.parts[1]).toMatchObject({ conversion: 'r', spec: { kind: 'FString' } });
    expect(f.parts[3]).toMatchObject({ debugText: 'n=', conversion: 'r' });
  });

  it('reports columns in characters, not bytes', () => {
    const [d] = diagnosticsOf(() => parseModule('main.py', 's = "é"; t = await x\n'));
    expect(d).toContain('main.py:1:14:');
  });
});

describe('entry point validation', () => {
  const validate = (src: string) => diagnosticsOf(() => validateEntryPoint(parseModule('main.py', src)));

  it('requires a main()', () => {
    expect(validate('def helper():\n    pass\n')[0]).toContain('main.py:1:1: error: main.py defines no main() function');
  });

  it('rejects a second main() at its line', () => {
    expect(validate('def main():\n    pass\n\ndef main():\n    pass\n')[0]).toContain('main.py:4:5: error: main() is defined more than once (first definition at line 1)');
  });

  it('rejects required parameters when nothing calls main', () => {
    expect(validate('def main(n, m=1):\n    pass\n')[0]).toContain("main.py:1:10: error: main() has required parameter 'n'");
  });

  it('accepts required parameters when the module calls main itself', () => {
    expect(validate('def main(n):\n    pass\n\nif __name__ == "__main__":\n    main(3)\n')).toEqual([]);
  });
});

describe('type inference', () => {
  it('infers unboxed types through recursion', () => {
    const p = programOf('def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\ndef main():\n    print(fib(20))\n');
    const fib = [...p.instances.values()].find((i) => i.pyName === 'fib')!;
    expect(fib.key).toBe('fib(int)');
    expect(fib.returnType.kind).toBe('int');
  });

  it('specialises a function per argument types', () => {
    const p = programOf('def twice(x):\n    return x + x\n\ndef main():\n    print(twice(2), twice(1.5), twice("ab"))\n');
    const keys = [...p.instances.keys()].filter((k) => k.startsWith('twice'));
    expect(keys.sort()).toEqual(['twice(float)', 'twice(int)', 'twice(str)']);
  });

  it('gives a variable holding several types the dynamic object type', () => {
    const p = programOf('def main():\n    x = 1\n    x = "a"\n    print(x)\n');
    const main = [...p.instances.values()].find((i) => i.pyName === 'main')!;
    expect(main.locals.get('x')!.kind).toBe('object');
  });

  it('types int ** non-literal exponent dynamically (it may be a float)', () => {
    const p = programOf('def main():\n    n = -1\n    y = 2 ** n\n    z = 2 ** 10\n');
    const main = [...p.instances.values()].find((i) => i.pyName === 'main')!;
    expect(main.locals.get('y')!.kind).toBe('object');
    expect(main.locals.get('z')!.kind).toBe('int');
  });

  it("reads x.name(...) on a value of unknown type as a built-in value's method, not a class's attribute of that name", () => {
    // A class keeps a dict named like bytes.decode (pyflate's Huffman table) and one named like no method of a built-in value.
    const source = 'def on_event(x):\n    return x\n\nclass T:\n    def __init__(self):\n        self.decode = {}\n        self.handler = on_event\n\ndef main():\n    print(T().decode)\n';
    const p = programOf(source);
    for (const name of ['decode', 'read', 'group', 'isoformat', 'limit_denominator', 'append', 'most_common']) expect(p.isAttributeValueCall(name)).toBe(false);
    expect(p.isAttributeValueCall('handler')).toBe(true);
  });

  it('joins a function that sometimes falls off the end with None: an optional int', () => {
    const p = programOf('def f(n):\n    if n:\n        return 1\n\ndef main():\n    print(f(0))\n');
    const f = [...p.instances.values()].find((i) => i.pyName === 'f')!;
    expect(describeType(f.returnType)).toBe('int | None');
  });

  it('types tuple(xs) as a tuple of variable length, and its join with a fixed tuple', () => {
    const p = programOf('def f(xs, k):\n    t = tuple(xs)\n    if k:\n        t = (1, 2)\n    return t[0]\n\ndef main():\n    print(f([3, 4, 5], 0))\n');
    const f = [...p.instances.values()].find((i) => i.pyName === 'f')!;
    expect(describeType(f.locals.get('t')!)).toBe('tuple[int, ...]');
    expect(f.returnType.kind).toBe('int');
  });

  it('narrows an optional value after `if x is None: return`', () => {
    const p = programOf('def f(xs):\n    best = None\n    for x in xs:\n        best = x\n    if best is None:\n        return 0\n    return best + 1\n\ndef main():\n    print(f([1]))\n');
    const f = [...p.instances.values()].find((i) => i.pyName === 'f')!;
    expect(describeType(f.locals.get('best')!)).toBe('int | None');
    expect(f.returnType.kind).toBe('int');
  });
});

describe('lowering and emission', () => {
  it('turns a statically failing operation into the TypeError CPython raises', () => {
    const ir = printIr(lowerProgram(programOf('def main():\n    print("a" + 1)\n')));
    expect(ir).toContain('raise TypeError("can only concatenate str (not \\"int\\") to str")');
  });

  it('calls missing arguments a TypeError with CPython wording', () => {
    const ir = printIr(lowerProgram(programOf('def f(a, b):\n    return a\n\ndef main():\n    f(1)\n')));
    expect(ir).toContain("f() missing 1 required positional argument: 'b'");
  });

  it('emits only runtime functions the header declares', () => {
    const include = join(__dirname, '../../runtime/include');
    const header = readdirSync(include).map((f) => readFileSync(join(include, f), 'utf8')).join('\n');
    for (const name of Object.keys(runtimeFunctions)) expect(header, name).toMatch(new RegExp(`\\b${name}\\(`));
  });

  it('charges a long dict display the reductions of its stores (64 per 1,024 items), a short one nothing', () => {
    const display = (n: number) => `{${Array.from({ length: n }, (_, i) => `${i}: ${i}`).join(', ')}}`;
    const ll = (n: number) => emitProgram(lowerProgram(programOf(`def main():\n    d = ${display(n)}\n    print(len(d))\n`)));
    expect(ll(2100)).toMatch(/call void @ai_sched_charge\(i64 128\)/);
    expect(ll(1023)).not.toMatch(/@ai_sched_charge/);
  });

  it('emits str literals as static AiStr objects with code-point length', () => {
    const ll = emitProgram(lowerProgram(programOf('def main():\n    print("héllo")\n')));
    expect(ll).toMatch(/@\.str\.\d+ = internal global \{ ptr, i64, i64, i64, i64, i8, \[7 x i8\] \} \{ ptr @ai_type_str, i64 0, i64 5, i64 6, i64 -1, i8 0/);
  });
});

describe('definite assignment', () => {
  const irOf = (src: string) => printIr(lowerProgram(programOf(src)));

  it('checks only the reads that may run before an assignment', () => {
    const ir = lowerProgram(programOf('def f(flag):\n    x = 1\n    if flag:\n        y = 2\n    return x + y\n\ndef main():\n    print(f(True))\n'));
    const f = ir.functions.find((fn) => fn.pyName === 'f')!;
    const reads = f.blocks.flatMap((b) => b.instrs).filter((i) => i.op === 'local.get' && !i.name.startsWith('$'));
    const checked = reads.filter((i) => i.op === 'local.get' && i.unboundCheck).map((i) => (i as { name: string }).name);
    expect(checked).toEqual(['y']);
  });

  it('raises UnboundLocalError for a variable never assigned a value', () => {
    expect(irOf('def main():\n    if False:\n        z = 1\n    print(z)\n')).not.toContain('raise UnboundLocalError'); // z is an int that may be unbound: checked at run time
    expect(irOf('def main():\n    print(w)\n    w = f()\n\ndef f():\n    return f()\n')).toContain('raise UnboundLocalError');
  });
});

describe('classes defined inside functions', () => {
  const build = (src: string) => diagnosticsOf(() => checkedProgram(parseModule('main.py', src)));
  const run = (src: string) => {
    const module = parseModule('main.py', src);
    return { diagnostics: diagnosticsOf(() => checkedProgram(module)), module };
  };

  it('moves a class of a function that runs once to the module, named f.<locals>.C, closing over its variables as globals', () => {
    const { diagnostics, module } = run('def main():\n    n = 2\n    class Box:\n        def get(self):\n            return n\n    print(Box().get())\n');
    expect(diagnostics).toEqual([]);
    expect(module.body.map((s) => (s.kind === 'ClassDef' || s.kind === 'FunctionDef' ? s.name : s.kind))).toContain('main.<locals>.Box');
  });

  it('rejects a class made by a function called by one run more than once, or in a loop, or computing class attributes when it runs', () => {
    expect(build('def make():\n    class K:\n        pass\n    return K\n\ndef twice():\n    return make()\n\ndef main():\n    print(twice() is twice())\n').join('\n')).toContain('unsupported: a class defined inside a function that may run more than once');
    expect(build('def make():\n    class K:\n        pass\n    return K\n\ndef main():\n    print(make() is make(), make.__name__)\n').join('\n')).toContain('unsupported: a class defined inside a function that may run more than once');
    expect(build('def main():\n    for i in range(2):\n        class K:\n            pass\n').join('\n')).toContain('unsupported: a class defined inside a function that may run more than once');
    expect(build('def main():\n    n = 1\n    class K:\n        y = 2\n        x = n + y\n').join('\n')).toContain('unsupported: a class attribute other than a literal in a class defined inside a function');
    expect(build('def main():\n    n = 1\n    class K:\n        x = n * 2\n    print(K.x)\n')).toEqual([]);
  });

  it('compiles a function making a class once per call site when each site runs once', () => {
    expect(build('def make():\n    class K:\n        pass\n    return K\n\ndef main():\n    print(make() is make())\n')).toEqual([]);
  });
});

describe('modules as values', () => {
  it('rejects two modules meeting in one container (a module has no run-time object)', () => {
    const ds = diagnosticsOf(() => checkedProgram(parseModule('main.py', 'import math\nimport cmath\n\ndef main():\n    mods = [math, cmath]\n    print(mods[0].sqrt(4))\n')));
    expect(ds.join('\n')).toContain('unsupported: the module math kept as a value of unknown type');
  });

  it('types a module passed to a function as that module', () => {
    expect(diagnosticsOf(() => checkedProgram(parseModule('main.py', 'import math\n\ndef f(m):\n    return m.sqrt(2)\n\ndef main():\n    print(f(math), getattr(math, "pi"))\n')))).toEqual([]);
  });
});

describe('walkNodes', () => {
  it('visits each node once, a shared one too, also in a walk nested in another and again in a later walk', () => {
    const tree = parseModule('main.py', 'def f(x):\n    return g(x) + [x, 1]\n\ndef main():\n    print(f(2))\n').body;
    const shared = (tree[0] as S.FunctionDef).body[0];
    tree.push(shared); // the same statement object twice
    const kinds = (root: unknown) => {
      const out: string[] = [];
      walkNodes(root, (n) => out.push(String(n.kind)));
      return out;
    };
    const once = kinds(tree);
    expect(once.filter((k) => k === 'Return')).toHaveLength(1);
    // A second walk of the same nodes visits them all again.
    expect(kinds(tree)).toEqual(once);
    // A walk started inside another one's visit sees its whole subtree, and the outer one is not disturbed.
    const outer: string[] = [];
    const inner: string[][] = [];
    walkNodes(tree, (n) => {
      outer.push(String(n.kind));
      if (n.kind === 'FunctionDef') inner.push(kinds(n));
    });
    expect(outer).toEqual(once);
    expect(inner[0]).toEqual(kinds(tree[0]));
    // A node copied during a walk and put into the tree is visited (the mark is not copied).
    const seen: object[] = [];
    const call = tree[1] as S.FunctionDef;
    walkNodes(tree, (n) => {
      seen.push(n);
      if (n === call) call.body.push({ ...(call.body[0] as S.Stmt) });
    });
    expect(seen).toContain(call.body[call.body.length - 1]);
    // A frozen object reached by a walk is visited once.
    const frozen = Object.freeze({ kind: 'Frozen' });
    expect(kinds([frozen, { kind: 'Box', value: frozen }]).filter((k) => k === 'Frozen')).toHaveLength(1);
  });
});
