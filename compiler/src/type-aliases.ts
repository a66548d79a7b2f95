// Stage 1d: module-level aliases of classes are replaced by what they name.
//
//   Number = (int, float)            isinstance(x, (int, float))
//   Symbol = str              ->     str(tok)
//   isinstance(x, Number)            except (KeyError, IndexError):
//   Symbol(tok)
//   except LOOKUP_ERRORS:
//
// The compiler knows classes (built-in or the program's) where they are named:
// isinstance()'s second argument, an except clause, a call. An alias bound once
// at module level to a class name, or a tuple of them, and never bound again
// anywhere, always stands for the same classes, so each use is rewritten to a
// copy of the value and the assignment is dropped.
import { unsupportedConstruct } from './diagnostics';
import type * as S from './syntax';
import { sourceMentions, targetNames, walkNodes, walkStatements } from './syntax';

/** Built-in classes an alias may name (their names are not rebound by the program: checked below). */
const builtinClassNames = new Set([
  'int', 'float', 'bool', 'str', 'list', 'tuple', 'dict', 'set', 'frozenset', 'object',
  'BaseException', 'Exception', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError', 'LookupError', 'IndexError', 'KeyError',
  'ValueError', 'TypeError', 'NameError', 'UnboundLocalError', 'AttributeError', 'RuntimeError', 'RecursionError', 'NotImplementedError',
  'AssertionError', 'MemoryError', 'StopIteration', 'KeyboardInterrupt', 'SystemExit', 'EOFError',
  'OSError', 'FileNotFoundError', 'FileExistsError', 'PermissionError', 'IsADirectoryError', 'NotADirectoryError', 'TimeoutError',
  'SyntaxError', 'IndentationError', 'TabError', 'ImportError', 'ModuleNotFoundError', 'UnicodeError', 'SystemError', 'FloatingPointError', 'BufferError',
]);

export function inlineClassAliases(module: S.Module): void {
  const classNames = new Set(module.body.filter((s): s is S.ClassDef => s.kind === 'ClassDef').map((s) => s.name));
  const namesClasses = (e: S.Expr, isClassName: (e: S.Expr) => boolean) => isClassName(e) || (e.kind === 'Tuple' && e.elts.length > 0 && e.elts.every(isClassName));
  // Module-level assignments that may be aliases, before counting the bindings of the whole program:
  // most programs have none, and then the walk below (a walk of a big program costs tens of ms of
  // every serve cycle) is not needed.
  const mayBeClass = (e: S.Expr) => e.kind === 'Name' && (classNames.has(e.id) || builtinClassNames.has(e.id));
  const candidates = module.body.filter(
    (s): s is S.AssignStmt => s.kind === 'Assign' && s.targets.length === 1 && s.targets[0].kind === 'Name' && !classNames.has(s.targets[0].id) && namesClasses(s.value, mayBeClass),
  );
  if (!candidates.length) return;
  const bindings = new Map<string, number>();
  const bind = (name: string) => bindings.set(name, (bindings.get(name) ?? 0) + 1);
  walkNodes(module.body, (node) => {
    const kind = node.kind as string | undefined;
    if (kind === 'Assign') for (const t of node.targets as S.Expr[]) targetNames(t).forEach(bind);
    else if (kind === 'FunctionDef' || kind === 'ClassDef') bind(node.name as string);
    else if (kind === 'Global' || kind === 'Nonlocal') (node.names as string[]).forEach(bind);
    else if (kind === 'Import') for (const n of node.names as S.ImportStmt['names']) bind(n.asname ?? n.module.split('.')[0]);
    else if (kind === 'ImportFrom') for (const n of node.names as S.ImportFromStmt['names']) bind(n.asname ?? n.name);
    else if (kind === 'normal' || kind === 'varargs' || kind === 'kwonly' || kind === 'varkw') bind(node.name as string);
    else if (kind === undefined && 'type' in node && 'body' in node && typeof node.name === 'string') bind(node.name); // an except clause's `as name`
    if (node.target && typeof node.target === 'object') targetNames(node.target as S.Expr).forEach(bind);
  });
  const isClassName = (e: S.Expr) => e.kind === 'Name' && (classNames.has(e.id) || (builtinClassNames.has(e.id) && !bindings.has(e.id)));
  const aliases = new Map<string, { stmt: S.AssignStmt; value: S.Expr }>();
  for (const s of candidates) {
    const name = (s.targets[0] as S.NameExpr).id;
    if (namesClasses(s.value, isClassName) && bindings.get(name) === 1) aliases.set(name, { stmt: s, value: s.value });
  }
  if (!aliases.size) return;
  const drop = new Set<S.Stmt>([...aliases.values()].map((a) => a.stmt));
  module.body = module.body.filter((s) => !drop.has(s));
  walkNodes(module.body, (node) => {
    if (node.kind !== 'Name') return;
    const alias = aliases.get(node.id as string);
    if (!alias) return;
    const pos = node.pos as S.Expr['pos'];
    const copy: S.Expr = alias.value.kind === 'Tuple' ? { kind: 'Tuple', pos, elts: alias.value.elts.map((e) => ({ ...e, pos })) } : { ...alias.value, pos };
    for (const k of Object.keys(node)) delete node[k];
    Object.assign(node, copy);
  });
}

