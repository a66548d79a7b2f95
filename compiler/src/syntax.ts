// Our own Python syntax tree: what the later stages see. Built from
// tree-sitter's concrete tree by parser.ts, so no stage after parsing depends
// on tree-sitter. Every node carries its 1-based source position.
import type { SourcePos } from './diagnostics';

export type BinaryOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | '>>' | '&' | '|' | '^' | '@';
export type UnaryOperator = '-' | '+' | '~' | 'not';
export type CompareOperator = '<' | '<=' | '>' | '>=' | '==' | '!=' | 'is' | 'is not' | 'in' | 'not in';

interface Node {
  pos: SourcePos;
}

export interface NameExpr extends Node { kind: 'Name'; id: string }
export interface IntExpr extends Node { kind: 'Int'; value: bigint }
export interface FloatExpr extends Node { kind: 'Float'; value: number }
export interface StrExpr extends Node { kind: 'Str'; value: string }
export interface BoolExpr extends Node { kind: 'Bool'; value: boolean }
export interface NoneExpr extends Node { kind: 'None' }
export interface BinaryExpr extends Node { kind: 'Binary'; op: BinaryOperator; left: Expr; right: Expr }
export interface UnaryExpr extends Node { kind: 'Unary'; op: UnaryOperator; operand: Expr }
export interface BoolOpExpr extends Node { kind: 'BoolOp'; op: 'and' | 'or'; left: Expr; right: Expr }
export interface CompareExpr extends Node { kind: 'Compare'; left: Expr; ops: CompareOperator[]; comparators: Expr[] }
export interface KeywordArg { name: string; value: Expr; pos: SourcePos }
/** `func(args, keywords, **doubleStars)`: each `**d` is a mapping unpacked into keyword arguments. */
export interface CallExpr extends Node { kind: 'Call'; func: Expr; args: Expr[]; keywords: KeywordArg[]; doubleStars?: Expr[] }
export interface IfExpr extends Node { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** One `{...}` of an f-string. `spec` is itself an f-string (it may nest fields). */
export interface FormattedValue {
  value: Expr;
  conversion: 's' | 'r' | 'a' | null;
  spec: FStringExpr | null;
  /** `{x=}`: the literal text "x=" printed before the value. */
  debugText: string | null;
  pos: SourcePos;
}
export interface FStringExpr extends Node { kind: 'FString'; parts: (string | FormattedValue)[] }

export interface ListExpr extends Node { kind: 'List'; elts: Expr[] }
export interface TupleExpr extends Node { kind: 'Tuple'; elts: Expr[] }
export interface SetExpr extends Node { kind: 'Set'; elts: Expr[] }
export interface DictExpr extends Node { kind: 'Dict'; keys: Expr[]; values: Expr[] }
export interface SubscriptExpr extends Node { kind: 'Subscript'; value: Expr; index: Expr }
/** `a:b:c` inside a subscript; null parts are omitted. */
export interface SliceExpr extends Node { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
/**
 * `value.attr`. A positional sub-pattern of a class pattern (`case Point(x, y)`)
 * reads the attribute the class's `__match_args__` names, known only once
 * classes are final: `matchArg` holds the pattern's isinstance() test (its
 * second argument is the class) and the position, and match-args.ts fills in `attr`.
 */
export interface AttributeExpr extends Node { kind: 'Attribute'; value: Expr; attr: string; matchArg?: { test: CallExpr; index: number } }
/** `*x` in a target list, a display, or a call's arguments (`inCall`). */
export interface StarredExpr extends Node { kind: 'Starred'; value: Expr; inCall?: boolean }
/** One `for` clause of a comprehension (`async for`: isAsync; the parser rewrites those away). */
export interface Comprehension { target: Expr; iter: Expr; ifs: Expr[]; pos: SourcePos; isAsync?: boolean }
export interface ListCompExpr extends Node { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetCompExpr extends Node { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictCompExpr extends Node { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
/** `lambda params: body`, held as a function whose body returns the expression. */
export interface LambdaExpr extends Node { kind: 'Lambda'; def: FunctionDef }
/** `yield value`, `yield`, `yield from iterable`; `await e` is a `yield from` of the awaitable (isAwait). */
export interface YieldExpr extends Node { kind: 'Yield'; value: Expr | null; from: boolean; isAwait?: boolean }
/** `target := value`: assigns in the enclosing function (also from inside a comprehension). */
export interface NamedExpr extends Node { kind: 'NamedExpr'; target: NameExpr; value: Expr }
/** A generator expression; compiled eagerly (as a list) where it is consumed at once. */
export interface GeneratorExpr extends Node { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }

export type Expr =
  | NameExpr | IntExpr | FloatExpr | StrExpr | BoolExpr | NoneExpr
  | BinaryExpr | UnaryExpr | BoolOpExpr | CompareExpr | CallExpr | IfExpr | FStringExpr
  | ListExpr | TupleExpr | SetExpr | DictExpr | SubscriptExpr | SliceExpr | AttributeExpr | StarredExpr
  | ListCompExpr | SetCompExpr | DictCompExpr | GeneratorExpr | LambdaExpr | YieldExpr | NamedExpr;

/** What can be assigned to: a name, a subscript, or a tuple/list of targets (with at most one starred). */
export type Target = Expr;

export interface Param {
  name: string;
  defaultValue: Expr | null;
  pos: SourcePos;
  /** normal (positional or keyword), `*args`, keyword-only (after * or *args), `**kwargs`. */
  kind: 'normal' | 'varargs' | 'kwonly' | 'varkw';
  /** The annotation when it is a name or a dotted name (`x: int`, `n: numbers.Real`): functools.singledispatch reads it. */
  annotation?: string;
}

export interface ExprStmt extends Node { kind: 'ExprStmt'; expr: Expr }
export interface AssignStmt extends Node { kind: 'Assign'; targets: Target[]; value: Expr }
/** `x: T` (value null) or `x: T = v`. The annotation (its source text) is a hint only, read by the desugar stage (ClassVar fields). */
export interface AnnAssignStmt extends Node { kind: 'AnnAssign'; target: Target; value: Expr | null; annotation: string }
export interface AugAssignStmt extends Node { kind: 'AugAssign'; target: NameExpr | SubscriptExpr | AttributeExpr; op: BinaryOperator; value: Expr }
export interface IfStmt extends Node { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface WhileStmt extends Node { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface ForStmt extends Node { kind: 'For'; target: Target; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface ExceptHandler {
  /** null: a bare `except:`. A name, or a tuple of names, of exception classes. */
  type: Expr | null;
  name: string | null;
  body: Stmt[];
  pos: SourcePos;
}
export interface TryStmt extends Node { kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface RaiseStmt extends Node { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface AssertStmt extends Node { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface DelStmt extends Node { kind: 'Del'; targets: Expr[] }
export interface BreakStmt extends Node { kind: 'Break' }
export interface ContinueStmt extends Node { kind: 'Continue' }
export interface PassStmt extends Node { kind: 'Pass' }
export interface ReturnStmt extends Node { kind: 'Return'; value: Expr | null }
export interface GlobalStmt extends Node { kind: 'Global'; names: string[] }
export interface NonlocalStmt extends Node { kind: 'Nonlocal'; names: string[] }
/** `import a.b as c` (one per name) and `from m import x as y`. */
export interface ImportStmt extends Node { kind: 'Import'; names: { module: string; asname: string | null; pos: SourcePos }[] }
export interface ImportFromStmt extends Node { kind: 'ImportFrom'; module: string; level: number; names: { name: string; asname: string | null; pos: SourcePos }[] }
export interface FunctionDef extends Node {
  kind: 'FunctionDef';
  name: string;
  isAsync: boolean;
  params: Param[];
  body: Stmt[];
  /** Position of the name, for diagnostics about this function. */
  namePos: SourcePos;
  /** `@staticmethod`, `@classmethod`, `@property`, `@x.setter` (others are rejected by the checker). */
  decorators: Expr[];
  /**
   * A functools.partial object's closure (modules.ts), whose cells `.func`, `.args` and `.keywords` read: the names
   * of the keywords a keyword partial binds (one cell each), or null for functools.py's `partial_call`. Kept in the
   * tree, so it survives program.json.
   */
  partialKeywords?: string[] | null;
}

export interface ClassDef extends Node {
  kind: 'ClassDef';
  name: string;
  /** `@dataclass` and the like: the desugar stage consumes those it knows; any left is unsupported. */
  decorators: Expr[];
  namePos: SourcePos;
  bases: Expr[];
  /** `class C(Base, key=v)`: passed to the base's `__init_subclass__` (init-subclass.ts); `metaclass=ABCMeta` is abc.ts's. */
  keywords?: KeywordArg[];
  body: Stmt[];
}

export type Stmt =
  | ExprStmt | AssignStmt | AnnAssignStmt | AugAssignStmt | IfStmt | WhileStmt | ForStmt
  | BreakStmt | ContinueStmt | PassStmt | ReturnStmt | GlobalStmt | NonlocalStmt | FunctionDef | ImportStmt | ImportFromStmt
  | TryStmt | RaiseStmt | AssertStmt | DelStmt | ClassDef;

export interface Module {
  /** Path as shown in diagnostics and tracebacks (relative to the project). */
  file: string;
  source: string;
  body: Stmt[];
  /** Sources of the project modules linked into this one (by file), for diagnostics. */
  sources?: Map<string, string>;
}

/** The direct sub-expressions of an expression, in evaluation order. */
export function childExprs(e: Expr): Expr[] {
  const out: Expr[] = [];
  forEachChildExpr(e, (c) => {
    out.push(c);
  });
  return out;
}

/**
 * Calls `visit` on each direct sub-expression of `e`, in evaluation order
 * (childExprs' order), and stops at the first call that returns true; returns
 * whether one did. No array is made: whole-program walks (exprsOf) visit
 * every expression of every function in each build.
 */
export function forEachChildExpr(e: Expr, visit: (child: Expr) => boolean | void): boolean {
  switch (e.kind) {
    case 'Binary':
    case 'BoolOp':
      return visit(e.left) === true || visit(e.right) === true;
    case 'Unary':
      return visit(e.operand) === true;
    case 'Compare':
      return visit(e.left) === true || someOf(e.comparators, visit);
    case 'Call': {
      if (visit(e.func) === true || someOf(e.args, visit)) return true;
      for (const k of e.keywords) if (visit(k.value) === true) return true;
      return e.doubleStars !== undefined && someOf(e.doubleStars, visit);
    }
    case 'IfExp':
      return visit(e.test) === true || visit(e.body) === true || visit(e.orelse) === true;
    case 'FString':
      for (const p of e.parts) {
        if (typeof p === 'string') continue;
        if (visit(p.value) === true || (p.spec && visit(p.spec) === true)) return true;
      }
      return false;
    case 'List':
    case 'Tuple':
    case 'Set':
      return someOf(e.elts, visit);
    case 'Dict':
      for (let i = 0; i < e.keys.length; i++) if (visit(e.keys[i]) === true || visit(e.values[i]) === true) return true;
      return false;
    case 'Subscript':
      return visit(e.value) === true || visit(e.index) === true;
    case 'Slice':
      return (e.lower !== null && visit(e.lower) === true) || (e.upper !== null && visit(e.upper) === true) || (e.step !== null && visit(e.step) === true);
    case 'Attribute':
    case 'Starred':
      return visit(e.value) === true;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
    case 'DictComp':
      for (const g of e.generators) if (visit(g.iter) === true || visit(g.target) === true || someOf(g.ifs, visit)) return true;
      return e.kind === 'DictComp' ? visit(e.key) === true || visit(e.value) === true : visit(e.elt) === true;
    case 'Yield':
      return e.value !== null && e.value !== undefined && visit(e.value) === true;
    case 'NamedExpr':
      return visit(e.target) === true || visit(e.value) === true;
    case 'Lambda':
      // Only the defaults run in the enclosing scope; the body is the lambda's own.
      for (const p of e.def.params) if (p.defaultValue && visit(p.defaultValue) === true) return true;
      return false;
    default:
      return false;
  }
}

function someOf(list: readonly Expr[], visit: (child: Expr) => boolean | void): boolean {
  for (const x of list) if (visit(x) === true) return true;
  return false;
}

/**
 * Every expression of a statement list (not entering function bodies),
 * pre-order. An array, filled by plain recursion: the compiler calls this on
 * every function many times, and nested generators cost O(depth) per item.
 */
export function exprsOf(stmts: Stmt[]): Expr[] {
  const out: Expr[] = [];
  someExpr(stmts, (e) => {
    out.push(e);
  });
  return out;
}

/**
 * Whether `test` holds for some expression of a statement list, visited in
 * exprsOf's order (pre-order, not entering function bodies): stops at the
 * first, and makes no list.
 */
export function someExpr(stmts: Stmt[], test: (e: Expr) => boolean | void): boolean {
  const walk = (e: Expr): boolean => test(e) === true || forEachChildExpr(e, walk);
  const block = (list: Stmt[]): boolean => {
    for (const s of list) {
      switch (s.kind) {
        case 'ExprStmt':
          if (walk(s.expr)) return true;
          break;
        case 'Assign':
          if (walk(s.value)) return true;
          for (const t of s.targets) if (walk(t)) return true;
          break;
        case 'AnnAssign':
          if ((s.value && walk(s.value)) || walk(s.target)) return true;
          break;
        case 'AugAssign':
          if (walk(s.target) || walk(s.value)) return true;
          break;
        case 'Return':
          if (s.value && walk(s.value)) return true;
          break;
        case 'If':
        case 'While':
          if (walk(s.test) || block(s.body) || block(s.orelse)) return true;
          break;
        case 'For':
          if (walk(s.iter) || walk(s.target) || block(s.body) || block(s.orelse)) return true;
          break;
        case 'Try':
          if (block(s.body)) return true;
          for (const h of s.handlers) if ((h.type && walk(h.type)) || block(h.body)) return true;
          if (block(s.orelse) || block(s.finalbody)) return true;
          break;
        case 'Raise':
          if ((s.exc && walk(s.exc)) || (s.cause && walk(s.cause))) return true;
          break;
        case 'Assert':
          if (walk(s.test) || (s.msg && walk(s.msg))) return true;
          break;
        case 'Del':
          for (const t of s.targets) if (walk(t)) return true;
          break;
        case 'FunctionDef':
          for (const p of s.params) if (p.defaultValue && walk(p.defaultValue)) return true;
          break;
        default:
          break;
      }
    }
    return false;
  };
  return block(stmts);
}

/**
 * The expressions a statement evaluates itself, as roots (their
 * sub-expressions are not listed), without those of the statements nested in
 * its bodies. For passes that rewrite expressions in place while walking
 * them: a list of every sub-expression, made before the rewrite, would still
 * hold the nodes the rewrite detached.
 */
export function ownExprs(s: Stmt): Expr[] {
  switch (s.kind) {
    case 'ExprStmt':
      return [s.expr];
    case 'Assign':
      return [s.value, ...s.targets];
    case 'AnnAssign':
      return s.value ? [s.value, s.target] : [s.target];
    case 'AugAssign':
      return [s.target, s.value];
    case 'Return':
      return s.value ? [s.value] : [];
    case 'If':
    case 'While':
      return [s.test];
    case 'For':
      return [s.iter, s.target];
    case 'Try':
      return s.handlers.flatMap((h) => (h.type ? [h.type] : []));
    case 'Raise':
      return [s.exc, s.cause].filter((e): e is Expr => e !== null);
    case 'Assert':
      return s.msg ? [s.test, s.msg] : [s.test];
    case 'Del':
      return s.targets;
    case 'FunctionDef':
      return s.params.flatMap((p) => (p.defaultValue ? [p.defaultValue] : []));
    default:
      return [];
  }
}

/** Names bound by an assignment target. */
export function targetNames(t: Expr): string[] {
  switch (t.kind) {
    case 'Name':
      return [t.id];
    case 'Tuple':
    case 'List':
      return t.elts.flatMap(targetNames);
    case 'Starred':
      return targetNames(t.value);
    default:
      return [];
  }
}

/** The `obj.attr` nodes an assignment target stores into (`a.x = ...`, `a.x, b = ...`). */
export function targetAttributes(t: Expr): AttributeExpr[] {
  switch (t.kind) {
    case 'Attribute':
      return [t];
    case 'Tuple':
    case 'List':
      return t.elts.flatMap(targetAttributes);
    case 'Starred':
      return targetAttributes(t.value);
    default:
      return [];
  }
}

/** Does this function body yield (making the function a generator)? Nested functions do not count. */
export function isGeneratorBody(stmts: Stmt[]): boolean {
  return someExpr(stmts, (e) => e.kind === 'Yield');
}

/**
 * Builtins that always exhaust an iterable argument before doing anything
 * else observable, so a generator expression passed to them can be evaluated
 * eagerly, as a list, with the same result (any/all stop early, and
 * enumerate/zip/map/filter are lazy, so theirs stay generators).
 */
export const exhaustingBuiltinNames: ReadonlySet<string> = new Set(['sum', 'min', 'max', 'sorted', 'list', 'tuple', 'set', 'frozenset', 'dict']);

/**
 * Calls `visit` on every statement of `body` and of the statement lists
 * nested in it (branches, loop and try bodies, handlers, function and class
 * bodies), parents before children. Expressions are not entered, which makes
 * this a small fraction of a walkNodes of the program: for passes that look
 * for statements only (imports, class definitions). A lambda's def (also a
 * generator expression's) is inside an expression and is not visited; its
 * body holds no import and no class.
 */
export function walkStatements(body: readonly Stmt[], visit: (s: Stmt) => void): void {
  for (const s of body) {
    visit(s);
    if (s.kind === 'FunctionDef' || s.kind === 'ClassDef') walkStatements(s.body, visit);
    else for (const block of childBlocks(s)) walkStatements(block, visit);
  }
}

/**
 * The statement lists directly inside a compound statement: an if's, a loop's
 * body and else, a try's body, handlers, else and finally. Not a def's or a
 * class's body (a scope of its own). The parser has already turned `with` and
 * `match` into these.
 */
export function childBlocks(s: Stmt): Stmt[][] {
  switch (s.kind) {
    case 'If':
    case 'While':
    case 'For':
      return [s.body, s.orelse];
    case 'Try':
      return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
    default:
      return [];
  }
}

/** Replaces each of childBlocks(s) with what `rewrite` makes of it (passes that insert or replace statements). */
export function rewriteChildBlocks(s: Stmt, rewrite: (block: Stmt[]) => Stmt[]): void {
  switch (s.kind) {
    case 'If':
    case 'While':
    case 'For':
      s.body = rewrite(s.body);
      s.orelse = rewrite(s.orelse);
      break;
    case 'Try':
      s.body = rewrite(s.body);
      for (const h of s.handlers) h.body = rewrite(h.body);
      s.orelse = rewrite(s.orelse);
      s.finalbody = rewrite(s.finalbody);
      break;
  }
}

/**
 * Does `word` occur in the text of the program (main.py or a module linked
 * into it)? A pass that rewrites the uses of a name only source text brings
 * in (no pass generates it) skips its walk of the whole program when not.
 */
export function sourceMentions(module: Module, word: string): boolean {
  if (module.source.includes(word)) return true;
  for (const text of module.sources?.values() ?? []) if (text.includes(word)) return true;
  return false;
}

/**
 * Calls `visit` on every object node reachable from `root` (statements,
 * expressions, parameters, comprehension clauses...), once each, parents
 * before children; source positions are not visited.
 */
export function walkNodes(root: unknown, visit: (node: Record<string, unknown>) => void): void {
  // Several passes walk the whole program with this: no per-node allocation
  // (for...in, not Object.entries), and leaves are skipped before the mark.
  // A node is marked as visited by this walk with the walk's number in a
  // hidden property, not kept in a Set: a Set of the 70,000 nodes of a
  // 2,000-function program cost most of each walk (a new identity hash per
  // node, as every serve cycle's tree is a fresh copy), and the passes walk
  // it several times per cycle. A walk started inside another's visit (the
  // inner one would overwrite the outer one's marks) keeps its own Set.
  if (typeof root !== 'object' || root === null) return;
  if (activeWalk !== 0) {
    walkNodesWithSet(root, visit);
    return;
  }
  const walk = (activeWalk = ++walkCount);
  const unmarkable = new Set<object>();
  const go = (v: object): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (typeof item === 'object' && item !== null) go(item);
      }
      return;
    }
    const node = v as Record<string | symbol, unknown>;
    const mark = node[walkMark];
    if (mark === walk) return;
    // Not enumerable: copies (`{...node}`, for...in, JSON) never carry it, so a copy made during
    // the walk is still visited.
    if (mark !== undefined) node[walkMark] = walk;
    else if (Object.isExtensible(node)) Object.defineProperty(node, walkMark, { value: walk, writable: true });
    else if (unmarkable.has(node)) return;
    else unmarkable.add(node); // a frozen object (a type the checker shares), if a walk reaches one
    visit(node as Record<string, unknown>);
    for (const key in node) {
      if (key === 'pos' || key === 'namePos') continue;
      const child = node[key];
      if (typeof child === 'object' && child !== null) go(child);
    }
  };
  try {
    go(root);
  } finally {
    activeWalk = 0;
  }
}

/** The hidden property walkNodes marks a visited node with: the number of the walk. */
const walkMark = Symbol('walked');
let walkCount = 0;
/** The number of the walkNodes walk under way (0: none). */
let activeWalk = 0;

/** walkNodes for a walk nested in another: each node once, by a Set. */
function walkNodesWithSet(root: object, visit: (node: Record<string, unknown>) => void): void {
  const seen = new Set<object>();
  const go = (v: object): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (typeof item === 'object' && item !== null) go(item);
      }
      return;
    }
    if (seen.has(v)) return;
    seen.add(v);
    const node = v as Record<string, unknown>;
    visit(node);
    for (const key in node) {
      if (key === 'pos' || key === 'namePos') continue;
      const child = node[key];
      if (typeof child === 'object' && child !== null) go(child);
    }
  };
  go(root);
}
