// Stage 1d (after desugar.ts): classes derived from `list` or `dict`.
//
// `class Stack(list)` becomes a plain class holding its items in a list
// attribute, with the list's methods and dunders defined to act on it:
// `self.append(x)`, `len(self)`, `self[-1]`, `for x in self`, `x in self`,
// `print(self)` (the list's repr) and `==` behave as CPython's. The user's
// methods come first (they override the generated ones); `super().m(...)`
// in them reaches the list itself, and their `__init__` starts from an empty
// list, as list.__new__ gives. `class Registry(dict)` works the same way,
// with `__missing__` consulted by `self[key]` as dict does.
//
// Differences from CPython (documented in docs/language.md): such an object
// is not an instance of list or dict for isinstance(), the runtime's
// built-ins that need a real list or dict (json.dumps, dict(obj)) do not
// accept it, and slicing returns a plain list (as CPython's list does).
import type { SourcePos } from './diagnostics';
import type * as S from './syntax';
import { walkNodes } from './syntax';
import { builtinValueTypes } from './classes';

type Parse = (file: string, source: string) => S.Module;

/** The attribute holding the built-in value (a name user code does not use). */
const store = '_builtin_value';

const listMethods = `
def __init__(self, iterable=()):
    self.${store} = list(iterable)
def __len__(self):
    return len(self.${store})
def __getitem__(self, index):
    return self.${store}[index]
def __setitem__(self, index, value):
    self.${store}[index] = value
def __delitem__(self, index):
    del self.${store}[index]
def __iter__(self):
    return iter(self.${store})
def __contains__(self, item):
    return item in self.${store}
def __repr__(self):
    return repr(self.${store})
def __bool__(self):
    return len(self.${store}) > 0
def __eq__(self, other):
    if isinstance(other, __cls__):
        return self.${store} == other.${store}
    return self.${store} == other
def __add__(self, other):
    return self.${store} + list(other)
def __iadd__(self, other):
    self.${store}.extend(other)
    return self
def __mul__(self, n):
    return self.${store} * n
def __rmul__(self, n):
    return self.${store} * n
def append(self, item):
    self.${store}.append(item)
def extend(self, items):
    self.${store}.extend(items)
def pop(self, index=-1):
    return self.${store}.pop(index)
def insert(self, index, item):
    self.${store}.insert(index, item)
def remove(self, item):
    self.${store}.remove(item)
def index(self, item):
    return self.${store}.index(item)
def count(self, item):
    return self.${store}.count(item)
def clear(self):
    self.${store}.clear()
def reverse(self):
    self.${store}.reverse()
def sort(self, key=None, reverse=False):
    self.${store}.sort(key=key, reverse=reverse)
def copy(self):
    return self.${store}.copy()
`;

const dictMethods = `
def __init__(self, mapping=()):
    self.${store} = dict(mapping)
def __len__(self):
    return len(self.${store})
def __getitem__(self, key):
    return self.${store}[key]
def __setitem__(self, key, value):
    self.${store}[key] = value
def __delitem__(self, key):
    del self.${store}[key]
def __iter__(self):
    return iter(self.${store})
def __contains__(self, key):
    return key in self.${store}
def __repr__(self):
    return repr(self.${store})
def __bool__(self):
    return len(self.${store}) > 0
def __eq__(self, other):
    if isinstance(other, __cls__):
        return self.${store} == other.${store}
    return self.${store} == other
def get(self, key, default=None):
    return self.${store}.get(key, default)
def keys(self):
    return self.${store}.keys()
def values(self):
    return self.${store}.values()
def items(self):
    return self.${store}.items()
def pop(self, key, *default):
    return self.${store}.pop(key, *default)
def setdefault(self, key, default=None):
    return self.${store}.setdefault(key, default)
def update(self, other):
    self.${store}.update(other)
def clear(self):
    self.${store}.clear()
def copy(self):
    return self.${store}.copy()
`;

/** With `__missing__`, `self[key]` of an absent key returns what it gives, as dict.__getitem__ does. */
const dictGetitemWithMissing = `
def __getitem__(self, key):
    if key in self.${store}:
        return self.${store}[key]
    return self.__missing__(key)
`;