/** typing's runtime-checkable protocols of one method, by the method they ask for. */
const typingProtocols: Record<string, string> = {
  SupportsInt: '__int__', SupportsFloat: '__float__', SupportsComplex: '__complex__', SupportsBytes: '__bytes__',
  SupportsIndex: '__index__', SupportsAbs: '__abs__', SupportsRound: '__round__',
};

/** Names in a protocol's body that are not members it asks for (CPython's typing._SPECIAL_NAMES and friends). */
const notProtocolMembers = new Set(['__init__', '__new__', '__doc__', '__module__', '__slots__', '__dict__', '__weakref__', '__annotations__', '__subclasshook__', '__abstractmethods__', '__parameters__', '__orig_bases__', '__qualname__', '__match_args__']);

/**
 * `class Stack(Generic[T])`, `class Shape(Protocol)`: typing's Generic and Protocol only
 * declare type parameters and structural interfaces for type checkers; as bases they add
 * nothing a compiled class uses, so they are dropped.
 *
 * isinstance() against a protocol is structural, so those calls are rewritten first: against a
 * `@runtime_checkable` protocol of the module (or typing's `SupportsInt`...), the object must
 * have every member (hasattr), or be an instance of a class that names the protocol as a base:
 *
 *   @runtime_checkable                    class Closable:
 *   class Closable(Protocol):                 def close(self): ...
 *       def close(self): ...          ->  def _aithon_isinstance_Closable(obj):
 *                                             return isinstance(obj, Closable) or hasattr(obj, 'close')
 *   isinstance(r, Closable)               _aithon_isinstance_Closable(r)
 *
 * CPython raises TypeError for a protocol that is not runtime-checkable; that, issubclass()
 * against a protocol and a protocol among a tuple of classes fail the build.
 */
