// Stage 2a: bind names and infer static types.
//
// Every function is specialised per tuple of argument types (a "function
// instance", the unit the later stages compile). Inference is a fixpoint over
// all instances: a variable's type is the join of everything assigned to it,
// a function's return type the join of its returns, and values whose types
// differ meet in `object` (the dynamic representation), so valid Python is
// never rejected because its types vary.
import { CompileError, type Diagnostic, error, type SourcePos } from './diagnostics';
import type * as S from './syntax';
import { T, join, sameType, type Type, typeKey } from './types';

/** Builtins this compiler implements. */
export const implementedBuiltins = new Set(['print', 'len', 'str', 'int', 'float', 'bool', 'abs', 'repr', 'range']);

/** Every other name of Python's builtins module: using one is `unsupported`, not a NameError. */
const otherPythonBuiltins = new Set(
  ('abs aiter all anext any ascii bin breakpoint bytearray bytes callable chr classmethod compile complex copyright credits ' +
    'delattr dict dir divmod enumerate eval exec exit filter format frozenset getattr globals hasattr hash help hex id input ' +
    'isinstance issubclass iter len license list locals map max memoryview min next object oct open ord pow property quit ' +
    'reversed round set setattr slice sorted staticmethod sum super tuple type vars zip __import__ __build_class__ ' +
    'BaseException Exception ArithmeticError ZeroDivisionError ValueError TypeError KeyError IndexError NameError ' +
    'RuntimeError StopIteration AssertionError NotImplementedError OverflowError RecursionError AttributeError ' +
    'LookupError MemoryError KeyboardInterrupt SystemExit NotImplemented Ellipsis __name__ __file__ __doc__').split(' '),
);

export type NameBinding =
  | { kind: 'local' }
  | { kind: 'global' }
  | { kind: 'function'; def: S.FunctionDef }
  | { kind: 'builtin'; name: string }
  | { kind: 'module-name' } // __name__, always "__main__" in main.py
  | { kind: 'undefined' };

/** Result of binding one call to a user function's parameters. */
export interface BoundCall {
  /** For each parameter: the argument expression, or null when its default is used. */
  args: (S.Expr | null)[];
  /** CPython's TypeError message when the call cannot bind. */
  error: string | null;
}

export class FunctionInstance {
  readonly locals = new Map<string, Type>();
  returnType: Type = T.never;
  readonly exprTypes = new Map<S.Expr, Type>();
  readonly callTargets = new Map<S.CallExpr, FunctionInstance>();
  readonly boundCalls = new Map<S.CallExpr, BoundCall>();

  constructor(
    /** null for the module's top level. */
    readonly def: S.FunctionDef | null,
    readonly argTypes: Type[],
    /** Unique, stable name of this unit: `fib(int)`. */
    readonly key: string,
  ) {}

  get pyName(): string {
    return this.def ? this.def.name : '<module>';
  }

  typeOf(e: S.Expr): Type {
    return this.exprTypes.get(e) ?? T.never;
  }
}

interface FunctionScope {
  def: S.FunctionDef;
  locals: Set<string>;
  globals: Set<string>;
}

/** Beyond this many specialisations a function gets one generic instance. */
const maxInstancesPerFunction = 8;

export class Program {
  readonly functions = new Map<string, S.FunctionDef>();
  readonly globals = new Map<string, Type>();
  readonly instances = new Map<string, FunctionInstance>();
  readonly moduleInstance: FunctionInstance;
  private readonly scopes = new Map<S.FunctionDef, FunctionScope>();
  private readonly diagnostics: Diagnostic[] = [];
  private changed = false;

  constructor(readonly module: S.Module) {
    this.moduleInstance = new FunctionInstance(null, [], '<module>');
    this.bindModule();
    if (this.diagnostics.length) throw new CompileError(this.diagnostics);
    this.infer();
    if (this.diagnostics.length) throw new CompileError(this.diagnostics);
  }

  // ------------------------------------------------------------------ binding

  private readonly reported = new Set<string>();

