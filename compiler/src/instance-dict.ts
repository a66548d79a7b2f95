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
// A local variable bound once to it (`d = vars(p)`, p a name that keeps its
// value) stands for `vars(p)` where it is read, so each read sees the
// instance's attributes as they are then, as CPython's live dict shows them.
//
// Any other use (returned, passed to a function of the program, written
// through, `self.__dict__.update(kw)`, `d[k] = v` through such a variable) is
// reported by the checker as unsupported, at the read.
import type { SourcePos } from './diagnostics';
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

/** The Name nodes a function (with what it nests) binds, and the names it binds by other means (params, except ... as, global...). */
function bindings(def: S.FunctionDef): { targets: S.NameExpr[]; names: Set<string> } {
  const targets: S.NameExpr[] = [];
  const names = new Set<string>(def.params.map((p) => p.name));
  // The names a target binds (`a`, `a, *b`), not those it reads (`p.x = ...`, `d[k] = ...`).
  const addTarget = (t: S.Expr): void => {
    if (t.kind === 'Name') targets.push(t);
    else if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach(addTarget);
    else if (t.kind === 'Starred') addTarget(t.value);
  };
  walkNodes(def.body, (node) => {
    const n = node as unknown as S.Stmt | S.Expr;
    if (n.kind === 'Assign') n.targets.forEach(addTarget);
    else if (n.kind === 'AugAssign' || n.kind === 'AnnAssign' || n.kind === 'For' || n.kind === 'NamedExpr') addTarget(n.target);
    else if (n.kind === 'Del') n.targets.forEach(addTarget);
    else if (n.kind === 'ListComp' || n.kind === 'SetComp' || n.kind === 'DictComp' || n.kind === 'GeneratorExp') n.generators.forEach((g) => addTarget(g.target));
    else if (n.kind === 'Global' || n.kind === 'Nonlocal') n.names.forEach((x) => names.add(x));
    else if (n.kind === 'Import' || n.kind === 'ImportFrom') for (const x of n.names) names.add(x.asname ?? ('module' in x ? x.module.split('.')[0] : x.name));
    else if (n.kind === 'FunctionDef' || n.kind === 'ClassDef') names.add(n.name);
    else if (n.kind === 'Try') for (const h of n.handlers) if (h.name) names.add(h.name);
    if (n.kind === 'FunctionDef') for (const p of n.params) names.add(p.name);
  });
  return { targets, names };
}

/**
 * `d = vars(p)` / `d = p.__dict__` in a function, d bound nowhere else and p a name bound nowhere in the function
 * (a parameter, `self`) or only by one assignment above it in the same block: the reads of d become `vars(p)`.
 */
function inlineKeptDicts(def: S.FunctionDef): void {
  const { targets, names } = bindings(def);
  const blocks: S.Stmt[][] = [def.body];
  walkNodes(def.body, (node) => {
    for (const key of ['body', 'orelse', 'finalbody']) if (Array.isArray(node[key])) blocks.push(node[key] as S.Stmt[]);
  });
  for (const block of blocks) {
    block.forEach((st: S.Stmt, i: number) => {
      if (st.kind !== 'Assign' || st.targets.length !== 1 || st.targets[0].kind !== 'Name' || !isDictRead(st.value)) return;
      const kept = st.targets[0].id;
      const owner = st.value.kind === 'Attribute' ? st.value.value : (st.value as S.CallExpr).args[0];
      if (owner.kind !== 'Name' || targets.filter((t) => t.id === kept).length !== 1 || names.has(kept)) return;
      // p keeps its value: a parameter or outer name never assigned here, or a local assigned once, above, in this block.
      const assignments = targets.filter((t) => t.id === owner.id).length;
      const ownerIsParam = def.params.some((p) => p.name === owner.id);
      const otherBinding = names.has(owner.id) && !ownerIsParam;
      const boundAbove = block.slice(0, i).some((x: S.Stmt) => x.kind === 'Assign' && x.targets.length === 1 && x.targets[0].kind === 'Name' && x.targets[0].id === owner.id);
      if (otherBinding || !(assignments === 0 || (assignments === 1 && !ownerIsParam && boundAbove))) return;
      const read = st.value;
      walkNodes(def.body, (n) => {
        if (n.kind === 'Name' && n.id === kept && n !== (st.targets[0] as unknown)) replaceWith(n, structuredClone(read));
      });
      replaceWith(st as unknown as Record<string, unknown>, { kind: 'Pass', pos: st.pos });
    });
  }
}