const comparisons = { eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' };

/** The comparisons of a value held in `value` (`self.value`), with another instance of the class or a plain value. */
function valueComparisons(value: string): string {
  const other = value.replace(/^self\./, 'other.');
  return Object.entries(comparisons)
    .map(([name, op]) => `def __${name}__(self, other):\n    if isinstance(other, __cls__):\n        return ${value} ${op} ${other}\n    return ${value} ${op} other\n`)
    .join('');
}

/**
 * The str methods and operators of instances that hold a str in `value`
 * (members of a StrEnum or `class Color(str, Enum)`, instances of
 * `class Name(str)`), acting on it as CPython's str does.
 */
export function strValueMethods(value: string): string {
  const unary = ['upper', 'lower', 'title', 'capitalize', 'casefold', 'swapcase', 'isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isnumeric', 'isdecimal', 'isidentifier', 'isascii', 'isprintable'];
  const withParams: Record<string, string> = {
    strip: 'chars=None', lstrip: 'chars=None', rstrip: 'chars=None', split: 'sep=None, maxsplit=-1', rsplit: 'sep=None, maxsplit=-1', splitlines: 'keepends=False',
    startswith: 'prefix, start=0, end=None', endswith: 'suffix, start=0, end=None', find: 'sub, start=0, end=None', rfind: 'sub, start=0, end=None',
    index: 'sub, start=0, end=None', rindex: 'sub, start=0, end=None', count: 'sub, start=0, end=None', replace: 'old, new, count=-1', join: 'iterable',
    center: "width, fillchar=' '", ljust: "width, fillchar=' '", rjust: "width, fillchar=' '", zfill: 'width', partition: 'sep', rpartition: 'sep',
    removeprefix: 'prefix', removesuffix: 'suffix', expandtabs: 'tabsize=8', encode: "encoding='utf-8', errors='strict'",
  };
  return [
    valueComparisons(value),
    `def __hash__(self):\n    return hash(${value})\n`,
    `def __format__(self, spec):\n    return format(str(self), spec)\n`,
    `def __len__(self):\n    return len(${value})\n`,
    `def __contains__(self, item):\n    return item in ${value}\n`,
    `def __getitem__(self, index):\n    return ${value}[index]\n`,
    `def __iter__(self):\n    return iter(${value})\n`,
    `def __add__(self, other):\n    return ${value} + other\n`,
    `def __radd__(self, other):\n    return other + ${value}\n`,
    `def __mul__(self, n):\n    return ${value} * n\n`,
    `def __rmul__(self, n):\n    return ${value} * n\n`,
    `def __mod__(self, args):\n    return ${value} % args\n`,
    ...unary.map((m) => `def ${m}(self):\n    return ${value}.${m}()\n`),
    ...Object.entries(withParams).map(([m, params]) => `def ${m}(self, ${params}):\n    return ${value}.${m}(${params.split(', ').map((p) => p.split('=')[0]).join(', ')})\n`),
  ].join('');
}

/** The arithmetic and comparisons of instances that hold an int or a float in `value` (IntEnum members, `class Meters(float)`). */
export function intValueMethods(value: string): string {
  const binary = { add: '+', sub: '-', mul: '*', floordiv: '//', mod: '%', truediv: '/', pow: '**', and: '&', or: '|', xor: '^', lshift: '<<', rshift: '>>' };
  return [
    valueComparisons(value),
    ...Object.entries(binary).map(([name, op]) => `def __${name}__(self, other):\n    return ${value} ${op} other\ndef __r${name}__(self, other):\n    return other ${op} ${value}\n`),
    `def __neg__(self):\n    return -${value}\n`,
    `def __abs__(self):\n    return abs(${value})\n`,
    `def __int__(self):\n    return int(${value})\n`,
    `def __float__(self):\n    return float(${value})\n`,
    `def __bool__(self):\n    return ${value} != 0\n`,
  ].join('');
}

/** `class Name(str)` / `class Big(int)` / `class Meters(float)`: the value, made by the constructor, and how it prints. */
function valueSubclassMethods(kind: 'str' | 'int' | 'float'): string {
  const value = `self.${store}`;
  return [
    `def __init__(self, value=${kind === 'str' ? "''" : '0'}):\n    ${value} = ${kind}(value)\n`,
    `def __str__(self):\n    return str(${value})\n`,
    `def __repr__(self):\n    return repr(${value})\n`,
    kind === 'str' ? strValueMethods(value) : intValueMethods(value),
    kind === 'str' ? '' : `def __hash__(self):\n    return hash(${value})\ndef __format__(self, spec):\n    return format(${value}, spec)\ndef __pos__(self):\n    return +${value}\ndef __round__(self, n=None):\n    return round(${value}, n)\n`,
    kind === 'float' ? `def is_integer(self):\n    return ${value}.is_integer()\n` : '',
    kind === 'int' ? `def bit_length(self):\n    return ${value}.bit_length()\n` : '',
  ].join('');
}

export function desugarBuiltinSubclasses(module: S.Module, parse: Parse): void {
  const shadowed = new Set<string>();
  for (const s of module.body) if ((s.kind === 'ClassDef' || s.kind === 'FunctionDef') && ['list', 'dict', 'str', 'int', 'float'].includes(s.name)) shadowed.add(s.name);
  for (const s of module.body) {
    if (s.kind !== 'ClassDef' || s.bases.length !== 1) continue;
    const base = s.bases[0];
    if (base.kind !== 'Name' || shadowed.has(base.id)) continue;
    if (base.id === 'list' || base.id === 'dict') rewriteClass(s, base.id, parse);
    // A value type's subclass is made by __new__: one with its own __init__ or __new__ stays unsupported.
    else if ((base.id === 'str' || base.id === 'int' || base.id === 'float') && !s.body.some((x) => x.kind === 'FunctionDef' && (x.name === '__init__' || x.name === '__new__'))) {
      rewriteValueClass(s, base.id, parse);
    }
  }
}

/** `class Name(str)`: a class holding the str, with str's methods and operators acting on it, an instance of str for isinstance(). */
function rewriteValueClass(cls: S.ClassDef, kind: 'str' | 'int' | 'float', parse: Parse): void {
  const own = new Set(cls.body.filter((x): x is S.FunctionDef => x.kind === 'FunctionDef').map((d) => d.name));
  for (const def of cls.body) if (def.kind === 'FunctionDef') rewriteSuperCalls(def, kind, cls.pos);
  const generated = synthMethods(valueSubclassMethods(kind), cls.name, cls.pos, parse);
  cls.bases = [];
  cls.body = [...cls.body.filter((x) => x.kind !== 'Pass'), ...generated.filter((d) => !own.has(d.name))];
  builtinValueTypes.set(cls, kind);
}

function rewriteClass(cls: S.ClassDef, kind: 'list' | 'dict', parse: Parse): void {
  const pos = cls.pos;
  const own = new Set(cls.body.filter((x): x is S.FunctionDef => x.kind === 'FunctionDef').map((d) => d.name));
  const generated = synthMethods(kind === 'list' ? listMethods : dictMethods, cls.name, pos, parse);
  if (kind === 'dict' && own.has('__missing__')) {
    const getitem = synthMethods(dictGetitemWithMissing, cls.name, pos, parse)[0];
    const i = generated.findIndex((d) => d.name === '__getitem__');
    generated[i] = getitem;
  }
  for (const def of cls.body) if (def.kind === 'FunctionDef') rewriteSuperCalls(def, kind, pos);
  const init = cls.body.find((x): x is S.FunctionDef => x.kind === 'FunctionDef' && x.name === '__init__');
  if (init) {
    // list.__new__ / dict.__new__ made the value empty before any __init__ runs.
    const empty: S.Stmt = {
      kind: 'Assign',
      pos: init.pos,
      targets: [{ kind: 'Attribute', pos: init.pos, value: { kind: 'Name', pos: init.pos, id: init.params[0]?.name ?? 'self' }, attr: store }],
      value: kind === 'list' ? { kind: 'List', pos: init.pos, elts: [] } : { kind: 'Dict', pos: init.pos, keys: [], values: [] },
    };
    init.body.unshift(empty);
  }
  cls.bases = [];
  cls.body = [...cls.body.filter((x) => x.kind !== 'Pass'), ...generated.filter((d) => !own.has(d.name))];
}

function synthMethods(source: string, clsName: string, pos: SourcePos, parse: Parse): S.FunctionDef[] {
  const body = parse('main.py', `class __cls__:\n${source.replace(/^/gm, '    ')}\n`).body[0] as S.ClassDef;
  walkNodes(body.body, (o) => {
    if ('pos' in o) o.pos = { ...pos };
    if ('namePos' in o) o.namePos = { ...pos };
    if (o.kind === 'Name' && o.id === '__cls__') o.id = clsName;
  });
  return body.body.filter((x): x is S.FunctionDef => x.kind === 'FunctionDef');
}

/**
 * In the user's methods, `super().__init__(x)` sets the built-in value
 * (`list(x)` / `dict(x)`), and `super().m(args)` calls m on it.
 */
function rewriteSuperCalls(def: S.FunctionDef, kind: 'list' | 'dict' | 'str' | 'int' | 'float', pos: SourcePos): void {
  const self = def.params[0]?.name ?? 'self';
  walkNodes(def.body, (n) => {
    if (n.kind !== 'Call') return;
    const call = n as unknown as S.CallExpr;
    if (call.func.kind !== 'Attribute') return;
    const sup = call.func.value;
    if (sup.kind !== 'Call' || sup.func.kind !== 'Name' || sup.func.id !== 'super' || sup.args.length) return;
    const value: S.Expr = { kind: 'Attribute', pos: call.pos, value: { kind: 'Name', pos: call.pos, id: self }, attr: store };
    if (call.func.attr === '__init__') {
      // `self._builtin_value = list(args)`, written as an expression: a call of the constructor whose result is stored.
      const made: S.Expr = call.args.length ? { kind: 'Call', pos: call.pos, func: { kind: 'Name', pos: call.pos, id: kind }, args: call.args, keywords: call.keywords } : kind === 'list' ? { kind: 'List', pos, elts: [] } : { kind: 'Dict', pos, keys: [], values: [] };
      const setter: S.Expr = {
        kind: 'Call',
        pos: call.pos,
        func: { kind: 'Attribute', pos: call.pos, value, attr: kind === 'list' ? 'extend' : 'update' },
        args: [made],
        keywords: [],
      };
      replace(call, setter);
      return;
    }
    call.func = { kind: 'Attribute', pos: call.func.pos, value, attr: call.func.attr };
  });
}

function replace(target: object, replacement: object): void {
  for (const k of Object.keys(target)) delete (target as Record<string, unknown>)[k];
  Object.assign(target, replacement);
}
