// The static types the checker infers.
//
// Scalars are unboxed where the type is known. A value whose type cannot be
// pinned to one static type is `object`: a tagged run-time value that behaves
// exactly as CPython's (see runtime/include/aithon.h). `never` is the type of
// an expression not seen to produce a value (yet): the bottom of the lattice
// during inference, and after it the type of calls that never return.
//
// Mutable containers (list, dict, set) carry a Cell: the element types of
// every container that may alias through assignments, calls or storage are
// unified into one cell (union-find, as Steensgaard's analysis), so a write
// through any alias widens the element type seen by all of them. A container
// that flows into `object` escapes: its cell's types become `object`, since
// dynamic code may then store anything into it.

export type ScalarKind = 'never' | 'int' | 'float' | 'bool' | 'none' | 'str' | 'object' | 'exception';

export interface ScalarType {
  readonly kind: ScalarKind;
}

export class Cell {
  private parent: Cell | null = null;
  elem: Type = T_never;
  key: Type = T_never;
  value: Type = T_never;
  escaped = false;
  private static nextId = 0;
  readonly id = Cell.nextId++;
  /** Who read the cell's types while it was a representative (see WatchPoint). */
  private watch: WatchPoint | null = null;

  /** The cell's types changed (or it merged into another): its readers are stale. */
  private changed(): void {
    this.watch?.changed();
  }

  /** The representative, whose types are read: the reader watches it. */
  find(): Cell {
    const c = this.root();
    if (activeWatcher !== null) (c.watch ??= new WatchPoint()).read();
    return c;
  }

  /** The representative, for a change: widening it does not depend on what it held, the join is the same either way. */
  private root(): Cell {
    let c: Cell = this;
    while (c.parent) c = c.parent;
    // path compression
    let n: Cell = this;
    while (n.parent) {
      const p: Cell = n.parent;
      n.parent = c;
      n = p;
    }
    return c;
  }

  /** Merges `other` into this cell's class; returns the representative. */
  static union(a: Cell, b: Cell): Cell {
    const ra = a.root();
    const rb = b.root();
    if (ra === rb) return ra;
    rb.parent = ra;
    ra.elem = join(ra.elem, rb.elem);
    ra.key = join(ra.key, rb.key);
    ra.value = join(ra.value, rb.value);
    if (rb.escaped) ra.escape();
    ra.changed();
    rb.changed();
    bumpEpoch();
    return ra;
  }

  escape(): void {
    const r = this.root();
    if (r.escaped) return;
    r.escaped = true;
    r.elem = widenToObject(r.elem);
    r.key = widenToObject(r.key);
    r.value = widenToObject(r.value);
    r.changed();
    bumpEpoch();
  }

  /** Widens one of the cell's slots; returns true when it changed. */
  widen(slot: 'elem' | 'key' | 'value', t: Type): void {
    const r = this.root();
    const next = r.escaped ? widenToObject(join(r[slot], t)) : join(r[slot], t);
    if (!sameType(next, r[slot])) {
      r[slot] = next;
      r.changed();
      bumpEpoch();
    }
  }
}

/** A deque (collections.deque) is typed as a list is: one element type for all its items. */
export type ContainerKind = 'list' | 'dict' | 'set' | 'deque';

export interface ContainerType {
  readonly kind: ContainerKind;
  readonly cell: Cell;
}

export interface TupleType {
  readonly kind: 'tuple';
  readonly elems: readonly Type[];
}

/**
 * A tuple whose length is known only at run time, `tuple[T, ...]` (`tuple(xs)`, a slice of a tuple,
 * tuples of several lengths joined): the run-time object is the same AiTuple as a TupleType's, only
 * the static type differs. Its items all have type `elem`. Joined with a fixed tuple it stays of
 * variable length, its item type joined with each of the fixed tuple's (see join).
 */
export interface VarTupleType {
  readonly kind: 'vartuple';
  readonly elem: Type;
}

/**
 * A value that is None or of type `of` (`x = None` and later `x = "a"`; a dict of tuples or None): the
 * same word as `of`'s, None being a word too, so `of` is one of the types whose run-time value is a
 * word no other type shares (see optionable). Where a use cannot be typed by `of` the checker shows it
 * as `object` (checker.ts, typeExpr); `if x is not None:`, `if x:` and `if x is None: return`
 * narrow the variable to `of`, and unpacking takes `of`'s items.
 */