function replaceWith(target: Record<string, unknown>, replacement: object): void {
  for (const k of Object.keys(target)) delete target[k];
  Object.assign(target, replacement);
}

/** An expression evaluated again without a difference: a name or a chain of attributes of one (`self`, `self.cfg`). */
function repeatable(e: S.Expr): boolean {
  return e.kind === 'Name' || (e.kind === 'Attribute' && repeatable(e.value));
}

/** The instance whose dict `e` is (`obj.__dict__`, `vars(obj)`), when that is a repeatable expression. */
function dictOwner(e: S.Expr): S.Expr | null {
  if (!isDictRead(e)) return null;
  const owner = e.kind === 'Attribute' ? e.value : (e as S.CallExpr).args[0];
  return repeatable(owner) ? owner : null;
}

function builtinCall(name: string, args: S.Expr[], pos: SourcePos): S.ExprStmt {
  return { kind: 'ExprStmt', pos, expr: { kind: 'Call', pos, func: { kind: 'Name', id: name, pos }, args, keywords: [] } };
}

/**
 * Writes through an instance's dict become the attribute writes CPython's live dict makes: `obj.__dict__[k] = v`
 * is `setattr(obj, k, v)`, `del vars(obj)[k]` is `delattr(obj, k)`, `self.__dict__.update(m, a=1)` is
 * `for k, v in dict(m).items(): setattr(self, k, v)` then `self.a = 1` (a name its class has no slot for goes to the
 * instance's own dict: checker.ts addInstanceDict).
 */
function rewriteDictWrites(block: S.Stmt[]): void {
  for (let i = 0; i < block.length; i++) {
    const st = block[i];
    const pos = st.pos;
    let replacement: S.Stmt[] | null = null;
    if (st.kind === 'Assign' && st.targets.length === 1 && st.targets[0].kind === 'Subscript' && st.targets[0].index.kind !== 'Slice') {
      const owner = dictOwner(st.targets[0].value);
      if (owner) replacement = [builtinCall('setattr', [owner, st.targets[0].index, st.value], pos)];
    } else if (st.kind === 'Del' && st.targets.length === 1 && st.targets[0].kind === 'Subscript' && st.targets[0].index.kind !== 'Slice') {
      const owner = dictOwner(st.targets[0].value);
      if (owner) replacement = [builtinCall('delattr', [owner, st.targets[0].index], pos)];
    } else if (st.kind === 'ExprStmt' && st.expr.kind === 'Call' && st.expr.func.kind === 'Attribute' && st.expr.func.attr === 'update' && st.expr.args.length <= 1 && !st.expr.doubleStars?.length) {
      const call = st.expr;
      const owner = dictOwner((call.func as S.AttributeExpr).value);
      if (owner) {
        replacement = [];
        if (call.args.length) {
          const key: S.NameExpr = { kind: 'Name', id: '_aithon_dict_key', pos };
          const value: S.NameExpr = { kind: 'Name', id: '_aithon_dict_value', pos };
          const pairs: S.Expr = { kind: 'Call', pos, func: { kind: 'Attribute', pos, value: { kind: 'Call', pos, func: { kind: 'Name', id: 'dict', pos }, args: [call.args[0]], keywords: [] }, attr: 'items' }, args: [], keywords: [] };
          replacement.push({ kind: 'For', pos, target: { kind: 'Tuple', pos, elts: [key, value] }, iter: pairs, body: [builtinCall('setattr', [structuredClone(owner), { ...key }, { ...value }], pos)], orelse: [] });
        }
        for (const k of call.keywords) replacement.push({ kind: 'Assign', pos, targets: [{ kind: 'Attribute', pos: k.pos, value: structuredClone(owner), attr: k.name }], value: k.value });
      }
    }
    if (replacement) {
      block.splice(i, 1, ...replacement);
      i += replacement.length - 1;
    }
  }
}

