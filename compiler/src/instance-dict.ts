// Stage 1c''': where `obj.__dict__` and `vars(obj)` may be read.
//
// An instance keeps its attributes in slots, so its __dict__ is a dict made
// from them where it is read (lower.ts instanceDict), not CPython's live
// namespace: a write through it would not reach the instance. It is
// therefore allowed only where the dict is read at once and never kept:
//
//   print(vars(p)), str(p.__dict__), "%r" % self.__dict__, f"{vars(p)}",
//   vars(p)[k], vars(p).items() / .keys() / .values() / .get(k) / .copy(),
//   k in vars(p), for k in vars(p), len/sorted/list/dict(...), json.dumps(...),
//   pprint.pformat(...), C(**vars(p))
//
// Any other use (assigned, returned, passed to a function of the program,
// written through, `self.__dict__.update(kw)`) is reported by the checker as
// unsupported, at the read.
import type * as S from './syntax';
import { sourceMentions, walkNodes } from './syntax';

/** The reads of `obj.__dict__` / `vars(obj)` found in an allowed place. */
export const instanceDictReads = new WeakSet<S.Expr>();

/** Built-ins and module functions that only read the dict they are given. */
const readingCalls = new Set(['print', 'str', 'repr', 'len', 'sorted', 'list', 'dict', 'tuple', 'set', 'frozenset', 'iter', 'any', 'all', 'min', 'max', 'format', 'enumerate', 'bool', 'json.dumps', 'pprint.pprint', 'pprint.pformat', 'pprint.pp', 'copy.copy', 'copy.deepcopy']);
/** Methods of dict that do not change it. */
const readingMethods = new Set(['items', 'keys', 'values', 'get', 'copy', '__contains__', '__len__', '__getitem__', '__repr__', '__str__']);

function isDictRead(e: unknown): e is S.Expr {
  const x = e as S.Expr;
  if (!x || typeof x !== 'object') return false;
  if (x.kind === 'Attribute') return x.attr === '__dict__';
  return x.kind === 'Call' && x.func.kind === 'Name' && x.func.id === 'vars' && x.args.length === 1 && !x.keywords.length;
}

function dotted(e: S.Expr): string | null {
  if (e.kind === 'Name') return e.id;
  if (e.kind === 'Attribute') {
    const d = dotted(e.value);
    return d === null ? null : `${d}.${e.attr}`;
  }
  return null;
}

export function markInstanceDictReads(module: S.Module): void {
  // Only source text reads an instance's dict (no pass writes `__dict__` or `vars(...)`): without either word, the walks find nothing.
  if (!sourceMentions(module, '__dict__') && !sourceMentions(module, 'vars')) return;
  const targets = new Set<S.Expr>();
  walkNodes(module.body, (node) => {
    const s = node as unknown as S.Stmt;
    if (s.kind === 'Assign') for (const t of s.targets) targets.add(t);
    else if (s.kind === 'AugAssign' || s.kind === 'AnnAssign' || s.kind === 'For') targets.add(s.target);
    else if (s.kind === 'Del') for (const t of s.targets) targets.add(t);
  });
  const allow = (e: unknown) => {
    if (isDictRead(e)) instanceDictReads.add(e);
  };
  walkNodes(module.body, (node) => {
    const n = node as unknown as S.Expr | S.Stmt;
    switch (n.kind) {
      case 'Call': {
        const callee = dotted(n.func);
        if (callee !== null && readingCalls.has(callee)) n.args.forEach(allow);
        if (n.func.kind === 'Attribute' && readingMethods.has(n.func.attr)) allow(n.func.value);
        n.doubleStars?.forEach(allow);
        break;
      }
      case 'Subscript':
        if (!targets.has(n)) allow(n.value);
        break;
      case 'Compare':
        allow(n.left);
        n.comparators.forEach(allow);
        break;
      case 'Binary':
        if (n.op === '%') allow(n.right);
        break;
      case 'FString':
        for (const part of n.parts) if (typeof part !== 'string') allow(part.value);
        break;
      case 'For':
        allow(n.iter);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        for (const g of n.generators) allow(g.iter);
        break;
    }
  });
}