export interface OptionalType {
  readonly kind: 'optional';
  readonly of: Type;
}

/** Something that can only be iterated (enumerate/zip/reversed objects, dict views, range objects). */
export interface IterType {
  readonly kind: 'iter';
  /** Python's type name, for messages: 'enumerate', 'zip', 'dict_keys', 'range'... */
  readonly pyName: string;
  readonly elem: Type;
  /** A generator's: the type of what its body returns (the value of `await` on a coroutine). */
  readonly ret?: Type;
}

/** What the type system needs of a user class (checker.ts's ClassInfo). */
export interface ClassRef {
  readonly id: number;
  readonly name: string;
  readonly hier: HierarchyRef;
}

/** A class hierarchy: its classes share one attribute layout and its attribute types. */
export interface HierarchyRef {
  readonly id: number;
  /** Dynamic code may now set any attribute to anything: widen them all to object. */
  escape(): void;
}

/** An instance of one of `classes` (all of one hierarchy), sorted by id. */
export interface InstanceType {
  readonly kind: 'instance';
  readonly hier: HierarchyRef;
  readonly classes: readonly ClassRef[];
  /** Or None (Optional[C]): accesses check for None first. */
  readonly orNone: boolean;
}

/** A class itself, as a value (a class name, `cls` in a classmethod). */
export interface ClassObjectType {
  readonly kind: 'class';
  readonly cls: ClassRef;
}

/** One function a value may be: a definition together with the activation that created it (its closure). */
export interface FuncRef {
  readonly id: number;
  readonly name: string;
}

/** A function value: one of `refs` (sorted by id), decided at run time when several. */
export interface FuncType {
  readonly kind: 'func';
  readonly refs: readonly FuncRef[];
}

/** An imported standard-library module (or a namespace in one, like sys.stdout): compile-time only. */
export interface ModuleType {
  readonly kind: 'module';
  readonly name: string;
}

export type Type = ScalarType | ContainerType | TupleType | VarTupleType | OptionalType | IterType | InstanceType | ClassObjectType | FuncType | ModuleType;

export function funcOf(refs: readonly FuncRef[]): FuncType {
  return { kind: 'func', refs: [...new Set(refs)].sort((a, b) => a.id - b.id) };
}

export function instanceOf(classes: readonly ClassRef[], orNone = false): InstanceType {
  const sorted = [...new Set(classes)].sort((a, b) => a.id - b.id);
  return { kind: 'instance', hier: sorted[0].hier, classes: sorted, orNone };
}
export type TypeKind = Type['kind'];

// ---------------------------------------------------------------- read watching
//
// The checker's fixpoint re-types an instance only when something it read
// while last typed has changed since (checker.ts, Program.infer). It names
// the instance being typed (watchReads); every piece of shared inference
// state (a cell, a hierarchy's slots, an instance's return type, a variable
// table) records that instance as a watcher when read, and marks its
// watchers stale when it changes. A watcher is told once: re-typing it
// records its reads again.

/** What reads are recorded for: a function instance of the checker. */
export interface Watcher {
  stale: boolean;
}

let activeWatcher: Watcher | null = null;

/** Records the reads made from now on for `w` (null: none, as lowering's). Returns the previous watcher. */
export function watchReads(w: Watcher | null): Watcher | null {
  const previous = activeWatcher;
  activeWatcher = w;
  return previous;
}

/**
 * Runs `fn` without recording its reads: for a join into a piece of state
 * (a variable, a return type), whose result does not depend on what the
 * state held (the join is the same either way), so it is no reason to type
 * the writer again.
 */
export function unwatched<T>(fn: () => T): T {
  const previous = activeWatcher;
  activeWatcher = null;
  try {
    return fn();
  } finally {
    activeWatcher = previous;
  }
}

/** One piece of inference state whose readers are recorded. */
export class WatchPoint {
  private watchers: Set<Watcher> | null = null;

  read(): void {
    if (activeWatcher !== null) (this.watchers ??= new Set()).add(activeWatcher);
  }

  changed(): void {
    if (this.watchers === null) return;
    for (const w of this.watchers) w.stale = true;
    this.watchers.clear();
  }
}

/**
 * A Map whose reads and changes are watched, per key (get/has) and as a whole
 * (iteration, size). `same` says when a set() changes nothing.
 */