export function dropTypingBases(module: S.Module, parse: (file: string, source: string) => S.Module): void {
  // Only an import of typing (or typing_extensions) gives the bases this drops: without the word in the text, none.
  if (!sourceMentions(module, 'typing')) return;
  const members = new Set<string>();
  const modules = new Set<string>();
  const supports = new Map<string, string>();
  // Imports are statements: this does not walk the program's expressions.
  walkStatements(module.body, (node) => {
    if (node.kind === 'ImportFrom' && (node.module === 'typing' || node.module === 'typing_extensions')) {
      for (const n of node.names) {
        if (['Generic', 'Protocol', 'TypeVar'].includes(n.name)) members.add(n.asname ?? n.name);
        if (typingProtocols[n.name]) supports.set(n.asname ?? n.name, typingProtocols[n.name]);
      }
    } else if (node.kind === 'Import') {
      for (const n of node.names) if (n.module === 'typing' || n.module === 'typing_extensions') modules.add(n.asname ?? n.module);
    }
  });
  if (!members.size && !modules.size && !supports.size) return;
  const isTypingBase = (e: S.Expr): boolean => {
    const b = e.kind === 'Subscript' ? e.value : e;
    if (b.kind === 'Name') return members.has(b.id);
    return b.kind === 'Attribute' && b.value.kind === 'Name' && modules.has(b.value.id) && (b.attr === 'Generic' || b.attr === 'Protocol');
  };
  const isProtocolBase = (e: S.Expr): boolean =>
    (e.kind === 'Name' && members.has(e.id) && e.id !== 'Generic' && e.id !== 'TypeVar') || (e.kind === 'Attribute' && e.attr === 'Protocol' && isTypingBase(e));
  const isCheckable = (d: S.Expr) => (d.kind === 'Name' && d.id === 'runtime_checkable') || (d.kind === 'Attribute' && d.attr === 'runtime_checkable');
  const protocols = new Map<string, { cls: S.ClassDef; checkable: boolean; bases: string[] }>();
  walkNodes(module.body, (node) => {
    if (node.kind !== 'ClassDef') return;
    const cls = node as unknown as S.ClassDef;
    if (cls.bases.some(isProtocolBase)) {
      const checkable = cls.decorators.some(isCheckable);
      if (checkable && !module.body.includes(cls)) unsupportedConstruct(module, cls.pos, '@runtime_checkable on a class that is not at module level');
      cls.decorators = cls.decorators.filter((d) => !isCheckable(d));
      protocols.set(cls.name, { cls, checkable, bases: cls.bases.filter((b) => b.kind === 'Name').map((b) => (b as S.NameExpr).id) });
    }
    cls.bases = cls.bases.filter((b) => !isTypingBase(b));
  });
  const membersOf = (name: string, out = new Set<string>()): Set<string> => {
    const p = protocols.get(name)!;
    for (const b of p.bases) if (protocols.has(b) && b !== name) membersOf(b, out);
    for (const st of p.cls.body) {
      if (st.kind === 'FunctionDef') out.add(st.name);
      else if (st.kind === 'AnnAssign' && st.target.kind === 'Name') out.add(st.target.id);
      else if (st.kind === 'Assign') for (const t of st.targets) if (t.kind === 'Name') out.add(t.id);
    }
    for (const m of out) if (notProtocolMembers.has(m) || m.startsWith('_abc_')) out.delete(m);
    return out;
  };
  const checkers = new Map<string, string>();
  if (protocols.size || supports.size) {
    walkNodes(module.body, (node) => {
      if (node.kind !== 'Call') return;
      const call = node as unknown as S.CallExpr;
      if (call.func.kind !== 'Name' || (call.func.id !== 'isinstance' && call.func.id !== 'issubclass') || call.args.length !== 2) return;
      const classes = call.args[1].kind === 'Tuple' ? call.args[1].elts : [call.args[1]];
      const protocol = classes.find((c) => c.kind === 'Name' && (protocols.has(c.id) || supports.has(c.id))) as S.NameExpr | undefined;
      if (!protocol) return;
      const name = protocol.id;
      if (call.func.id === 'issubclass' || classes.length > 1 || (protocols.has(name) && !protocols.get(name)!.checkable)) {
        unsupportedConstruct(module, protocol.pos, `${call.func.id}() against the Protocol class '${name}'${classes.length > 1 ? ' in a tuple' : ''}`);
      }
      const obj = call.args[0];
      if (supports.has(name)) {
        call.args = [obj, { kind: 'Str', pos: protocol.pos, value: supports.get(name)! }];
        call.func = { kind: 'Name', pos: call.func.pos, id: 'hasattr' };
        return;
      }
      const checker = `_aithon_isinstance_${name}`;
      checkers.set(name, checker);
      call.func = { kind: 'Name', pos: call.func.pos, id: checker };
      call.args = [obj];
    });
  }
  // Each checker goes right after its protocol's class statement.
  for (const [name, checker] of checkers) {
    const cls = protocols.get(name)!.cls;
    const tests = [...membersOf(name)].map((m) => ` and hasattr(obj, ${JSON.stringify(m)})`).join('');
    const src = `def ${checker}(obj):\n    return isinstance(obj, ${name}) or (True${tests})\n`;
    const def = parse(module.file, src).body[0];
    walkNodes(def, (n) => {
      if ('pos' in n) n.pos = cls.pos;
      if ('namePos' in n) n.namePos = cls.pos;
    });
    module.body.splice(module.body.indexOf(cls) + 1, 0, def);
  }
  // `T = TypeVar('T')` at module level: the variable serves annotations and those bases only.
  const isTypeVar = (e: S.Expr) => e.kind === 'Call' && ((e.func.kind === 'Name' && members.has(e.func.id)) || (e.func.kind === 'Attribute' && e.func.value.kind === 'Name' && modules.has(e.func.value.id) && e.func.attr === 'TypeVar'));
  module.body = module.body.filter((s) => !(s.kind === 'Assign' && s.targets.length === 1 && s.targets[0].kind === 'Name' && isTypeVar(s.value)));
}

