// Stage 1d (first step of desugar.ts): classes defined inside a function body.
//
//   def test_stack():                 class test_stack.<locals>.Stack:
//       limit = 3                         def push(self, x):
//       class Stack:              ->          if len(self.items) >= test_stack.<locals>.limit: ...
//           def push(self, x): ...    def test_stack():
//       s = Stack()                       global test_stack.<locals>.limit
//                                         test_stack.<locals>.limit = 3
//                                         s = test_stack.<locals>.Stack()
//
// Classes are static here: one class per class statement. CPython makes a new
// class object each time the statement runs, so a class statement is moved to
// the module level only where it runs at most once: directly in a module-level
// function (not in a loop there) that is called from exactly one place, itself
// run at most once (the module's top level, or such a function, outside loops,
// nested functions and comprehensions), as `main()` and the tests a script's
// main calls. The variables of that function the class reads are then module
// globals of their own (one run: a global is the closure cell it would be).
// Its class name is `f.<locals>.C` (CPython's __qualname__), its __name__ `C`.
// Anything else (a class made in a loop, in a function called twice, one whose
// class-body values or method defaults are computed when it runs) stays where
// it is and fails the build in the checker with `unsupported`.
import { CompileError, error, type SourcePos } from './diagnostics';
import { boundNames, functionLocals } from './scopes';
import type * as S from './syntax';
import { childBlocks, targetNames, walkNodes } from './syntax';

type AnyNode = Record<string, unknown>;

/** Class statements run at most once per run of the function whose body is `body`: not in a loop, not in a nested def. */
function classesOnce(body: S.Stmt[], out: { cls: S.ClassDef; list: S.Stmt[] }[]): void {
  for (const s of body) {
    if (s.kind === 'ClassDef') out.push({ cls: s, list: body });
    else if (s.kind === 'If') {
      classesOnce(s.body, out);
      classesOnce(s.orelse, out);
    } else if (s.kind === 'Try') {
      for (const b of childBlocks(s)) classesOnce(b, out);
    }
  }
}

/** Literals and displays of literals: evaluating one earlier than CPython would has no visible effect. */
function isConstant(e: S.Expr | null): boolean {
  if (!e) return true;
  switch (e.kind) {
    case 'Int':
    case 'Float':
    case 'Str':
    case 'Bool':
    case 'None':
      return true;
    case 'Unary':
      return isConstant((e as unknown as { operand: S.Expr }).operand);
    case 'Tuple':
    case 'List':
    case 'Set':
      return (e as unknown as { elts: S.Expr[] }).elts.every(isConstant);
    default:
      return false;
  }
}

/** Who calls each module-level function by name, and from where: the function around the call (null: the top level), and whether that place may run more than once. */
interface CallSite {
  owner: string | null;
  repeated: boolean;
  /** The call's callee, a Name of the function. */
  callee: AnyNode;
}

/** The name a class or def made from a copy of a function (see hoistLocalClasses) has in Python's eyes, without the copy's prefix. */
export function withoutCopyPrefix(name: string): string {
  return name.replace(/^\$call\d+\./, '');
}