export class WatchedMap<K, V> extends Map<K, V> {
  private keyPoints: Map<K, WatchPoint> | undefined;
  private wholePoint: WatchPoint | undefined;
  private sameValue: ((a: V, b: V) => boolean) | undefined;

  static of<K, V>(same: (a: V, b: V) => boolean): WatchedMap<K, V> {
    const m = new WatchedMap<K, V>();
    m.sameValue = same;
    return m;
  }

  private point(k: K): WatchPoint {
    this.keyPoints ??= new Map();
    let p = this.keyPoints.get(k);
    if (!p) this.keyPoints.set(k, (p = new WatchPoint()));
    return p;
  }

  private whole(): WatchPoint {
    return (this.wholePoint ??= new WatchPoint());
  }

  override get(k: K): V | undefined {
    if (activeWatcher !== null) this.point(k).read();
    return super.get(k);
  }

  override has(k: K): boolean {
    if (activeWatcher !== null) this.point(k).read();
    return super.has(k);
  }

  override set(k: K, v: V): this {
    const had = super.has(k);
    const old = super.get(k);
    super.set(k, v);
    if (!had || !(this.sameValue ? this.sameValue(old as V, v) : Object.is(old, v))) {
      this.keyPoints?.get(k)?.changed();
      this.wholePoint?.changed();
    }
    return this;
  }

  /** The value at `k` changed in place: tells its readers (and those of the whole map). */
  touch(k: K): void {
    this.keyPoints?.get(k)?.changed();
    this.wholePoint?.changed();
  }

  /** Every value may have changed in place. */
  touchAll(): void {
    for (const p of this.keyPoints?.values() ?? []) p.changed();
    this.wholePoint?.changed();
  }

  /** A read of something the whole map stands for. */
  readAll(): void {
    if (activeWatcher !== null) this.whole().read();
  }

  override delete(k: K): boolean {
    const had = super.delete(k);
    if (had) {
      this.keyPoints?.get(k)?.changed();
      this.wholePoint?.changed();
    }
    return had;
  }

  override clear(): void {
    this.touchAll();
    super.clear();
  }

  override get size(): number {
    if (activeWatcher !== null) this.whole().read();
    return super.size;
  }

  override forEach(fn: (v: V, k: K, m: Map<K, V>) => void, thisArg?: unknown): void {
    if (activeWatcher !== null) this.whole().read();
    super.forEach(fn, thisArg);
  }

  override entries(): MapIterator<[K, V]> {
    if (activeWatcher !== null) this.whole().read();
    return super.entries();
  }

  override keys(): MapIterator<K> {
    if (activeWatcher !== null) this.whole().read();
    return super.keys();
  }