  private report(pos: SourcePos, message: string, hint?: string): void {
    // Inference visits code once per round: report each problem once.
    const key = `${pos.line}:${pos.col}:${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push(error(this.module.file, pos, message, hint, this.module.source));
  }

  private unsupported(pos: SourcePos, what: string): void {
    this.report(pos, `unsupported: ${what} at ${this.module.file}:${pos.line}:${pos.col}`, 'this construct is not in the language subset compiled yet (see docs/language.md)');
  }

  private bindModule(): void {
    const assigned = new Set<string>();
    collectAssigned(this.module.body, assigned, (def) => {
      if (this.functions.has(def.name)) {
        this.unsupported(def.namePos, `redefinition of function '${def.name}'`);
      }
      this.functions.set(def.name, def);
    });
    for (const name of assigned) {
      if (this.functions.has(name)) {
        this.unsupported(this.functions.get(name)!.namePos, `assigning to '${name}', which is also a function name`);
      }
      this.globals.set(name, T.never);
    }
    for (const def of this.functions.values()) this.bindFunction(def);
  }

  private bindFunction(def: S.FunctionDef): void {
    if (def.isAsync) this.unsupported(def.pos, 'async functions');
    const globals = new Set<string>();
    const locals = new Set<string>(def.params.map((p) => p.name));
    const visit = (stmts: S.Stmt[]) => {
      for (const s of stmts) {
        if (s.kind === 'Global') s.names.forEach((n) => globals.add(n));
        if (s.kind === 'If' || s.kind === 'While' || s.kind === 'For') {
          visit(s.body);
          visit(s.orelse);
        }
      }
    };
    visit(def.body);
    const assigned = new Set<string>();
    collectAssigned(def.body, assigned, (inner) => this.unsupported(inner.pos, 'nested functions'));
    for (const name of assigned) {
      if (globals.has(name)) {
        if (this.functions.has(name)) this.unsupported(def.pos, `assigning to '${name}', which is also a function name`);
        if (!this.globals.has(name)) this.globals.set(name, T.never);
      } else locals.add(name);
    }
    for (const g of globals) {
      if (locals.has(g)) this.report(def.pos, `name '${g}' is parameter and global`);
    }
    this.scopes.set(def, { def, locals, globals });
  }

  /** How a name read in `inst` resolves. */
  resolve(inst: FunctionInstance, name: string): NameBinding {
    if (inst.def) {
      const scope = this.scopes.get(inst.def)!;
      if (scope.locals.has(name)) return { kind: 'local' };
    }
    if (this.functions.has(name)) return { kind: 'function', def: this.functions.get(name)! };
    if (this.globals.has(name)) return { kind: 'global' };
    if (name === '__name__') return { kind: 'module-name' };
    if (implementedBuiltins.has(name) || otherPythonBuiltins.has(name)) return { kind: 'builtin', name };
    return { kind: 'undefined' };
  }

  // ------------------------------------------------------------------ inference

  private infer(): void {
    // Each round re-types every instance with what the previous rounds learnt;
    // types only grow in a finite lattice, so this terminates.
    for (let round = 0; ; round++) {
      this.changed = false;
      this.inferBody(this.moduleInstance, this.module.body);
      for (const inst of [...this.instances.values()]) {
        this.inferBody(inst, inst.def!.body);
        if (!terminates(inst.def!.body)) this.setReturn(inst, T.none);
      }
      if (!this.changed) return;
      if (round > 1000) throw new Error('internal error: type inference did not converge');
    }
  }

  private setReturn(inst: FunctionInstance, t: Type): void {
    const j = join(inst.returnType, t);
    if (!sameType(j, inst.returnType)) {
      inst.returnType = j;
      this.changed = true;
    }
  }

  private assign(inst: FunctionInstance, name: string, t: Type): void {
    const isLocal = inst.def !== null && this.resolve(inst, name).kind === 'local';
    const table = isLocal ? inst.locals : this.globals;
    const old = table.get(name) ?? T.never;
    const j = join(old, t);
    if (!sameType(j, old) || !table.has(name)) {
      table.set(name, j);
      if (!sameType(j, old)) this.changed = true;
    }
  }

  instanceFor(def: S.FunctionDef, argTypes: Type[]): FunctionInstance {
    let types = argTypes;
    const key = (ts: Type[]) => `${def.name}(${ts.map(typeKey).join(',')})`;
    let inst = this.instances.get(key(types));
    if (inst) return inst;
    const count = [...this.instances.values()].filter((i) => i.def === def).length;
    if (count >= maxInstancesPerFunction) {
      types = types.map(() => T.object);
      inst = this.instances.get(key(types));
      if (inst) return inst;
    }
    inst = new FunctionInstance(def, types, key(types));
    def.params.forEach((p, i) => inst!.locals.set(p.name, types[i]));
    this.instances.set(inst.key, inst);
    this.changed = true;
    return inst;
  }

  private inferBody(inst: FunctionInstance, stmts: S.Stmt[]): void {
    for (const s of stmts) this.inferStmt(inst, s);
  }

  private inferStmt(inst: FunctionInstance, s: S.Stmt): void {
    switch (s.kind) {
      case 'ExprStmt':
        this.typeExpr(inst, s.expr);
        return;
      case 'Assign': {
        const t = this.typeExpr(inst, s.value);
        for (const target of s.targets) this.assign(inst, target.id, t);
        return;
      }
      case 'AnnAssign':
        if (s.value) this.assign(inst, s.target.id, this.typeExpr(inst, s.value));
        return;
      case 'AugAssign': {
        const target = this.typeExpr(inst, s.target);
        const value = this.typeExpr(inst, s.value);
        this.assign(inst, s.target.id, binaryType(s.op, target, value, s.value));
        return;
      }
      case 'If':
        this.typeExpr(inst, s.test);
        this.inferBody(inst, s.body);
        this.inferBody(inst, s.orelse);
        return;
      case 'While':
        this.typeExpr(inst, s.test);
        this.inferBody(inst, s.body);
        this.inferBody(inst, s.orelse);
        return;
      case 'For': {
        const iter = s.iter;
        if (!(iter.kind === 'Call' && iter.func.kind === 'Name' && iter.func.id === 'range' && this.resolve(inst, 'range').kind === 'builtin')) {
          this.unsupported(iter.pos, 'for loops over anything but range()');
          return;
        }
        if (iter.keywords.length || iter.args.length < 1 || iter.args.length > 3) {
          this.report(iter.pos, `range expected 1 to 3 positional arguments, got ${iter.args.length}`);
          return;
        }
        for (const a of iter.args) {
          const t = this.typeExpr(inst, a);
          if (t.kind !== 'int' && t.kind !== 'bool' && t.kind !== 'never') {
            if (t.kind === 'object') this.unsupported(a.pos, 'range() over a value whose type varies');
          }
        }
        this.exprTypesSet(inst, iter, T.never);
        this.assign(inst, s.target.id, T.int);
        this.typeExpr(inst, s.target);
        this.inferBody(inst, s.body);
        this.inferBody(inst, s.orelse);
        return;
      }
      case 'Return':
        if (!inst.def) {
          this.report(s.pos, "'return' outside function");
          return;
        }
        this.setReturn(inst, s.value ? this.typeExpr(inst, s.value) : T.none);
        return;
      case 'FunctionDef':
        // At module level a def evaluates its defaults, once.
        for (const p of s.params) {
          if (p.defaultValue) this.assign(this.moduleInstance, defaultSlot(s, p), this.typeExpr(inst, p.defaultValue));
        }
        return;
      case 'Global':
      case 'Break':
      case 'Continue':
      case 'Pass':
        return;
    }
  }

  private exprTypesSet(inst: FunctionInstance, e: S.Expr, t: Type): Type {
    inst.exprTypes.set(e, t);
    return t;
  }

  typeExpr(inst: FunctionInstance, e: S.Expr): Type {
    return this.exprTypesSet(inst, e, this.computeType(inst, e));
  }

  private computeType(inst: FunctionInstance, e: S.Expr): Type {
    switch (e.kind) {
      case 'Int':
        return T.int;
      case 'Float':
        return T.float;
      case 'Str':
      case 'FString':
        if (e.kind === 'FString') {
          for (const p of e.parts) {
            if (typeof p === 'string') continue;
            this.typeExpr(inst, p.value);
            if (p.spec) this.typeExpr(inst, p.spec);
          }
        }
        return T.str;
      case 'Bool':
        return T.bool;
      case 'None':
        return T.none;
      case 'Name': {
        const b = this.resolve(inst, e.id);
        switch (b.kind) {
          case 'local':
            return inst.locals.get(e.id) ?? T.never;
          case 'global':
            return this.globals.get(e.id) ?? T.never;
          case 'module-name':
            return T.str;
          case 'function':
            this.unsupported(e.pos, `functions as values ('${e.id}' used without calling it)`);
            return T.never;
          case 'builtin':
            this.unsupported(e.pos, `builtin '${e.id}' used as a value`);
            return T.never;
          case 'undefined':
            return T.never; // NameError at run time, as CPython
        }
        return T.never;
      }
      case 'Binary':
        return binaryType(e.op, this.typeExpr(inst, e.left), this.typeExpr(inst, e.right), e.right);
      case 'Unary':
        return unaryType(e.op, this.typeExpr(inst, e.operand));
      case 'BoolOp':
        return join(this.typeExpr(inst, e.left), this.typeExpr(inst, e.right));
      case 'IfExp':
        this.typeExpr(inst, e.test);
        return join(this.typeExpr(inst, e.body), this.typeExpr(inst, e.orelse));
      case 'Compare': {
        const types = [this.typeExpr(inst, e.left), ...e.comparators.map((c) => this.typeExpr(inst, c))];
        e.ops.forEach((op, i) => {
          if (op === 'in' || op === 'not in') this.unsupported(e.pos, `the '${op}' operator`);
          if ((op === 'is' || op === 'is not') && !isSingletonLiteral(i === 0 ? e.left : e.comparators[i - 1]) && !isSingletonLiteral(e.comparators[i])) {
            this.unsupported(e.pos, `'${op}' with operands other than None, True or False`);
          }
        });
        return types.some((t) => t.kind === 'never') ? T.never : T.bool;
      }
      case 'Call':
        return this.callType(inst, e);
    }
  }

  private callType(inst: FunctionInstance, e: S.CallExpr): Type {
    const argTypes = e.args.map((a) => this.typeExpr(inst, a));
    const kwTypes = e.keywords.map((k) => this.typeExpr(inst, k.value));
    if (e.func.kind !== 'Name') {
      this.unsupported(e.func.pos, 'calling anything but a function by name');
      return T.never;
    }
    const b = this.resolve(inst, e.func.id);
    if (b.kind === 'function') {
      const bound = bindCall(b.def, e);
      inst.boundCalls.set(e, bound);
      if (bound.error) return T.never;
      const types = bound.args.map((a, i) => {
        if (a) return this.typeOf(inst, a);
        return this.globals.get(defaultSlot(b.def, b.def.params[i])) ?? T.never;
      });
      if (types.some((t) => t.kind === 'never')) return T.never;
      const target = this.instanceFor(b.def, types);
      inst.callTargets.set(e, target);
      return target.returnType;
    }
    if (b.kind === 'builtin') return this.builtinCallType(e, b.name, argTypes, kwTypes);
    if (b.kind === 'undefined') return T.never;
    this.unsupported(e.func.pos, 'calling a variable');
    return T.never;
  }

  private typeOf(inst: FunctionInstance, e: S.Expr): Type {
    return inst.typeOf(e);
  }

  private builtinCallType(e: S.CallExpr, name: string, args: Type[], _kw: Type[]): Type {
    if (!implementedBuiltins.has(name)) {
      this.unsupported(e.func.pos, `builtin '${name}'`);
      return T.never;
    }
    const allowedKeywords = name === 'print' ? ['sep', 'end', 'flush'] : [];
    for (const k of e.keywords) {
      if (!allowedKeywords.includes(k.name)) {
        this.unsupported(k.pos, `keyword argument '${k.name}' of ${name}()`);
        return T.never;
      }
    }
    if (args.some((t) => t.kind === 'never')) return T.never;
    const arity = (min: number, max: number): boolean => {
      if (args.length >= min && args.length <= max) return true;
      return false; // lowering raises CPython's TypeError
    };
    switch (name) {
      case 'print':
        return T.none;
      case 'len':
        if (!arity(1, 1)) return T.never;
        return args[0].kind === 'str' || args[0].kind === 'object' ? T.int : T.never;
      case 'str':
      case 'repr':
        if (!arity(name === 'str' ? 0 : 1, 1)) return T.never;
        return T.str;
      case 'bool':
        if (!arity(0, 1)) return T.never;
        return T.bool;
      case 'int':
        if (!arity(0, 1)) return T.never;
        return args.length && args[0].kind === 'none' ? T.never : T.int;
      case 'float':
        if (!arity(0, 1)) return T.never;
        return args.length && args[0].kind === 'none' ? T.never : T.float;
      case 'abs':
        if (!arity(1, 1)) return T.never;
        if (args[0].kind === 'object') return T.object;
        if (args[0].kind === 'float') return T.float;
        if (args[0].kind === 'int' || args[0].kind === 'bool') return T.int;
        return T.never;
      case 'range':
        this.unsupported(e.pos, 'range() outside a for loop');
        return T.never;
    }
    return T.never;
  }
}

export function isSingletonLiteral(e: S.Expr): boolean {
  return e.kind === 'None' || e.kind === 'Bool';
}

/** Name of the hidden module global that holds a parameter's default value. */
export function defaultSlot(def: S.FunctionDef, p: S.Param): string {
  return `${def.name}.__defaults__.${p.name}`;
}

/** Binds a call's arguments to parameters as CPython does, or says why it cannot. */
export function bindCall(def: S.FunctionDef, call: S.CallExpr): BoundCall {
  const n = def.params.length;
  const args: (S.Expr | null)[] = new Array(n).fill(null);
  const given = new Array(n).fill(false);
  if (call.args.length > n) {
    const required = def.params.filter((p) => !p.defaultValue).length;
    const takes = required === n ? `${n}` : `from ${required} to ${n}`;
    return { args, error: `${def.name}() takes ${takes} positional argument${n === 1 && required === n ? '' : 's'} but ${call.args.length} ${call.args.length === 1 ? 'was' : 'were'} given` };
  }
  call.args.forEach((a, i) => {
    args[i] = a;
    given[i] = true;
  });
  for (const k of call.keywords) {
    const i = def.params.findIndex((p) => p.name === k.name);
    if (i < 0) return { args, error: `${def.name}() got an unexpected keyword argument '${k.name}'` };
    if (given[i]) return { args, error: `${def.name}() got multiple values for argument '${k.name}'` };
    args[i] = k.value;
    given[i] = true;
  }
  const missing = def.params.filter((p, i) => !given[i] && !p.defaultValue).map((p) => `'${p.name}'`);
  if (missing.length) {
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    return { args, error: `${def.name}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}` };
  }
  return { args, error: null };
}

/** Names assigned in a statement list (not entering nested defs, which go to onDef). */
function collectAssigned(stmts: S.Stmt[], out: Set<string>, onDef: (def: S.FunctionDef) => void): void {
  for (const s of stmts) {
    switch (s.kind) {
      case 'Assign':
        s.targets.forEach((t) => out.add(t.id));
        break;
      case 'AnnAssign':
      case 'AugAssign':
        out.add(s.target.id);
        break;
      case 'For':
        out.add(s.target.id);
        collectAssigned(s.body, out, onDef);
        collectAssigned(s.orelse, out, onDef);
        break;
      case 'If':
      case 'While':
        collectAssigned(s.body, out, onDef);
        collectAssigned(s.orelse, out, onDef);
        break;
      case 'FunctionDef':
        onDef(s);
        break;
      default:
        break;
    }
  }
}

/** True when control cannot fall off the end of `stmts`. */
export function terminates(stmts: S.Stmt[]): boolean {
  for (const s of stmts) {
    if (s.kind === 'Return') return true;
    if (s.kind === 'If' && terminates(s.body) && terminates(s.orelse)) return true;
    if (s.kind === 'While' && isConstTrue(s.test) && !containsBreak(s.body)) return true;
  }
  return false;
}

export function isConstTrue(e: S.Expr): boolean {
  return (e.kind === 'Bool' && e.value) || (e.kind === 'Int' && e.value !== 0n);
}

function containsBreak(stmts: S.Stmt[]): boolean {
  for (const s of stmts) {
    if (s.kind === 'Break') return true;
    if (s.kind === 'If' && (containsBreak(s.body) || containsBreak(s.orelse))) return true;
    // break inside a nested loop belongs to that loop
  }
  return false;
}

const arithmeticOps = new Set(['+', '-', '*', '/', '//', '%', '**']);
const bitwiseOps = new Set(['<<', '>>', '&', '|', '^']);

/** Result type of a binary operator on static types; `never` where CPython raises TypeError. */
export function binaryType(op: S.BinaryOperator, l: Type, r: Type, right?: S.Expr): Type {
  if (l.kind === 'never' || r.kind === 'never') return T.never;
  if (op === '@') return T.never;
  if (l.kind === 'object' || r.kind === 'object') return T.object;
  const intLike = (t: Type) => t.kind === 'int' || t.kind === 'bool';
  if (intLike(l) && intLike(r)) {
    if (bitwiseOps.has(op)) return (op === '&' || op === '|' || op === '^') && l.kind === 'bool' && r.kind === 'bool' ? T.bool : T.int;
    if (op === '/') return T.float;
    if (op === '**') return right && isNonNegativeIntLiteral(right) ? T.int : T.object;
    return T.int;
  }
  const numeric = (t: Type) => intLike(t) || t.kind === 'float';
  if (numeric(l) && numeric(r)) return arithmeticOps.has(op) ? T.float : T.never;
  if (l.kind === 'str' && r.kind === 'str' && op === '+') return T.str;
  if (op === '*' && ((l.kind === 'str' && intLike(r)) || (intLike(l) && r.kind === 'str'))) return T.str;
  return T.never;
}

export function isNonNegativeIntLiteral(e: S.Expr): boolean {
  return (e.kind === 'Int' && e.value >= 0n) || e.kind === 'Bool';
}

export function unaryType(op: S.UnaryOperator, t: Type): Type {
  if (t.kind === 'never') return T.never;
  if (op === 'not') return T.bool;
  if (t.kind === 'object') return T.object;
  if (t.kind === 'int' || t.kind === 'bool') return T.int;
  if (t.kind === 'float' && op !== '~') return T.float;
  return T.never;
}