export function hoistLocalClasses(module: S.Module): void {
  const functions = new Map<string, S.FunctionDef>();
  for (const s of module.body) if (s.kind === 'FunctionDef') functions.set(s.name, functions.has(s.name) ? (null as unknown as S.FunctionDef) : s);
  const hasClass = (s: S.Stmt): boolean => s.kind === 'ClassDef' || childBlocks(s).some((b) => b.some(hasClass));
  const withClasses = [...functions.values()].filter((f) => f && f.body.some(hasClass));
  const methodsWithClasses = module.body.some((s) => s.kind === 'ClassDef' && s.body.some((m) => m.kind === 'FunctionDef' && m.body.some(hasClass)));
  if (!withClasses.length && !methodsWithClasses) return;

  // Every reference to each function's name, with the place it is in.
  const sites = new Map<string, (CallSite | 'value')[]>();
  const note = (name: string, site: CallSite | 'value') => {
    if (!sites.has(name)) sites.set(name, []);
    sites.get(name)!.push(site);
  };
  const visit = (node: unknown, owner: string | null, repeated: boolean): void => {
    if (Array.isArray(node)) {
      for (const x of node) visit(x, owner, repeated);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as AnyNode;
    switch (n.kind) {
      case 'Call': {
        const f = n.func as AnyNode;
        if (f.kind === 'Name') note(f.id as string, { owner, repeated, callee: f });
        else visit(f, owner, repeated);
        visit(n.args, owner, repeated);
        visit(n.keywords, owner, repeated);
        visit(n.doubleStars, owner, repeated);
        return;
      }
      case 'Name':
        note(n.id as string, 'value');
        return;
      case 'For':
      case 'While':
        visit(n.kind === 'For' ? n.iter : n.test, owner, repeated);
        visit(n.target, owner, repeated);
        visit(n.body, owner, true);
        visit(n.orelse, owner, true);
        return;
      case 'FunctionDef': {
        const def = n as unknown as S.FunctionDef;
        for (const p of def.params) visit(p.defaultValue, owner, repeated);
        visit(def.decorators, owner, repeated);
        const topLevel = owner === null && functions.get(def.name) === def;
        visit(def.body, topLevel ? def.name : owner, topLevel ? false : true);
        return;
      }
      case 'ClassDef':
        visit((n as unknown as S.ClassDef).bases, owner, repeated);
        visit((n as unknown as S.ClassDef).decorators, owner, repeated);
        visit((n as unknown as S.ClassDef).body, owner, true);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
      case 'Lambda':
        for (const k in n) if (k !== 'pos') visit(n[k], owner, true);
        return;
      default:
        for (const k in n) if (k !== 'pos' && k !== 'namePos') visit(n[k], owner, repeated);
    }
  };
  visit(module.body, null, false);
  // A main() the top level never calls is called once after it (validate.ts's addImplicitMainCall, a later stage).
  if (functions.get('main') && !(sites.get('main') ?? []).some((x) => x !== 'value' && x.owner === null)) note('main', { owner: null, repeated: false, callee: { kind: 'Name', id: 'main' } });
  // Other bindings of a function's name (`f = other`) make its calls unknown.
  const rebound = boundNames(module.body, { defNames: false });
  const runsOnce = (name: string, seen: Set<string>): boolean => {
    const f = functions.get(name);
    if (!f || f.decorators.length || rebound.has(name) || seen.has(name)) return false;
    const refs = sites.get(name) ?? [];
    if (refs.length !== 1 || refs[0] === 'value' || refs[0].repeated) return false;
    const owner = refs[0].owner;
    return owner === null || runsOnce(owner, new Set([...seen, name]));
  };

  // A function called from several places, each of which runs once (`A = make_class("a"); B = make_class("b")`
  // in main): one copy of it per call, each called once, so each call's classes are classes of their own, as
  // CPython makes a new class object per run. Only where nothing else can tell the copies apart: every use of
  // the name is such a call (not a value, an attribute, a recursive call), and its defaults are literals (a
  // default is evaluated once per def, so a mutable one is shared by the calls).
  const copies = new Map<S.FunctionDef, S.FunctionDef[]>();
  // The parser makes `type(a) == type(b)` (and `is`) a comparison of the two classes' names, which the copies' classes share.
  let comparesTypeNames = false;
  walkNodes(module.body, (n) => {
    if (n.kind !== 'Compare') return;
    const c = n as unknown as S.CompareExpr;
    const typeName = (e: S.Expr) => e.kind === 'Call' && e.func.kind === 'Name' && e.func.id === 'type.__name__';
    if (typeName(c.left) && c.comparators.some(typeName)) comparesTypeNames = true;
  });
  for (const f of comparesTypeNames ? [] : withClasses) {
    if (runsOnce(f.name, new Set()) || !f || f.decorators.length || rebound.has(f.name)) continue;
    const refs = sites.get(f.name) ?? [];
    if (refs.length < 2 || !f.params.every((p) => isConstant(p.defaultValue))) continue;
    const calls = refs.filter((r): r is CallSite => r !== 'value' && !r.repeated && r.owner !== f.name && (r.owner === null || runsOnce(r.owner, new Set([f.name]))));
    if (calls.length !== refs.length) continue;
    const made = calls.map((site, i) => {
      const copy = structuredClone(f);
      // The name Python shows is the last dotted part (the checker's pythonName; classQualname skips the prefix).
      copy.name = `$call${i + 1}.${f.name}`;
      site.callee.id = copy.name;
      return copy;
    });
    copies.set(f, made);
  }
  if (copies.size) module.body = module.body.flatMap((s) => (s.kind === 'FunctionDef' && copies.has(s) ? copies.get(s)! : [s]));

  const hoistedBefore = new Map<S.FunctionDef, S.ClassDef[]>();
  const runOnce = [...withClasses.filter((f) => f && runsOnce(f.name, new Set())), ...[...copies.values()].flat()];
  for (const f of runOnce) {
    const found: { cls: S.ClassDef; list: S.Stmt[] }[] = [];
    classesOnce(f.body, found);
    if (!found.length) continue;
    hoistedBefore.set(f, hoistFrom(module, f, found));
  }
  // Functions (and methods of the module's classes) that may run more than once: their classes are hoisted
  // where no run can tell its classes from another's (see checkRunsKeepTheirClasses).
  const hoistedBeforeClass = new Map<S.ClassDef, S.ClassDef[]>();
  const copied = new Set([...copies.keys()]);
  for (const s of module.body) {
    const owners: [S.FunctionDef, string][] =
      s.kind === 'FunctionDef' && !copied.has(s) && !hoistedBefore.has(s) && !runOnce.includes(s) ? [[s, `${s.name}.<locals>.`]]
      : s.kind === 'ClassDef' ? s.body.filter((m): m is S.FunctionDef => m.kind === 'FunctionDef').map((m) => [m, `${s.name}.${m.name}.<locals>.`])
      : [];
    for (const [f, prefix] of owners) {
      const found: { cls: S.ClassDef; list: S.Stmt[] }[] = [];
      classesOnce(f.body, found);
      if (!found.length) continue;
      checkRunsKeepTheirClasses(module, f, found);
      const made = hoistFrom(module, f, found, prefix);
      if (s.kind === 'ClassDef') hoistedBeforeClass.set(s, [...(hoistedBeforeClass.get(s) ?? []), ...made]);
      else hoistedBefore.set(f, made);
    }
  }
  if (!hoistedBefore.size && !hoistedBeforeClass.size) return;
  module.body = module.body.flatMap((s) =>
    s.kind === 'FunctionDef' && hoistedBefore.has(s) ? [...hoistedBefore.get(s)!, s]
    : s.kind === 'ClassDef' && hoistedBeforeClass.has(s) ? [...hoistedBeforeClass.get(s)!, s]
    : [s]);
}

function fail(module: S.Module, pos: SourcePos, what: string, hint: string): never {
  const file = pos.file ?? module.file;
  throw new CompileError([error(file, pos, `unsupported: ${what} at ${file}:${pos.line}:${pos.col}`, hint, pos.file ? module.sources?.get(pos.file) : module.source)]);
}

/** Moves the classes `found` out of `f` (run at most once): returns them, renamed, with `f` rewritten to use them. */
function hoistFrom(module: S.Module, f: S.FunctionDef, found: { cls: S.ClassDef; list: S.Stmt[] }[], prefix = `${f.name}.<locals>.`): S.ClassDef[] {
  const declaredGlobal = new Set<string>();
  walkNodes(f.body, (n) => {
    if (n.kind === 'Global') for (const name of (n as unknown as S.GlobalStmt).names) declaredGlobal.add(name);
  });
  const params = new Set(f.params.map((p) => p.name));
  const variables = new Set([...boundNames(f.body, { defNames: false }), ...params].filter((n) => !declaredGlobal.has(n)));
  const defNames = new Set<string>();
  const countDefs = new Map<string, number>();
  const countNames = (list: S.Stmt[]) => {
    for (const s of list) {
      if (s.kind === 'FunctionDef' || s.kind === 'ClassDef') {
        defNames.add(s.name);
        countDefs.set(s.name, (countDefs.get(s.name) ?? 0) + 1);
      }
      childBlocks(s).forEach(countNames);
    }
  };
  countNames(f.body);
  const renames = new Map<string, string>();
  const hint = 'define the class at the top level of the module (a class statement inside a function compiles when it runs once: not in a loop, in a function called from one place)';
  for (const { cls } of found) {
    if (countDefs.get(cls.name) !== 1 || variables.has(cls.name) || declaredGlobal.has(cls.name))
      fail(module, cls.namePos, `a class defined inside a function whose name '${cls.name}' is bound again there`, hint);
    renames.set(cls.name, prefix + cls.name);
  }
  // A class attribute computed when the class statement runs (`kind = tag`, `limit = size * 2`): the class
  // (made at module level) starts it as None, and the statement's place assigns it, evaluated in the
  // function as the class body would evaluate it then. Only values that read no name of the class body
  // (those would be the body's, not the function's), in classes without decorators or bases that build
  // members from their attributes (dataclasses, enums: a base that is not a class of this module).
  const classNames = new Set([...found.map(({ cls }) => cls.name), ...module.body.filter((s) => s.kind === 'ClassDef').map((s) => (s as S.ClassDef).name)]);
  for (const { cls, list } of found) {
    if (cls.decorators.length || !cls.bases.every((b) => b.kind === 'Name' && (classNames.has(b.id) || b.id === 'object' || b.id === 'Exception'))) continue;
    const bodyNames = boundNames(cls.body);
    const moved: S.Stmt[] = [];
    for (const s of cls.body) {
      if (s.kind !== 'Assign' || isConstant(s.value) || s.targets.length !== 1 || s.targets[0].kind !== 'Name' || s.targets[0].id.startsWith('__')) continue;
      let own = false;
      walkNodes(s.value, (n) => {
        if ((n.kind === 'Name' && bodyNames.has(n.id as string)) || ['Lambda', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp', 'NamedExpr', 'Yield', 'YieldFrom', 'Await'].includes(n.kind as string)) own = true;
      });
      if (own) continue;
      const target: S.AttributeExpr = { kind: 'Attribute', pos: s.targets[0].pos, value: { kind: 'Name', pos: s.pos, id: cls.name }, attr: s.targets[0].id };
      moved.push({ kind: 'Assign', pos: s.pos, targets: [target], value: s.value });
      s.value = { kind: 'None', pos: s.value.pos };
    }
    list.splice(list.indexOf(cls) + 1, 0, ...moved);
  }
  // The function's variables the classes read (a method's own variable of the same name is left alone by the renaming).
  const captured = new Set<string>();
  for (const { cls } of found) {
    walkNodes([cls.bases, cls.decorators, cls.body], (n) => {
      if (n.kind !== 'Name') return;
      const id = n.id as string;
      // A nested function of f is a variable too: `def helper` becomes a global def there.
      if (variables.has(id) || (defNames.has(id) && !renames.has(id))) captured.add(id);
    });
    for (const b of cls.bases) walkNodes(b, (n) => {
      if (n.kind === 'Name' && variables.has(n.id as string)) fail(module, b.pos, 'a class defined inside a function with a base class held in a variable', hint);
    });
    for (const d of cls.decorators) walkNodes(d, (n) => {
      if (n.kind === 'Name' && variables.has(n.id as string)) fail(module, d.pos, "a class defined inside a function with a decorator held in the function's variable", hint);
    });
    // What the class statement evaluates when it runs: only literals, since the class is made at module level.
    for (const s of cls.body) {
      if (s.kind === 'FunctionDef') {
        for (const p of s.params) if (!isConstant(p.defaultValue)) fail(module, p.defaultValue!.pos, 'a default value other than a literal in a method of a class defined inside a function', hint);
      } else if (s.kind === 'Assign' || s.kind === 'AnnAssign') {
        if (!isConstant(s.value)) fail(module, s.value!.pos, 'a class attribute other than a literal in a class defined inside a function', hint);
      } else if (s.kind !== 'Pass' && !(s.kind === 'ExprStmt' && s.expr.kind === 'Str'))
        fail(module, s.pos, 'a statement other than a def or an assignment of a literal in a class defined inside a function', hint);
    }
  }
  for (const name of captured) renames.set(name, prefix + name);
  renameIn(module, f.body, renames, hint);
  for (const { cls } of found) renameIn(module, [cls], renames, hint);
  // The class statements' places: nothing left to run there.
  for (const { cls, list } of found) list[list.indexOf(cls)] = { kind: 'Pass', pos: cls.pos };
  const prologue: S.Stmt[] = [];
  if (captured.size) prologue.push({ kind: 'Global', pos: f.pos, names: [...captured].map((n) => prefix + n) });
  for (const p of f.params) {
    if (!captured.has(p.name)) continue;
    prologue.push({ kind: 'Assign', pos: p.pos, targets: [{ kind: 'Name', pos: p.pos, id: prefix + p.name }], value: { kind: 'Name', pos: p.pos, id: p.name } });
  }
  f.body = [...prologue, ...f.body];
  for (const { cls } of found) cls.name = prefix + cls.name;
  return found.map(({ cls }) => cls);
}

/**
 * Renames the function's names in `body` as scopes see them: a nested def or
 * lambda that binds the name itself keeps its own; `nonlocal` of a renamed
 * name becomes `global`. Class bodies rename in values, not in what they assign.
 */
function renameIn(module: S.Module, body: unknown, renames: Map<string, string>, hint: string): void {
  if (!renames.size) return;
  const methods = new WeakSet<S.FunctionDef>();
  const go = (node: unknown, map: Map<string, string>): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const x = node[i] as AnyNode;
        if (x && x.kind === 'Nonlocal') {
          const names = x.names as string[];
          const moved = names.filter((n) => map.has(n));
          if (moved.length) {
            const kept = names.filter((n) => !map.has(n));
            node.splice(i, 1, { kind: 'Global', pos: x.pos, names: moved.map((n) => map.get(n)!) }, ...(kept.length ? [{ kind: 'Nonlocal', pos: x.pos, names: kept }] : []));
            i += kept.length ? 1 : 0;
            continue;
          }
        }
        go(x, map);
      }
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as AnyNode;
    switch (n.kind) {
      case 'Name': {
        const to = map.get(n.id as string);
        if (to) n.id = to;
        return;
      }
      case 'Global':
        for (const name of n.names as string[]) if (map.has(name)) fail(module, n.pos as SourcePos, `'global ${name}' where ${name} is a variable of the function that defines a class`, hint);
        return;
      case 'FunctionDef': {
        const def = n as unknown as S.FunctionDef;
        // A def binds its name in the scope it is in (not a method: that is the class's attribute).
        if (!methods.has(def) && map.has(def.name)) def.name = map.get(def.name)!;
        for (const p of def.params) go(p.defaultValue, map);
        go(def.decorators, map);
        const own = functionLocals(def);
        const inner = new Map([...map].filter(([k]) => !own.has(k)));
        go(def.body, inner);
        return;
      }
      case 'ClassDef': {
        const cls = n as unknown as S.ClassDef;
        go(cls.bases, map);
        go(cls.decorators, map);
        for (const s of cls.body) {
          if (s.kind === 'FunctionDef') methods.add(s);
          if (s.kind === 'Assign') go(s.value, map);
          else if (s.kind === 'AnnAssign') go(s.value, map);
          else go(s, map);
        }
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        const gens = n.generators as S.Comprehension[];
        const bound = gens.flatMap((g) => targetNames(g.target));
        if (bound.some((b) => map.has(b))) fail(module, n.pos as SourcePos, `a comprehension variable named as a variable that a class defined in the function reads`, hint);
        for (const k in n) if (k !== 'pos') go(n[k], map);
        return;
      }
      default:
        for (const k in n) if (k !== 'pos' && k !== 'namePos') go(n[k], map);
    }
  };
  go(body, renames);
}

/** Literals and tuples of them: a class attribute that no run can change, so one class may serve every run. */
function isImmutableConstant(e: S.Expr | null): boolean {
  if (!e) return true;
  if (e.kind === 'List' || e.kind === 'Set' || e.kind === 'Dict') return false;
  if (e.kind === 'Tuple') return e.elts.every(isImmutableConstant);
  return isConstant(e);
}

/**
 * Classes `found` of `f`, a function (or method) that may run more than once: CPython makes new class objects each
 * run, which is the one class made at module level when nothing of a run outlives it, so that no run can meet
 * another's class or instances. Checks that the classes and their instances are only used in ways that keep them
 * inside the run (fails the build where they may not): the class names are called (`o = C(...)`, `C(...)`), named as
 * bases of each other and as isinstance's second argument; a variable holding an instance is assigned only such calls
 * and is only the object of attribute reads, writes and method calls (`o.x`, `o.x = v`, `o.m(...)`) and isinstance's
 * first argument; methods use `self` the same way; class attributes are immutable literals (not assigned: the class
 * is never reached as a value), methods read none of `f`'s variables and make no generators or closures.
 */
function checkRunsKeepTheirClasses(module: S.Module, f: S.FunctionDef, found: { cls: S.ClassDef }[]): void {
  const classes = new Set(found.map(({ cls }) => cls.name));
  const hint =
    'each run of the function makes new class objects; this compiles when nothing of one run outlives it: the class is only called (`o = C(...)`), and its instances only have attributes and methods used (`o.x`, `o.m()`); else define the class at the top level of the module';
  const what = 'a class defined inside a function that may run more than once,';
  const methodNames = new Set<string>();
  for (const { cls } of found)
    for (const s of cls.body) if (s.kind === 'FunctionDef' && !s.decorators.some((d) => d.kind === 'Name' && d.id === 'property')) methodNames.add(s.name);
  // The variables that hold this run's instances: every binding is `v = C(...)`.
  const instanceVars = new Set<string>();
  const otherBindings = new Set<string>();
  walkNodes(f.body, (n) => {
    if (n.kind !== 'Assign') return;
    const s = n as unknown as S.AssignStmt;
    if (s.targets.length === 1 && s.targets[0].kind === 'Name' && s.value.kind === 'Call' && s.value.func.kind === 'Name' && classes.has(s.value.func.id)) instanceVars.add(s.targets[0].id);
  });
  const bound = boundNames(f.body, { defNames: true });
  for (const v of instanceVars) {
    if (!bound.has(v) || f.params.some((p) => p.name === v)) otherBindings.add(v);
  }
  // Any binding other than `v = C(...)` (a for target, an augmented assignment, a with target...) of such a variable.
  const countBindings = (list: S.Stmt[]): void => {
    for (const s of list) {
      const targets: S.Expr[] =
        s.kind === 'Assign' ? (s.targets.length === 1 && s.targets[0].kind === 'Name' && s.value.kind === 'Call' && s.value.func.kind === 'Name' && classes.has(s.value.func.id) ? [] : s.targets)
        : s.kind === 'AnnAssign' || s.kind === 'AugAssign' || s.kind === 'For' ? [s.target]
        : [];
      for (const t of targets) for (const name of targetNames(t)) otherBindings.add(name);
      if (s.kind === 'FunctionDef' || s.kind === 'ClassDef') otherBindings.add(s.name);
      childBlocks(s).forEach(countBindings);
    }
  };
  countBindings(f.body);
  walkNodes(f.body, (n) => {
    if (n.kind === 'Global' || n.kind === 'Nonlocal') for (const name of n.names as string[]) otherBindings.add(name);
    if (n.kind === 'NamedExpr') walkNodes(n.target, (t) => { if (t.kind === 'Name') otherBindings.add(t.id as string); });
  });
  for (const v of [...instanceVars]) if (otherBindings.has(v) || classes.has(v)) instanceVars.delete(v);
  // The names a method binds itself while it is checked (its parameter `c` is not the class `c`).
  let shadowed = new Set<string>();
  const isClass = (id: string) => classes.has(id) && !shadowed.has(id);
  const isInstanceCall = (e: S.Expr) => e.kind === 'Call' && e.func.kind === 'Name' && isClass(e.func.id);

  // Walks `node` knowing how its parent uses it: `instances` are the names whose uses are checked as instances'.
  const check = (node: unknown, instances: Set<string>, inClosure: boolean, inMethod: boolean): void => {
    if (Array.isArray(node)) {
      for (const x of node) check(x, instances, inClosure, inMethod);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as AnyNode;
    const expr = n as unknown as S.Expr;
    switch (n.kind) {
      case 'Name': {
        const id = n.id as string;
        if (isClass(id)) fail(module, n.pos as SourcePos, `${what} whose class '${id}' is used as a value`, hint);
        if (instances.has(id)) fail(module, n.pos as SourcePos, `${what} whose instance '${id}' is used as a value`, hint);
        return;
      }
      case 'Attribute': {
        const a = expr as S.AttributeExpr;
        if (a.value.kind === 'Name' && instances.has(a.value.id)) {
          if (inClosure) fail(module, a.pos, `${what} whose instance '${a.value.id}' is read in a nested function, lambda or generator`, hint);
          if (methodNames.has(a.attr)) fail(module, a.pos, `${what} whose method '${a.attr}' is read as a value (a bound method keeps its instance)`, hint);
          return;
        }
        if (a.attr === '__class__' || a.attr === '__dict__') fail(module, a.pos, `${what} reading '${a.attr}'`, hint);
        check(a.value, instances, inClosure, inMethod);
        return;
      }
      case 'Call': {
        const c = expr as S.CallExpr;
        if (c.func.kind === 'Attribute' && c.func.value.kind === 'Name' && instances.has(c.func.value.id)) {
          if (inClosure) fail(module, c.pos, `${what} whose instance '${c.func.value.id}' is used in a nested function, lambda or generator`, hint);
        } else if (c.func.kind === 'Attribute' && c.func.value.kind === 'Call' && c.func.value.func.kind === 'Name' && c.func.value.func.id === 'super' && !c.func.value.args.length) {
          if (!inMethod) check(c.func, instances, inClosure, inMethod);
        } else if (c.func.kind === 'Name' && isClass(c.func.id)) {
          if (inMethod || inClosure) fail(module, c.pos, `${what} whose class '${c.func.id}' is called inside a method or a nested function`, hint);
        } else if (c.func.kind === 'Name' && c.func.id === 'isinstance' && c.args.length === 2 && !inClosure) {
          const [x, k] = c.args;
          if (!(x.kind === 'Name' && instances.has(x.id))) check(x, instances, inClosure, inMethod);
          if (!(k.kind === 'Name' && isClass(k.id) && !inMethod)) check(k, instances, inClosure, inMethod);
          return;
        } else check(c.func, instances, inClosure, inMethod);
        check(c.args, instances, inClosure, inMethod);
        check(c.keywords, instances, inClosure, inMethod);
        check(c.doubleStars, instances, inClosure, inMethod);
        return;
      }
      case 'Assign': {
        const s = n as unknown as S.AssignStmt;
        if (!inMethod && !inClosure && s.targets.length === 1 && s.targets[0].kind === 'Name' && instanceVars.has(s.targets[0].id) && isInstanceCall(s.value)) {
          check((s.value as S.CallExpr).args, instances, inClosure, inMethod);
          check((s.value as S.CallExpr).keywords, instances, inClosure, inMethod);
          check((s.value as S.CallExpr).doubleStars, instances, inClosure, inMethod);
          return;
        }
        check(s.targets, instances, inClosure, inMethod);
        check(s.value, instances, inClosure, inMethod);
        return;
      }
      case 'ExprStmt': {
        const e = (n as unknown as S.ExprStmt).expr;
        if (!inMethod && !inClosure && isInstanceCall(e)) {
          check((e as S.CallExpr).args, instances, inClosure, inMethod);
          check((e as S.CallExpr).keywords, instances, inClosure, inMethod);
          return;
        }
        check(e, instances, inClosure, inMethod);
        return;
      }
      case 'Del':
        for (const t of n.targets as S.Expr[]) if (!(t.kind === 'Name' && instances.has(t.id))) check(t, instances, inClosure, inMethod);
        return;
      case 'ClassDef': {
        const cls = n as unknown as S.ClassDef;
        if (!classes.has(cls.name)) {
          check([cls.bases, cls.decorators, cls.body], instances, true, inMethod);
          return;
        }
        if (cls.decorators.length) fail(module, cls.decorators[0].pos, `${what} with a class decorator`, hint);
        for (const b of cls.bases) if (!(b.kind === 'Name' && classes.has(b.id))) check(b, instances, inClosure, inMethod);
        for (const s of cls.body) {
          if (s.kind === 'FunctionDef') checkMethod(s);
          else if (s.kind === 'Assign' || s.kind === 'AnnAssign') {
            if (!isImmutableConstant(s.value)) fail(module, s.value!.pos, `${what} with a class attribute that is not an immutable literal (each run's class has its own)`, hint);
          } else if (!(s.kind === 'Pass' || (s.kind === 'ExprStmt' && s.expr.kind === 'Str'))) fail(module, s.pos, `${what} with a statement other than a def or an assignment of a literal in its body`, hint);
        }
        return;
      }
      case 'FunctionDef':
        check([(n as unknown as S.FunctionDef).params.map((p) => p.defaultValue), (n as unknown as S.FunctionDef).decorators, (n as unknown as S.FunctionDef).body], instances, true, inMethod);
        return;
      case 'Lambda':
        check((n as unknown as S.LambdaExpr).def.body, instances, true, inMethod);
        return;
      case 'GeneratorExp':
        for (const k in n) if (k !== 'pos') check(n[k], instances, true, inMethod);
        return;
      case 'Yield':
        if (inMethod) fail(module, n.pos as SourcePos, `${what} with a generator method (the generator keeps its instance)`, hint);
        break;
    }
    for (const k in n) if (k !== 'pos' && k !== 'namePos') check(n[k], instances, inClosure, inMethod);
  };
  const checkMethod = (m: S.FunctionDef): void => {
    const allowed = m.decorators.every((d) => (d.kind === 'Name' && (d.id === 'staticmethod' || d.id === 'property')) || (d.kind === 'Attribute' && d.attr === 'setter'));
    if (!allowed || ['__new__', '__init_subclass__', '__class_getitem__', '__del__'].includes(m.name))
      fail(module, m.namePos, `${what} with method '${m.name}' (it may reach the class itself)`, hint);
    for (const p of m.params) if (!isImmutableConstant(p.defaultValue)) fail(module, p.defaultValue!.pos, `${what} with a method default that is not an immutable literal`, hint);
    const isStatic = m.decorators.some((d) => d.kind === 'Name' && d.id === 'staticmethod');
    const self = !isStatic && m.params.length ? m.params[0].name : null;
    const locals = functionLocals(m);
    // The function's own variables are not the method's: a method reading one would read another run's.
    walkNodes(m.body, (x) => {
      if (x.kind === 'Name' && !locals.has(x.id as string) && (bound.has(x.id as string) || f.params.some((p) => p.name === x.id)) && !classes.has(x.id as string))
        fail(module, x.pos as SourcePos, `${what} whose method reads the function's variable '${x.id}'`, hint);
    });
    shadowed = locals;
    check(m.body, new Set(self ? [self] : []), false, true);
    shadowed = new Set();
  };
  check(f.body, instanceVars, false, false);
}