  override values(): MapIterator<V> {
    if (activeWatcher !== null) this.whole().read();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

/** Monotone counter of every widening of a cell; the inference fixpoint watches it. */
let epoch = 0;
export function bumpEpoch(): void {
  epoch++;
}
export function currentEpoch(): number {
  return epoch;
}

function scalar(kind: ScalarKind): ScalarType {
  return Object.freeze({ kind });
}

const T_never = scalar('never');

export const T = {
  never: T_never,
  int: scalar('int'),
  float: scalar('float'),
  bool: scalar('bool'),
  none: scalar('none'),
  str: scalar('str'),
  object: scalar('object'),
  /** An exception instance (built-in exception types). */
  exception: scalar('exception'),
} as const;

export function listOf(elem: Type): ContainerType {
  const cell = new Cell();
  cell.elem = elem;
  return { kind: 'list', cell };
}

export function dequeOf(elem: Type): ContainerType {
  const cell = new Cell();
  cell.elem = elem;
  return { kind: 'deque', cell };
}

export function setOf(elem: Type): ContainerType {
  const cell = new Cell();
  cell.elem = elem;
  return { kind: 'set', cell };
}

export function dictOf(key: Type, value: Type): ContainerType {
  const cell = new Cell();
  cell.key = key;
  cell.value = value;
  return { kind: 'dict', cell };
}

export function tupleOf(elems: Type[]): TupleType {
  return { kind: 'tuple', elems };
}

export function varTupleOf(elem: Type): VarTupleType {
  return { kind: 'vartuple', elem };
}

/** Types that may be joined with None into an OptionalType: word values never None. */
export function optionable(t: Type): boolean {
  return t.kind === 'int' || t.kind === 'str' || t.kind === 'tuple' || t.kind === 'vartuple' || isContainer(t);
}

/** `of` or None; `object` when `of` cannot be told from None statically (see OptionalType). */
export function optionalOf(of: Type): Type {
  if (of.kind === 'none' || of.kind === 'optional' || of.kind === 'never') return of;
  if (of.kind === 'instance') return instanceOf(of.classes, true);
  if (!optionable(of)) {
    escapeAll(of);
    return T.object;
  }
  return { kind: 'optional', of };
}

/** A fixed or variable-length tuple type. */
export function isTupleType(t: Type): t is TupleType | VarTupleType {
  return t.kind === 'tuple' || t.kind === 'vartuple';
}

/** The join of a tuple type's item types (never for the empty tuple). */
export function tupleItemType(t: TupleType | VarTupleType): Type {
  return t.kind === 'vartuple' ? t.elem : t.elems.reduce((a, b) => join(a, b), T_never as Type);
}

export function iterOf(pyName: string, elem: Type, ret?: Type): IterType {
  return ret ? { kind: 'iter', pyName, elem, ret } : { kind: 'iter', pyName, elem };
}

export function isContainer(t: Type): t is ContainerType {
  return t.kind === 'list' || t.kind === 'dict' || t.kind === 'set' || t.kind === 'deque';
}

export function sameType(a: Type, b: Type): boolean {
  if (a.kind !== b.kind) return false;
  if (isContainer(a)) return a.cell.find() === (b as ContainerType).cell.find();
  if (a.kind === 'tuple') {
    const bt = b as TupleType;
    return a.elems.length === bt.elems.length && a.elems.every((e, i) => sameType(e, bt.elems[i]));
  }
  if (a.kind === 'vartuple') return sameType(a.elem, (b as VarTupleType).elem);
  if (a.kind === 'optional') return sameType(a.of, (b as OptionalType).of);
  if (a.kind === 'iter') {
    const bi = b as IterType;
    return a.pyName === bi.pyName && sameType(a.elem, bi.elem) && (a.ret && bi.ret ? sameType(a.ret, bi.ret) : a.ret === bi.ret);
  }
  if (a.kind === 'instance') {
    const bi = b as InstanceType;
    return a.hier === bi.hier && a.orNone === bi.orNone && a.classes.length === bi.classes.length && a.classes.every((c, i) => c === bi.classes[i]);
  }
  if (a.kind === 'class') return a.cls === (b as ClassObjectType).cls;
  if (a.kind === 'module') return a.name === (b as ModuleType).name;
  if (a.kind === 'func') {
    const bf = b as FuncType;
    return a.refs.length === bf.refs.length && a.refs.every((r, i) => r === bf.refs[i]);
  }
  return true;
}

/** Everything reachable from `t` may now be written by dynamic code. */
export function escapeType(t: Type): void {
  escapeAll(t);
}

/**
 * Every function value that has met another type in `object`: what a call
 * of a value of unknown static type may reach (the checker specialises each
 * of them at such a call, and the emitted code picks by function id).
 */
const escapedFuncRefs = new Set<FuncRef>();

/** Who read the escaped functions and classes. */
const escapesWatch = new WatchPoint();

export function escapedFunctions(): readonly FuncRef[] {
  escapesWatch.read();
  return [...escapedFuncRefs];
}

/** Classes used as values that met another type in `object` (their run-time value does not identify them). */
const escapedClassRefs = new Set<ClassRef>();

export function escapedClasses(): readonly ClassRef[] {
  escapesWatch.read();
  return [...escapedClassRefs];
}

/** A new program's inference starts with nothing escaped (a serve loop checks one program after another). */
export function forgetEscapes(): void {
  escapedFuncRefs.clear();
  escapedClassRefs.clear();
  escapedModuleNames.clear();
}

/** Modules (compile-time values) that met another type in `object`, where no run-time object stands for them. */
const escapedModuleNames = new Set<string>();

export function escapedModules(): readonly string[] {
  return [...escapedModuleNames];
}

function escapeAll(t: Type): void {
  if (t.kind === 'func') {
    for (const r of t.refs) {
      if (escapedFuncRefs.has(r)) continue;
      escapedFuncRefs.add(r);
      escapesWatch.changed();
      bumpEpoch();
    }
  } else if (t.kind === 'class') {
    if (!escapedClassRefs.has(t.cls)) {
      escapedClassRefs.add(t.cls);
      escapesWatch.changed();
      bumpEpoch();
    }
  } else if (isContainer(t)) t.cell.escape();
  else if (t.kind === 'module') escapedModuleNames.add(t.name);
  else if (t.kind === 'tuple') t.elems.forEach(escapeAll);
  else if (t.kind === 'vartuple') escapeAll(t.elem);
  else if (t.kind === 'optional') escapeAll(t.of);
  else if (t.kind === 'instance') t.hier.escape();
  else if (t.kind === 'iter') {
    escapeAll(t.elem);
    if (t.ret) escapeAll(t.ret);
  }
}

/**
 * An escaped container's slot: `object`, also while nothing was put in it statically, since code
 * that sees it as a value of unknown type (a thread's target, a callback) may fill it.
 */
function widenToObject(t: Type): Type {
  escapeAll(t);
  return T.object;
}

/**
 * How deep tuples and optional values may nest in a join's result: below that, `object`. A
 * recursive function returning `(None, None)` or `(f(d - 1), f(d - 1))` (a tree of tuples), or
 * `()` or `tuple(f(d - 1) for ...)`, has a return type nesting one level more at each round of
 * inference; the bound makes the rounds end.
 */
const maxNestedDepth = 6;

function bounded(t: Type, depth = 0): Type {
  if (t.kind !== 'tuple' && t.kind !== 'vartuple' && t.kind !== 'optional') return t;
  if (depth >= maxNestedDepth) {
    escapeAll(t);
    return T.object;
  }
  if (t.kind === 'tuple') return tupleOf(t.elems.map((e) => bounded(e, depth + 1)));
  if (t.kind === 'vartuple') return varTupleOf(bounded(t.elem, depth + 1));
  const of = bounded(t.of, depth + 1);
  return of.kind === 'object' ? of : optionalOf(of);
}

/** Least upper bound. Two different types meet in `object`. */
export function join(a: Type, b: Type): Type {
  const j = joinOnce(a, b);
  return j.kind === 'tuple' || j.kind === 'vartuple' || j.kind === 'optional' ? bounded(j) : j;
}

function joinOnce(a: Type, b: Type): Type {
  if (a.kind === 'never') return b;
  if (b.kind === 'never') return a;
  // A fixed tuple with a tuple of variable length: one of variable length, of every item's type.
  if (isTupleType(a) && isTupleType(b) && (a.kind === 'vartuple' || b.kind === 'vartuple')) return varTupleOf(join(tupleItemType(a), tupleItemType(b)));
  // None with a word type, or with an optional one: optional (or object, see optionalOf).
  if (a.kind === 'optional' || b.kind === 'optional' || ((a.kind === 'none') !== (b.kind === 'none') && (optionable(a) || optionable(b)))) {
    const strip = (t: Type): Type => (t.kind === 'optional' ? t.of : t.kind === 'none' ? T.never : t);
    const inner = join(strip(a), strip(b));
    if (inner.kind === 'object') return T.object;
    return optionalOf(inner);
  }
  if (a.kind !== b.kind) {
    // Optional[C]: an instance or None keeps its static class.
    if (a.kind === 'instance' && b.kind === 'none') return instanceOf(a.classes, true);
    if (b.kind === 'instance' && a.kind === 'none') return instanceOf(b.classes, true);
    escapeAll(a);
    escapeAll(b);
    return T.object;
  }
  if (isContainer(a)) {
    const cell = Cell.union(a.cell, (b as ContainerType).cell);
    return { kind: a.kind, cell };
  }
  if (a.kind === 'tuple') {
    const bt = b as TupleType;
    // Tuples of different lengths: a tuple of variable length.
    if (a.elems.length !== bt.elems.length) return varTupleOf(join(tupleItemType(a), tupleItemType(bt)));
    return tupleOf(a.elems.map((e, i) => join(e, bt.elems[i])));
  }
  if (a.kind === 'instance') {
    const bi = b as InstanceType;
    if (a.hier !== bi.hier) {
      escapeAll(a);
      escapeAll(bi);
      return T.object;
    }
    return instanceOf([...a.classes, ...bi.classes], a.orNone || bi.orNone);
  }
  if (a.kind === 'class') {
    if (a.cls === (b as ClassObjectType).cls) return a;
    escapeAll(a);
    escapeAll(b);
    return T.object;
  }
  if (a.kind === 'func') return funcOf([...a.refs, ...(b as FuncType).refs]);
  if (a.kind === 'module') {
    if (a.name === (b as ModuleType).name) return a;
    escapeAll(a);
    escapeAll(b);
    return T.object;
  }
  if (a.kind === 'iter') {
    const bi = b as IterType;
    if (a.pyName !== bi.pyName) {
      escapeAll(a);
      escapeAll(bi);
      return T.object;
    }
    return iterOf(a.pyName, join(a.elem, bi.elem), a.ret && bi.ret ? join(a.ret, bi.ret) : (a.ret ?? bi.ret));
  }
  return a;
}

/** The element type a container's cell holds now. */
export function elemOf(t: ContainerType): Type {
  return t.cell.find().elem;
}
export function keyOf(t: ContainerType): Type {
  return t.cell.find().key;
}
export function valueOf(t: ContainerType): Type {
  return t.cell.find().value;
}

/** Python's name of the type, as in error messages ('int', 'NoneType'). */
/** A class's __name__: a linked module's class `mod.C` is `C`. */
export function shownClassName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** A class's __qualname__: a class defined in a function (local-classes.ts) is `f.<locals>.C`; others show their __name__. */
export function classQualname(name: string): string {
  const at = name.indexOf('.<locals>.');
  if (at < 0) return shownClassName(name);
  return name.slice(name.lastIndexOf('.', at - 1) + 1);
}

export function pythonTypeName(t: Type): string {
  switch (t.kind) {
    case 'none':
      return 'NoneType';
    case 'vartuple':
      return 'tuple';
    case 'optional':
      return 'object';
    case 'iter':
      return t.pyName;
    case 'exception':
      return 'BaseException';
    case 'instance':
      return t.classes.length === 1 ? shownClassName(t.classes[0].name) : 'object';
    case 'class':
      return 'type';
    case 'func':
      return 'function';
    case 'module':
      return 'module';
    default:
      return t.kind;
  }
}

/** Key of a type in a function instance's name: containers are not split by element type. */
export function typeKey(t: Type): string {
  if (t.kind === 'tuple') return `tuple[${t.elems.map(typeKey).join(',')}]`;
  if (t.kind === 'vartuple') return `tuple[${typeKey(t.elem)},...]`;
  if (t.kind === 'optional') return `${typeKey(t.of)}?`;
  if (t.kind === 'instance') return t.classes.map((c) => c.name).join('|') + (t.orNone ? '?' : '');
  if (t.kind === 'class') return `type[${t.cls.name}]`;
  if (t.kind === 'func') return `fn[${t.refs.map((r) => r.id).join(',')}]`;
  if (t.kind === 'module') return `module[${t.name}]`;
  // A coroutine is specialised by what it returns (the value of awaiting it).
  if (t.kind === 'iter') return t.ret ? `${t.pyName}->${typeKey(t.ret)}` : t.pyName;
  return t.kind;
}

export function isNumeric(t: Type): boolean {
  return t.kind === 'int' || t.kind === 'float' || t.kind === 'bool';
}

/** Values represented as a bare word at run time (everything but float and bool). */
export function isWord(t: Type): boolean {
  return t.kind !== 'float' && t.kind !== 'bool';
}

export function describe(t: Type): string {
  switch (t.kind) {
    case 'list':
    case 'set':
    case 'deque':
      return `${t.kind}[${describe(elemOf(t))}]`;
    case 'dict':
      return `dict[${describe(keyOf(t))}, ${describe(valueOf(t))}]`;
    case 'tuple':
      return `tuple[${t.elems.map(describe).join(', ')}]`;
    case 'vartuple':
      return `tuple[${describe(t.elem)}, ...]`;
    case 'optional':
      return `${describe(t.of)} | None`;
    case 'iter':
      return `${t.pyName}[${describe(t.elem)}]`;
    case 'instance':
      return t.classes.map((c) => c.name).join(' | ');
    case 'class':
      return `type[${t.cls.name}]`;
    case 'func':
      return `function[${t.refs.map((r) => r.name).join(' | ')}]`;
    default:
      return t.kind;
  }
}
