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

export function desugarBuiltinSubclasses(module: S.Module, parse: Parse): void {
  const shadowed = new Set<string>();
  for (const s of module.body) if ((s.kind === 'ClassDef' || s.kind === 'FunctionDef') && (s.name === 'list' || s.name === 'dict')) shadowed.add(s.name);
  for (const s of module.body) {
    if (s.kind !== 'ClassDef' || s.bases.length !== 1) continue;
    const base = s.bases[0];
    if (base.kind !== 'Name' || (base.id !== 'list' && base.id !== 'dict') || shadowed.has(base.id)) continue;
    rewriteClass(s, base.id, parse);
  }
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
function rewriteSuperCalls(def: S.FunctionDef, kind: 'list' | 'dict', pos: SourcePos): void {
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