/**
 * typing's runtime-free forms: `@overload` stubs are dropped (CPython's final, undecorated def is the function),
 * and `class Row(TypedDict): ...` becomes `Row = dict` (calling a TypedDict makes a plain dict), inlined
 * by inlineClassAliases like other aliases of built-in classes. Runs before it.
 */
export function desugarTypingForms(module: S.Module): void {
  const named = new Map<string, string>();
  const modules = new Set<string>();
  for (const s of module.body) {
    if (s.kind === 'ImportFrom' && (s.module === 'typing' || s.module === 'typing_extensions')) {
      for (const n of s.names) if (n.name === 'overload' || n.name === 'TypedDict') named.set(n.asname ?? n.name, n.name);
    } else if (s.kind === 'Import') {
      for (const n of s.names) if (n.module === 'typing' || n.module === 'typing_extensions') modules.add(n.asname ?? n.module);
    }
  }
  if (!named.size && !modules.size) return;
  const isForm = (e: S.Expr, form: string) =>
    (e.kind === 'Name' && named.get(e.id) === form) || (e.kind === 'Attribute' && e.attr === form && e.value.kind === 'Name' && modules.has(e.value.id));
  const withoutOverloads = (stmts: S.Stmt[]) => stmts.filter((s) => !(s.kind === 'FunctionDef' && s.decorators.some((d) => isForm(d, 'overload'))));
  const onlyFields = (c: S.ClassDef) => c.body.every((s) => s.kind === 'AnnAssign' || s.kind === 'Pass' || (s.kind === 'ExprStmt' && s.expr.kind === 'Str'));
  module.body = withoutOverloads(module.body).map((s) => {
    if (s.kind !== 'ClassDef') return s;
    s.body = withoutOverloads(s.body);
    if (s.bases.length !== 1 || !isForm(s.bases[0], 'TypedDict') || s.decorators.length || !onlyFields(s)) return s;
    const alias: S.AssignStmt = { kind: 'Assign', pos: s.pos, targets: [{ kind: 'Name', id: s.name, pos: s.namePos }], value: { kind: 'Name', id: 'dict', pos: s.bases[0].pos } };
    return alias;
  });
}

/** Generic classes whose subscription makes a type for annotations (CPython's types.GenericAlias). */
const genericBuiltins = new Set(['list', 'dict', 'tuple', 'set', 'frozenset', 'type']);
/** Modules whose names, subscripted or joined with `|`, are annotation types. */
const typingModules = new Set(['typing', 'typing_extensions', 'collections.abc']);

/**
 * Old-style type aliases at module level, which serve annotations only:
 *
 *   RotorPositionT = tuple[int, int, int]
 *   Matrix = list[list[float]]
 *   Callback = Optional[Callable[[int], str]]
 *   Number = int | float
 *
 * Annotations are not compiled, so an alias bound once and never read as a value is dropped with its
 * assignment. CPython's GenericAlias / Union objects are not made: a read of the name as a value
 * (`print(Matrix)`, `isinstance(x, Number)`) fails the build there.
 */
