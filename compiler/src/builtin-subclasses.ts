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
// Such an object is a list or dict for isinstance() (the class's valueType,
// as a named tuple class's is tuple). Differences from CPython (documented
// in docs/language.md): the runtime's built-ins that need a real list or
// dict (json.dumps, dict(obj)) do not accept it, and slicing returns a plain
// list (as CPython's list does).
import { type SourcePos, unsupportedConstruct } from './diagnostics';
import type * as S from './syntax';
import { walkNodes } from './syntax';
import { builtinValueTypes } from './classes';

type Parse = (file: string, source: string) => S.Module;

/** The attribute holding the built-in value (a name user code does not use). */
const store = '_builtin_value';

/** What list and dict subclasses both forward to the value they hold. */
const containerProtocol = `def __len__(self):
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
    return self.${store} == other`;

const listMethods = `
def __init__(self, iterable=()):
    self.${store} = list(iterable)
${containerProtocol}
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
def __init__(self, mapping=(), **kwargs):
    self.${store} = dict(mapping)
    if kwargs:
        self.${store}.update(kwargs)
${containerProtocol}
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

/** `__aithon_value__`: the value itself, for the runtime's built-ins that need a real str or number (AiClassDunders.value). */
function builtinValueMethod(value: string): string {
  return `def __aithon_value__(self):\n    return ${value}\n`;
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
    builtinValueMethod(value),
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
    builtinValueMethod(value),
    `def __hash__(self):\n    return hash(${value})\n`,
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
    // int and float have no __str__ of their own: str() of an instance is its repr (the class's __repr__ if it has one).
    kind === 'str' ? `def __str__(self):\n    return str(${value})\n` : `def __str__(self):\n    return repr(self)\n`,
    `def __repr__(self):\n    return repr(${value})\n`,
    kind === 'str' ? strValueMethods(value) : intValueMethods(value),
    kind === 'str' ? '' : `def __format__(self, spec):\n    return format(${value}, spec)\ndef __pos__(self):\n    return +${value}\ndef __round__(self, n=None):\n    return round(${value}, n)\n`,
    kind === 'float' ? `def is_integer(self):\n    return ${value}.is_integer()\n` : '',
    kind === 'int' ? `def bit_length(self):\n    return ${value}.bit_length()\ndef __index__(self):\n    return ${value}\n` : '',
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
    else if (base.id === 'str' || base.id === 'int' || base.id === 'float') rewriteValueClass(module, s, base.id, parse);
  }
}

/** `class Name(str)`: a class holding the str, with str's methods and operators acting on it, an instance of str for isinstance(). */
function rewriteValueClass(module: S.Module, cls: S.ClassDef, kind: 'str' | 'int' | 'float', parse: Parse): void {
  const ownNew = cls.body.find((x): x is S.FunctionDef => x.kind === 'FunctionDef' && x.name === '__new__');
  const ownInit = cls.body.find((x): x is S.FunctionDef => x.kind === 'FunctionDef' && x.name === '__init__');
  if (ownNew) newAsInit(module, ownNew, kind);
  if (ownNew && ownInit) {
    // As CPython: C(args) runs __new__(cls, args), then __init__(obj, args) on the instance it returned (always
    // this class's here: newAsInit accepts no other). Both keep their own parameters; one __init__ calls them in turn.
    ownNew.name = newHelper;
    ownInit.name = initHelper;
    cls.body.push(...synthMethods(`def __init__(self, *args, **kwargs):\n    self.${newHelper}(*args, **kwargs)\n    self.${initHelper}(*args, **kwargs)\n`, cls.name, cls.pos, parse));
  } else if (ownInit) {
    // kind.__new__ made the value from the constructor's arguments before __init__ runs: those of the parameters
    // without defaults (a value given for another one makes CPython's str()/float() raise; here it is not passed).
    const self = ownInit.params[0]?.name ?? 'self';
    const args: S.Expr[] = ownInit.params.slice(1).flatMap((p): S.Expr[] =>
      p.kind === 'normal' && !p.defaultValue ? [{ kind: 'Name', pos: ownInit.pos, id: p.name }] : p.kind === 'varargs' ? [{ kind: 'Starred', pos: ownInit.pos, value: { kind: 'Name', pos: ownInit.pos, id: p.name }, inCall: true }] : []);
    ownInit.body.unshift(storeValue(self, { kind: 'Call', pos: ownInit.pos, func: { kind: 'Name', pos: ownInit.pos, id: kind }, args, keywords: [] }, ownInit.pos));
  }
  const own = new Set(cls.body.filter((x): x is S.FunctionDef => x.kind === 'FunctionDef').map((d) => d.name));
  for (const def of cls.body) if (def.kind === 'FunctionDef') rewriteSuperCalls(def, kind, cls.pos);
  const made = ownNew ? `def ${madeHelper}(self, value):\n    self.${store} = value\n    return self\n` : '';
  const generated = synthMethods(valueSubclassMethods(kind) + made, cls.name, cls.pos, parse);
  cls.bases = [];
  cls.body = [...cls.body.filter((x) => x.kind !== 'Pass'), ...generated.filter((d) => !own.has(d.name))];
  builtinValueTypes.set(cls, kind);
}

/** `self._builtin_value = value` */
function storeValue(self: string, value: S.Expr, pos: SourcePos): S.Stmt {
  return { kind: 'Assign', pos, targets: [{ kind: 'Attribute', pos, value: { kind: 'Name', pos, id: self }, attr: store }], value };
}

/**
 * A value subclass's own `__new__(cls, ...)` becomes its `__init__(self, ...)`: the instance exists already, so
 * `super().__new__(cls, v)` / `str.__new__(cls, v)` stores `str(v)` in it and stands for it, `return obj` of that
 * instance returns, and other uses of `cls` are `type(self)`. A `__new__` returning anything else (a cached
 * instance, another class's) cannot be an `__init__`: unsupported.
 */
function newAsInit(module: S.Module, def: S.FunctionDef, kind: 'str' | 'int' | 'float'): void {
  const cls = def.params[0]?.name ?? 'cls';
  const self = cls === 'self' ? 'self' : '__aithon_self';
  def.name = '__init__';
  def.decorators = def.decorators.filter((d) => !(d.kind === 'Name' && d.id === 'staticmethod'));
  if (def.params[0]) def.params[0] = { ...def.params[0], name: self };
  const isValueNew = (e: S.Expr): e is S.CallExpr => {
    if (e.kind !== 'Call' || e.func.kind !== 'Attribute' || e.func.attr !== '__new__') return false;
    const owner = e.func.value;
    const viaSuper = owner.kind === 'Call' && owner.func.kind === 'Name' && owner.func.id === 'super' && !owner.args.length;
    return (viaSuper || (owner.kind === 'Name' && owner.id === kind)) && e.args[0]?.kind === 'Name' && e.args[0].id === cls;
  };
  const instances = new Set<string>([self]);
  walkNodes(def.body, (n) => {
    const s = n as unknown as S.Stmt;
    if (s.kind === 'Assign' && isValueNew(s.value)) for (const t of s.targets) if (t.kind === 'Name') instances.add(t.id);
  });
  // `obj = super().__new__(cls, v)`: `obj = self` after `self._builtin_value = kind(v)`, written as one expression
  // (a call of the helper __aithon_made__ defined below, which stores the value and returns the instance).
  walkNodes(def.body, (n) => {
    const e = n as unknown as S.Expr;
    if (!isValueNew(e)) return;
    const made: S.Expr = { kind: 'Call', pos: e.pos, func: { kind: 'Name', pos: e.pos, id: kind }, args: e.args.slice(1), keywords: e.keywords };
    replace(e, { kind: 'Call', pos: e.pos, func: { kind: 'Attribute', pos: e.pos, value: { kind: 'Name', pos: e.pos, id: self }, attr: madeHelper }, args: [made], keywords: [] });
  });
  const madeReturns = new Set<S.Stmt>();
  walkNodes(def.body, (n) => {
    const s = n as unknown as S.Stmt;
    if (madeReturns.has(s)) return;
    if (s.kind === 'FunctionDef' || (n as { kind?: string }).kind === 'Lambda') unsupportedConstruct(module, s.pos, `a nested function in the __new__ of a subclass of ${kind}`);
    if (s.kind !== 'Return') return;
    const v = s.value;
    const returnsInstance = v && ((v.kind === 'Name' && instances.has(v.id)) || (v.kind === 'Call' && v.func.kind === 'Attribute' && v.func.attr === madeHelper));
    if (!returnsInstance) unsupportedConstruct(module, s.pos, `a __new__ of a subclass of ${kind} that returns something other than the instance it made`);
    // An __init__ returns None: the value's side effect (storing it) stays, then a plain return.
    const plainReturn: S.Stmt = { kind: 'Return', pos: s.pos, value: null };
    madeReturns.add(plainReturn);
    if (v.kind === 'Call') replace(s, { kind: 'If', pos: s.pos, test: { kind: 'Bool', pos: s.pos, value: true }, body: [{ kind: 'ExprStmt', pos: s.pos, expr: v }, plainReturn], orelse: [] });
    else s.value = null;
  });
  walkNodes(def.body, (n) => {
    const e = n as unknown as S.Expr;
    if (e.kind !== 'Name' || !(e.id === cls || instances.has(e.id)) || e.id === self) return;
    if (e.id === cls) replace(e, { kind: 'Call', pos: e.pos, func: { kind: 'Name', pos: e.pos, id: 'type' }, args: [{ kind: 'Name', pos: e.pos, id: self }], keywords: [] });
    else e.id = self;
  });
  walkNodes(def.body, (n) => {
    const s = n as unknown as S.Stmt;
    // `obj = self` left from `obj = super().__new__(...)` is dropped where obj became self.
    if (s.kind === 'Assign' && s.targets.every((t) => t.kind === 'Name' && t.id === self)) replace(s, { kind: 'ExprStmt', pos: s.pos, expr: s.value });
  });
}

/** A value subclass's own `__new__` (made an initialiser by newAsInit) and `__init__`, when it has both. */
const newHelper = '__aithon_new__';
const initHelper = '__aithon_init__';

/** The method a converted `__new__` calls to store the value it makes: it returns the instance, as `__new__` did. */
const madeHelper = '__aithon_made__';

function rewriteClass(cls: S.ClassDef, kind: 'list' | 'dict', parse: Parse): void {
  const pos = cls.pos;
  const own = new Set(cls.body.filter((x): x is S.FunctionDef => x.kind === 'FunctionDef').map((d) => d.name));
  const generated = synthMethods(kind === 'list' ? listMethods : dictMethods, cls.name, pos, parse);
  if (kind === 'dict' && own.has('__missing__')) {
    const getitem = synthMethods(dictGetitemWithMissing, cls.name, pos, parse)[0];
    const i = generated.findIndex((d) => d.name === '__getitem__');
    generated[i] = getitem;
  }
  // A dunder the class overrides stays reachable from its own methods as the base's (`dict.__setitem__(self, k, v)`
  // in the override): the generated one is kept under another name, which those calls use.
  const overridden = new Map(generated.filter((d) => own.has(d.name) && isDunder(d.name) && d.name !== '__init__').map((d) => [d.name, d]));
  const reached = new Set<string>();
  for (const def of cls.body) if (def.kind === 'FunctionDef') rewriteSuperCalls(def, kind, pos, overridden, reached);
  const baseCopies = [...reached].map((name) => ({ ...overridden.get(name)!, name: baseMethodName(name) }));
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
  cls.body = [...cls.body.filter((x) => x.kind !== 'Pass'), ...generated.filter((d) => !own.has(d.name)), ...baseCopies];
  // Its instances are lists / dicts for isinstance() and issubclass(), as a named tuple class's are tuples.
  builtinValueTypes.set(cls, kind);
}

function isDunder(name: string): boolean {
  return name.length > 4 && name.startsWith('__') && name.endsWith('__');
}

/** The name the built-in base's version of an overridden dunder keeps (`__setitem__` -> `_aithon_base__setitem__`). */
function baseMethodName(dunder: string): string {
  return `_aithon_base${dunder}`;
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
function rewriteSuperCalls(
  def: S.FunctionDef,
  kind: 'list' | 'dict' | 'str' | 'int' | 'float',
  pos: SourcePos,
  overridden: ReadonlyMap<string, S.FunctionDef> = new Map(),
  reached: Set<string> = new Set(),
): void {
  const self = def.params[0]?.name ?? 'self';
  walkNodes(def.body, (n) => {
    if (n.kind !== 'Call') return;
    const call = n as unknown as S.CallExpr;
    if (call.func.kind !== 'Attribute') return;
    const sup = call.func.value;
    // `dict.__setitem__(self, k, v)`, `list.append(self, x)`: the base named outright, with the
    // instance as first argument, reaches the same built-in value as `super().m(...)` (the base is
    // the class's only one), so it takes the same path once `self` is dropped from the arguments.
    const first = call.args[0];
    const namedBase = sup.kind === 'Name' && sup.id === kind && first?.kind === 'Name' && first.id === self;
    if (namedBase) call.args = call.args.slice(1);
    else if (sup.kind !== 'Call' || sup.func.kind !== 'Name' || sup.func.id !== 'super' || sup.args.length) return;
    if (overridden.has(call.func.attr)) {
      reached.add(call.func.attr);
      call.func = { kind: 'Attribute', pos: call.func.pos, value: { kind: 'Name', pos: call.pos, id: self }, attr: baseMethodName(call.func.attr) };
      return;
    }
    const value: S.Expr = { kind: 'Attribute', pos: call.pos, value: { kind: 'Name', pos: call.pos, id: self }, attr: store };
    if (call.func.attr === '__init__' && kind !== 'list' && kind !== 'dict') {
      // object.__init__: the value was made before (by the class's __new__ or the __init__'s first statement).
      replace(call, { kind: 'None', pos: call.pos });
      return;
    }
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