function isComputedSetattr(n: S.Expr): boolean {
  return n.kind === 'Call' && n.func.kind === 'Name' && ((n.func.id === 'setattr' && n.args.length === 3 && n.args[1].kind !== 'Str') || n.func.id === 'delattr');
}

/**
 * In a program that sets attributes by computed name, an attribute that no method assigns through `self` (nor a
 * class body defines) may be set both ways: `obj.name = v` from outside is then `setattr(obj, 'name', v)` when obj is
 * an instance (dynamicAttributeWrites), so that all such attributes live in the instance's own dict, in the order
 * they were set, as CPython's __dict__ shows them.
 */
function outsideWritesBySetattr(module: S.Module): void {
  let dynamic = false;
  const declared = new Set<string>();
  walkNodes(module.body, (node) => {
    const n = node as unknown as S.Stmt | S.Expr;
    if (isComputedSetattr(n as S.Expr)) dynamic = true;
    if (n.kind !== 'ClassDef') return;
    for (const st of n.body) {
      if (st.kind === 'FunctionDef') declared.add(st.name);
      else if (st.kind === 'Assign') {
        for (const t of st.targets) if (t.kind === 'Name') declared.add(t.id);
      } else if (st.kind === 'AnnAssign' && st.target.kind === 'Name') declared.add(st.target.id);
    }
    walkNodes(n.body, (m) => {
      const x = m as unknown as S.Expr;
      if (x.kind === 'Attribute' && x.value.kind === 'Name' && x.value.id === 'self') declared.add(x.attr);
    });
  });
  if (!dynamic) return;
  const blocks: S.Stmt[][] = [module.body];
  walkNodes(module.body, (node) => {
    for (const key of ['body', 'orelse', 'finalbody']) if (Array.isArray(node[key])) blocks.push(node[key] as S.Stmt[]);
  });
  for (const block of blocks) {
    for (const st of block) {
      if (st.kind !== 'Assign') continue;
      for (const t of st.targets) if (t.kind === 'Attribute' && !declared.has(t.attr)) dynamicAttributeWrites.add(t);
    }
  }
}

/**
 * `obj.name = v` written where no method assigns `self.name`, in a program that sets attributes by computed name:
 * on an instance (of a class without __slots__) it is `setattr(obj, 'name', v)` (checker.ts, lower.ts).
 */
export const dynamicAttributeWrites = new WeakSet<S.Expr>();

export function markInstanceDictReads(module: S.Module): void {
  // Only source text reads an instance's dict (no pass writes `__dict__` or `vars(...)`): without either word, the walks find nothing.
  const readsDicts = sourceMentions(module, '__dict__') || sourceMentions(module, 'vars');
  if (readsDicts) {
    const blocks: S.Stmt[][] = [module.body];
    walkNodes(module.body, (node) => {
      for (const key of ['body', 'orelse', 'finalbody']) if (Array.isArray(node[key])) blocks.push(node[key] as S.Stmt[]);
    });
    blocks.forEach(rewriteDictWrites);
  }
  if (readsDicts || sourceMentions(module, 'setattr') || sourceMentions(module, 'delattr')) outsideWritesBySetattr(module);
  if (!readsDicts) return;
  walkNodes(module.body, (node) => {
    if (node.kind === 'FunctionDef') inlineKeptDicts(node as unknown as S.FunctionDef);
  });
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