export function dropTypeAliases(module: S.Module): void {
  const typingNames = new Set<string>();
  const modules = new Set<string>();
  for (const s of module.body) {
    if (s.kind === 'ImportFrom' && typingModules.has(s.module)) for (const n of s.names) typingNames.add(n.asname ?? n.name);
    else if (s.kind === 'Import') for (const n of s.names) if (typingModules.has(n.module)) modules.add(n.asname ?? n.module);
  }
  const isTypingAttr = (e: S.Expr): boolean => {
    if (e.kind !== 'Attribute') return false;
    const dotted = (x: S.Expr): string | null => (x.kind === 'Name' ? x.id : x.kind === 'Attribute' ? (dotted(x.value) ?? '') + '.' + x.attr : null);
    const base = dotted(e.value);
    return base !== null && modules.has(base);
  };
  // A subscripted generic (`list[int]`, `Optional[T]`, `typing.Dict[str, int]`) or a `|` union with one in it.
  const isGeneric = (e: S.Expr): boolean =>
    e.kind === 'Subscript' && ((e.value.kind === 'Name' && (genericBuiltins.has(e.value.id) || typingNames.has(e.value.id))) || isTypingAttr(e.value));
  const isTypePart = (e: S.Expr): boolean =>
    isGeneric(e) || e.kind === 'None' || (e.kind === 'Name' && (genericBuiltins.has(e.id) || typingNames.has(e.id) || builtinClassNames.has(e.id))) || isTypingAttr(e) || (e.kind === 'Binary' && e.op === '|' && isTypePart(e.left) && isTypePart(e.right));
  const isAliasValue = (e: S.Expr): boolean => isGeneric(e) || (e.kind === 'Binary' && e.op === '|' && isTypePart(e) && (hasGeneric(e.left) || hasGeneric(e.right)));
  const hasGeneric = (e: S.Expr): boolean => isGeneric(e) || (e.kind === 'Binary' && (hasGeneric(e.left) || hasGeneric(e.right)));
  const candidates = module.body.filter(
    (s): s is S.AssignStmt => s.kind === 'Assign' && s.targets.length === 1 && s.targets[0].kind === 'Name' && isAliasValue(s.value),
  );
  if (!candidates.length) return;
  // The subscripted names must be the built-in classes or typing's (not rebound), and the alias bound once.
  const bindings = new Map<string, number>();
  const reads = new Map<string, S.Expr>();
  const bind = (name: string) => bindings.set(name, (bindings.get(name) ?? 0) + 1);
  const targets = new Set<S.Expr>(candidates.map((s) => s.targets[0]));
  walkNodes(module.body, (node) => {
    const kind = node.kind as string | undefined;
    if (kind === 'Assign') for (const t of node.targets as S.Expr[]) targetNames(t).forEach(bind);
    else if (kind === 'FunctionDef' || kind === 'ClassDef') bind(node.name as string);
    else if (kind === 'Global' || kind === 'Nonlocal') (node.names as string[]).forEach(bind);
    else if (kind === 'normal' || kind === 'varargs' || kind === 'kwonly' || kind === 'varkw') bind(node.name as string);
    else if (kind === 'Name' && !targets.has(node as unknown as S.Expr) && !reads.has(node.id as string)) reads.set(node.id as string, node as unknown as S.Expr);
    if (node.target && typeof node.target === 'object') targetNames(node.target as S.Expr).forEach(bind);
  });
  const rebound = (e: S.Expr): boolean => {
    if (e.kind === 'Subscript') return rebound(e.value);
    if (e.kind === 'Binary') return rebound(e.left) || rebound(e.right);
    return e.kind === 'Name' && genericBuiltins.has(e.id) && bindings.has(e.id);
  };
  const drop = new Set<S.Stmt>();
  for (const s of candidates) {
    const name = (s.targets[0] as S.NameExpr).id;
    if (bindings.get(name) !== 1 || rebound(s.value)) continue;
    const read = reads.get(name);
    if (read) unsupportedConstruct(module, read.pos, `reading the type alias '${name}' as a value (CPython's typing object for it is not made)`);
    drop.add(s);
  }
  if (drop.size) module.body = module.body.filter((s) => !drop.has(s));
}
