// Stage 2b: lower the typed syntax tree to the IR, one IR function per
// function instance. Python's semantics are decided here (which primitive an
// operator on given static types is, evaluation order, loops, short-circuits,
// CPython's TypeError wording for operations that cannot succeed); the
// emitter only translates.
import { bindCall, defaultSlot, type FunctionInstance, isNonNegativeIntLiteral, type Program, terminates } from './checker';
import type { Block, ConstValue, Instr, IrFunction, IrProgram, Reg, Terminator } from './ir';
import { markPossiblyUnboundReads } from './passes/definite-assignment';
import { binopCode, cmpCode, type Prim, primSpec } from './prims';
import type * as S from './syntax';
import { pythonTypeName, T, type Type } from './types';

export function lowerProgram(program: Program): IrProgram {
  const functions: IrFunction[] = [new FunctionLowerer(program, program.moduleInstance).lower()];
  for (const inst of program.instances.values()) functions.push(new FunctionLowerer(program, inst).lower());
  const globals = new Map<string, Type>();
  for (const [name, t] of program.globals) if (t.kind !== 'never') globals.set(name, t);
  return {
    file: program.module.file,
    sourceLines: program.module.source.split('\n'),
    functions,
    globals,
    moduleFunction: program.moduleInstance.key,
  };
}

interface LoopTargets {
  breakTo: string;
  continueTo: string;
}

const typeOfKind: Record<string, Type> = T;

class FunctionLowerer {
  private readonly blocks: Block[] = [];
  private current: Block;
  /** After a terminator or a value of type `never`: code here is unreachable. */
  private dead = false;
  private nextReg = 0;
  private nextLabel = 0;
  private nextTemp = 0;
  private readonly loops: LoopTargets[] = [];
  private readonly locals = new Map<string, Type>();

  constructor(
    private readonly program: Program,
    private readonly inst: FunctionInstance,
  ) {
    this.current = { label: 'entry', instrs: [], term: { op: 'unreachable' } };
    this.blocks.push(this.current);
  }

  lower(): IrFunction {
    const def = this.inst.def;
    const params = def ? def.params.map((p, i) => ({ name: p.name, type: this.inst.argTypes[i] })) : [];
    for (const [name, t] of this.inst.locals) if (t.kind !== 'never') this.locals.set(name, t);
    const body = def ? def.body : this.program.module.body;
    this.stmts(body);
    if (!this.dead && def && terminates(def.body)) {
      // The checker proved every path returns: this block has no predecessor.
      this.terminate({ op: 'unreachable' });
    } else if (!this.dead) {
      // Falling off the end returns None.
      const none = this.constant({ kind: 'none' });
      this.terminate({ op: 'ret', value: def ? this.convert(none, this.inst.returnType) : null });
    }
    const fn: IrFunction = {
      name: this.inst.key,
      pyName: this.inst.pyName,
      isModule: def === null,
      params,
      locals: this.locals,
      returnType: this.inst.returnType,
      blocks: this.blocks,
    };
    if (def) {
      const userVars = new Set([...this.locals.keys()].filter((n) => !n.startsWith('$')));
      markPossiblyUnboundReads(fn, userVars, new Set(params.map((p) => p.name)));
    } else {
      const userGlobals = new Set([...this.program.globals.keys()].filter((n) => !n.includes('.__defaults__.')));
      markPossiblyUnboundReads(fn, userGlobals, new Set());
    }
    return fn;
  }

  // ------------------------------------------------------------ plumbing

  private reg(type: Type): Reg {
    return { id: this.nextReg++, type };
  }

  private label(hint: string): string {
    return `${hint}.${this.nextLabel++}`;
  }

  private emit(i: Instr): void {
    if (!this.dead) this.current.instrs.push(i);
  }

  private terminate(t: Terminator): void {
    if (this.dead) return;
    this.current.term = t;
    this.dead = true;
  }

  private startBlock(label: string): void {
    this.current = { label, instrs: [], term: { op: 'unreachable' } };
    this.blocks.push(this.current);
    this.dead = false;
  }

  /** The current path cannot continue (a call that never returns, a raise). */
  private deadEnd(): Reg {
    this.terminate({ op: 'unreachable' });
    return this.reg(T.none);
  }

  private raise(excType: string, message: string, line: number): Reg {
    this.terminate({ op: 'raise', excType, message, line });
    return this.reg(T.none);
  }

  private constant(value: ConstValue): Reg {
    const dst = this.reg(typeOfKind[value.kind]);
    this.emit({ op: 'const', dst, value });
    return dst;
  }

  private prim(prim: Prim, args: Reg[], line: number, imm?: number): Reg {
    const spec = primSpec(prim);
    const dst = spec.result ? this.reg(typeOfKind[spec.result]) : null;
    this.emit({ op: 'prim', dst, prim, args, imm, line });
    return dst ?? this.reg(T.none);
  }

  private temp(type: Type): string {
    const name = `$t${this.nextTemp++}`;
    this.locals.set(name, type);
    return name;
  }

  private typeOf(e: S.Expr): Type {
    return this.inst.typeOf(e);
  }

  /** Converts a value to the representation of `to` (boxing into object). */
  private convert(v: Reg, to: Type, line = 0): Reg {
    if (v.type.kind === to.kind || this.dead) return v;
    if (to.kind === 'object') {
      switch (v.type.kind) {
        case 'int':
          return this.prim('int.box', [v], line);
        case 'float':
          return this.prim('float.box', [v], line);
        case 'bool':
          return this.prim('bool.box', [v], line);
        case 'str':
          return this.prim('str.box', [v], line);
        case 'none':
          return this.prim('none.box', [v], line);
      }
    }
    if (to.kind === 'never') return v;
    throw new Error(`internal error: cannot convert ${v.type.kind} to ${to.kind}`);
  }

  private isLocal(name: string): boolean {
    return this.inst.def !== null && this.program.resolve(this.inst, name).kind === 'local';
  }

  private store(name: string, v: Reg, line: number): void {
    if (this.isLocal(name)) {
      const t = this.locals.get(name);
      if (!t) return; // only ever assigned values that never arrive
      this.emit({ op: 'local.set', name, src: this.convert(v, t, line) });
    } else {
      const t = this.program.globals.get(name);
      if (!t || t.kind === 'never') return;
      this.emit({ op: 'global.set', name, src: this.convert(v, t, line) });
    }
  }

  // ------------------------------------------------------------ statements

  private stmts(list: S.Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private stmt(s: S.Stmt): void {
    const line = s.pos.line;
    switch (s.kind) {
      case 'ExprStmt':
        this.expr(s.expr);
        return;
      case 'Assign': {
        const v = this.expr(s.value);
        for (const t of s.targets) this.store(t.id, v, line);
        return;
      }
      case 'AnnAssign':
        if (s.value) this.store(s.target.id, this.expr(s.value), line);
        return;
      case 'AugAssign': {
        const cur = this.expr(s.target);
        const rhs = this.expr(s.value);
        const t = this.typeOf(s.target);
        const r = this.binary(s.op, cur, rhs, s.value, line, t, this.typeOf(s.value));
        this.store(s.target.id, r, line);
        return;
      }
      case 'If': {
        const thenL = this.label('if.then');
        const elseL = this.label('if.else');
        const endL = this.label('if.end');
        this.branchOn(s.test, thenL, elseL);
        this.startBlock(thenL);
        this.stmts(s.body);
        this.terminate({ op: 'br', target: endL });
        this.startBlock(elseL);
        this.stmts(s.orelse);
        this.terminate({ op: 'br', target: endL });
        this.startBlock(endL);
        return;
      }
      case 'While': {
        const headL = this.label('while.head');
        const bodyL = this.label('while.body');
        const elseL = this.label('while.else');
        const endL = this.label('while.end');
        this.terminate({ op: 'br', target: headL });
        this.startBlock(headL);
        this.branchOn(s.test, bodyL, elseL);
        this.startBlock(bodyL);
        this.loops.push({ breakTo: endL, continueTo: headL });
        this.stmts(s.body);
        this.loops.pop();
        this.terminate({ op: 'br', target: headL });
        this.startBlock(elseL);
        this.stmts(s.orelse);
        this.terminate({ op: 'br', target: endL });
        this.startBlock(endL);
        return;
      }
      case 'For':
        this.forRange(s);
        return;
      case 'Break':
        this.terminate({ op: 'br', target: this.loops[this.loops.length - 1].breakTo });
        return;
      case 'Continue':
        this.terminate({ op: 'br', target: this.loops[this.loops.length - 1].continueTo });
        return;
      case 'Return': {
        const v = s.value ? this.expr(s.value) : this.constant({ kind: 'none' });
        this.terminate({ op: 'ret', value: this.convert(v, this.inst.returnType, line) });
        return;
      }
      case 'FunctionDef':
        // Defaults are evaluated when the def statement runs, once.
        for (const p of s.params) {
          if (p.defaultValue) this.store(defaultSlot(s, p), this.expr(p.defaultValue), p.pos.line);
        }
        return;
      case 'Global':
      case 'Pass':
        return;
    }
  }

  /** for x in range(a[, b[, c]]): iterates over a hidden counter, as CPython's range iterator. */
  private forRange(s: S.ForStmt): void {
    const call = s.iter as S.CallExpr;
    const line = call.pos.line;
    const args = call.args.map((a) => this.intValue(this.expr(a), a, line));
    const one = this.constant({ kind: 'int', value: 1n });
    const [start, stop, step] =
      args.length === 1 ? [this.constant({ kind: 'int', value: 0n }), args[0], one] : args.length === 2 ? [args[0], args[1], one] : [args[0], args[1], args[2]];
    // The sign of the step decides the loop test; known at compile time for literals.
    const stepExpr = call.args[2];
    let stepSign: 1 | -1 | 0 = 1; // 0: decided at run time
    if (stepExpr) {
      if (stepExpr.kind === 'Int') stepSign = stepExpr.value > 0n ? 1 : stepExpr.value < 0n ? -1 : 0;
      else if (stepExpr.kind === 'Unary' && stepExpr.op === '-' && stepExpr.operand.kind === 'Int' && stepExpr.operand.value > 0n) stepSign = -1;
      else stepSign = 0;
      if (stepExpr.kind === 'Int' && stepExpr.value === 0n) {
        this.raise('ValueError', 'range() arg 3 must not be zero', line);
        return;
      }
    }
    const counter = this.temp(T.int);
    const stopSlot = this.temp(T.int);
    const stepSlot = this.temp(T.int);
    this.emit({ op: 'local.set', name: counter, src: start });
    this.emit({ op: 'local.set', name: stopSlot, src: stop });
    this.emit({ op: 'local.set', name: stepSlot, src: step });
    let ascending: Reg | null = null;
    if (stepSign === 0) {
      const zero = this.constant({ kind: 'int', value: 0n });
      const isZero = this.prim('int.eq', [step, zero], line);
      const okL = this.label('range.ok');
      const badL = this.label('range.zero');
      this.terminate({ op: 'condbr', cond: isZero, then: badL, else: okL });
      this.startBlock(badL);
      this.raise('ValueError', 'range() arg 3 must not be zero', line);
      this.startBlock(okL);
      ascending = this.prim('int.gt', [step, zero], line);
    }
    const headL = this.label('for.head');
    const bodyL = this.label('for.body');
    const latchL = this.label('for.next');
    const elseL = this.label('for.else');
    const endL = this.label('for.end');
    const ascSlot = ascending ? this.temp(T.bool) : null;
    if (ascending && ascSlot) this.emit({ op: 'local.set', name: ascSlot, src: ascending });
    this.terminate({ op: 'br', target: headL });

    this.startBlock(headL);
    const i = this.reg(T.int);
    this.emit({ op: 'local.get', dst: i, name: counter });
    const end = this.reg(T.int);
    this.emit({ op: 'local.get', dst: end, name: stopSlot });
    let more: Reg;
    if (stepSign === 1) more = this.prim('int.lt', [i, end], line);
    else if (stepSign === -1) more = this.prim('int.gt', [i, end], line);
    else {
      const asc = this.reg(T.bool);
      this.emit({ op: 'local.get', dst: asc, name: ascSlot! });
      const up = this.prim('int.lt', [i, end], line);
      const down = this.prim('int.gt', [i, end], line);
      // (asc and up) or (not asc and down)
      more = this.prim('bool.or', [this.prim('bool.and', [asc, up], line), this.prim('bool.and', [this.prim('bool.not', [asc], line), down], line)], line);
    }
    this.terminate({ op: 'condbr', cond: more, then: bodyL, else: elseL });

    this.startBlock(bodyL);
    const cur = this.reg(T.int);
    this.emit({ op: 'local.get', dst: cur, name: counter });
    this.store(s.target.id, cur, s.target.pos.line);
    this.loops.push({ breakTo: endL, continueTo: latchL });
    this.stmts(s.body);
    this.loops.pop();
    this.terminate({ op: 'br', target: latchL });

    this.startBlock(latchL);
    const c2 = this.reg(T.int);
    this.emit({ op: 'local.get', dst: c2, name: counter });
    const st = this.reg(T.int);
    this.emit({ op: 'local.get', dst: st, name: stepSlot });
    this.emit({ op: 'local.set', name: counter, src: this.prim('int.add', [c2, st], line) });
    this.terminate({ op: 'br', target: headL });

    this.startBlock(elseL);
    this.stmts(s.orelse);
    this.terminate({ op: 'br', target: endL });
    this.startBlock(endL);
  }

  /** An int operand of range(): bool converts, anything else is CPython's TypeError. */
  private intValue(v: Reg, e: S.Expr, line: number): Reg {
    const t = this.typeOf(e);
    if (t.kind === 'int') return v;
    if (t.kind === 'bool') return this.prim('bool.to_int', [v], line);
    if (t.kind === 'never') return this.deadEnd();
    return this.raise('TypeError', `'${pythonTypeName(t)}' object cannot be interpreted as an integer`, line);
  }

  /** Evaluates a condition and branches on its truth value. */
  private branchOn(test: S.Expr, thenL: string, elseL: string): void {
    const v = this.expr(test);
    const b = this.truthy(v, test.pos.line);
    this.terminate({ op: 'condbr', cond: b, then: thenL, else: elseL });
  }

  private truthy(v: Reg, line: number): Reg {
    switch (v.type.kind) {
      case 'bool':
        return v;
      case 'int':
        return this.prim('int.truthy', [v], line);
      case 'float':
        return this.prim('float.truthy', [v], line);
      case 'str':
        return this.prim('str.truthy', [v], line);
      case 'none':
        return this.constant({ kind: 'bool', value: false });
      case 'object':
        return this.prim('obj.truthy', [v], line);
      default:
        return this.deadEnd();
    }
  }

  // ------------------------------------------------------------ expressions

  expr(e: S.Expr): Reg {
    const v = this.exprInner(e);
    if (this.typeOf(e).kind === 'never') return this.deadEnd();
    return v;
  }

  private exprInner(e: S.Expr): Reg {
    const line = e.pos.line;
    switch (e.kind) {
      case 'Int':
        return this.constant({ kind: 'int', value: e.value });
      case 'Float':
        return this.constant({ kind: 'float', value: e.value });
      case 'Str':
        return this.constant({ kind: 'str', value: e.value });
      case 'Bool':
        return this.constant({ kind: 'bool', value: e.value });
      case 'None':
        return this.constant({ kind: 'none' });
      case 'Name':
        return this.name(e);
      case 'FString':
        return this.fstring(e);
      case 'Binary': {
        const l = this.expr(e.left);
        const r = this.expr(e.right);
        return this.binary(e.op, l, r, e.right, line, this.typeOf(e.left), this.typeOf(e.right));
      }
      case 'Unary':
        return this.unary(e.op, this.expr(e.operand), line);
      case 'BoolOp':
        return this.boolOp(e);
      case 'IfExp': {
        const result = this.typeOf(e);
        const slot = this.temp(result.kind === 'never' ? T.none : result);
        const thenL = this.label('ifexp.then');
        const elseL = this.label('ifexp.else');
        const endL = this.label('ifexp.end');
        this.branchOn(e.test, thenL, elseL);
        for (const [l, branch] of [
          [thenL, e.body],
          [elseL, e.orelse],
        ] as const) {
          this.startBlock(l);
          const v = this.expr(branch);
          this.emit({ op: 'local.set', name: slot, src: this.convert(v, result, line) });
          this.terminate({ op: 'br', target: endL });
        }
        this.startBlock(endL);
        const out = this.reg(result);
        this.emit({ op: 'local.get', dst: out, name: slot });
        return out;
      }
      case 'Compare':
        return this.compareChain(e);
      case 'Call':
        return this.call(e);
    }
  }

  private name(e: S.NameExpr): Reg {
    const b = this.program.resolve(this.inst, e.id);
    const t = this.typeOf(e);
    switch (b.kind) {
      case 'local': {
        if (t.kind === 'never') return this.raise('UnboundLocalError', `cannot access local variable '${e.id}' where it is not associated with a value`, e.pos.line);
        const dst = this.reg(t);
        this.emit({ op: 'local.get', dst, name: e.id, line: e.pos.line });
        return dst;
      }
      case 'global': {
        if (t.kind === 'never') return this.raise('NameError', `name '${e.id}' is not defined`, e.pos.line);
        const dst = this.reg(t);
        // A function may run before the module body assigns the global; the
        // module body's own reads are checked only where needed (see below).
        this.emit({ op: 'global.get', dst, name: e.id, line: e.pos.line, unboundCheck: this.inst.def !== null });
        return dst;
      }
      case 'module-name':
        return this.constant({ kind: 'str', value: '__main__' });
      default:
        return this.raise('NameError', `name '${e.id}' is not defined`, e.pos.line);
    }
  }

  private boolOp(e: S.BoolOpExpr): Reg {
    // `a and b` is a if a is falsy else b; `a or b` is a if a is truthy else b.
    const line = e.pos.line;
    const result = this.typeOf(e);
    const slot = this.temp(result.kind === 'never' ? T.none : result);
    const rightL = this.label(`${e.op}.rhs`);
    const endL = this.label(`${e.op}.end`);
    const l = this.expr(e.left);
    this.emit({ op: 'local.set', name: slot, src: this.convert(l, result, line) });
    const truth = this.truthy(l, line);
    this.terminate(e.op === 'and' ? { op: 'condbr', cond: truth, then: rightL, else: endL } : { op: 'condbr', cond: truth, then: endL, else: rightL });
    this.startBlock(rightL);
    const r = this.expr(e.right);
    this.emit({ op: 'local.set', name: slot, src: this.convert(r, result, line) });
    this.terminate({ op: 'br', target: endL });
    this.startBlock(endL);
    const out = this.reg(result);
    this.emit({ op: 'local.get', dst: out, name: slot });
    return out;
  }

  private compareChain(e: S.CompareExpr): Reg {
    const line = e.pos.line;
    if (e.ops.length === 1) return this.compare(e.ops[0], this.expr(e.left), this.expr(e.comparators[0]), line);
    // a < b < c: b evaluated once, c only if a < b.
    const slot = this.temp(T.bool);
    const endL = this.label('cmp.end');
    let left = this.expr(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      const right = this.expr(e.comparators[i]);
      const r = this.compare(e.ops[i], left, right, line);
      this.emit({ op: 'local.set', name: slot, src: r });
      if (i < e.ops.length - 1) {
        const nextL = this.label('cmp.next');
        this.terminate({ op: 'condbr', cond: r, then: nextL, else: endL });
        this.startBlock(nextL);
      }
      left = right;
    }
    this.terminate({ op: 'br', target: endL });
    this.startBlock(endL);
    const out = this.reg(T.bool);
    this.emit({ op: 'local.get', dst: out, name: slot });
    return out;
  }

  private compare(op: S.CompareOperator, l: Reg, r: Reg, line: number): Reg {
    if (this.dead) return this.reg(T.bool);
    const lk = l.type.kind;
    const rk = r.type.kind;
    if (op === 'is' || op === 'is not') {
      const same = this.prim('obj.is', [this.convert(l, T.object, line), this.convert(r, T.object, line)], line);
      return op === 'is' ? same : this.prim('bool.not', [same], line);
    }
    if (lk === 'object' || rk === 'object') {
      return this.prim('obj.compare', [this.convert(l, T.object, line), this.convert(r, T.object, line)], line, cmpCode[op]);
    }
    const name = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '==': 'eq', '!=': 'ne' }[op as string] as string;
    const reflected = { lt: 'gt', le: 'ge', gt: 'lt', ge: 'le', eq: 'eq', ne: 'ne' }[name] as string;
    const intLike = (k: string) => k === 'int' || k === 'bool';
    if (lk === 'bool' && rk === 'bool' && (op === '==' || op === '!=')) {
      const eq = this.prim('bool.xor', [l, r], line);
      return op === '!=' ? eq : this.prim('bool.not', [eq], line);
    }
    if (intLike(lk) && intLike(rk)) return this.prim(`int.${name}` as Prim, [this.asInt(l, line), this.asInt(r, line)], line);
    if (intLike(lk) && rk === 'float') return this.prim(`intfloat.${name}` as Prim, [this.asInt(l, line), r], line);
    if (lk === 'float' && intLike(rk)) return this.prim(`intfloat.${reflected}` as Prim, [this.asInt(r, line), l], line);
    if (lk === 'float' && rk === 'float') return this.prim(`float.${name}` as Prim, [l, r], line);
    if (lk === 'str' && rk === 'str') return this.prim(`str.${name}` as Prim, [l, r], line);
    if (op === '==' || op === '!=') {
      // Different built-in types (or None with None) compare by identity.
      return this.constant({ kind: 'bool', value: (lk === rk) === (op === '==') });
    }
    return this.raise('TypeError', `'${op}' not supported between instances of '${pythonTypeName(l.type)}' and '${pythonTypeName(r.type)}'`, line);
  }

  private asInt(v: Reg, line: number): Reg {
    return v.type.kind === 'bool' ? this.prim('bool.to_int', [v], line) : v;
  }

  private asFloat(v: Reg, line: number): Reg {
    if (v.type.kind === 'float') return v;
    if (v.type.kind === 'bool') return this.prim('bool.to_float', [v], line);
    return this.prim('int.to_float', [v], line);
  }

  binary(op: S.BinaryOperator, l: Reg, r: Reg, rightExpr: S.Expr, line: number, lt: Type, rt: Type): Reg {
    if (this.dead || lt.kind === 'never' || rt.kind === 'never') return this.deadEnd();
    const lk = l.type.kind;
    const rk = r.type.kind;
    if (lk === 'object' || rk === 'object') {
      if (op === '@') return this.unsupportedOperands(op, l.type, r.type, line);
      return this.prim('obj.binop', [this.convert(l, T.object, line), this.convert(r, T.object, line)], line, binopCode[op]);
    }
    const intLike = (k: string) => k === 'int' || k === 'bool';
    if (intLike(lk) && intLike(rk)) {
      if (lk === 'bool' && rk === 'bool' && (op === '&' || op === '|' || op === '^')) {
        return this.prim(op === '&' ? 'bool.and' : op === '|' ? 'bool.or' : 'bool.xor', [l, r], line);
      }
      const a = this.asInt(l, line);
      const b = this.asInt(r, line);
      switch (op) {
        case '+':
          return this.prim('int.add', [a, b], line);
        case '-':
          return this.prim('int.sub', [a, b], line);
        case '*':
          return this.prim('int.mul', [a, b], line);
        case '//':
          return this.prim('int.floordiv', [a, b], line);
        case '%':
          return this.prim('int.mod', [a, b], line);
        case '/':
          return this.prim('int.truediv', [a, b], line);
        case '**':
          return isNonNegativeIntLiteral(rightExpr) ? this.prim('int.pow', [a, b], line) : this.prim('int.pow_dynamic', [a, b], line);
        case '<<':
          return this.prim('int.lshift', [a, b], line);
        case '>>':
          return this.prim('int.rshift', [a, b], line);
        case '&':
          return this.prim('int.and', [a, b], line);
        case '|':
          return this.prim('int.or', [a, b], line);
        case '^':
          return this.prim('int.xor', [a, b], line);
        default:
          return this.unsupportedOperands(op, l.type, r.type, line);
      }
    }
    const numeric = (k: string) => intLike(k) || k === 'float';
    if (numeric(lk) && numeric(rk)) {
      const floatOps: Partial<Record<S.BinaryOperator, Prim>> = {
        '+': 'float.add', '-': 'float.sub', '*': 'float.mul', '/': 'float.truediv', '//': 'float.floordiv', '%': 'float.mod', '**': 'float.pow',
      };
      const p = floatOps[op];
      if (!p) return this.unsupportedOperands(op, l.type, r.type, line);
      return this.prim(p, [this.asFloat(l, line), this.asFloat(r, line)], line);
    }
    if (lk === 'str' && rk === 'str' && op === '+') return this.prim('str.concat', [l, r], line);
    if (op === '*' && lk === 'str' && intLike(rk)) return this.prim('str.repeat', [l, this.asInt(r, line)], line);
    if (op === '*' && intLike(lk) && rk === 'str') return this.prim('str.repeat', [r, this.asInt(l, line)], line);
    if (lk === 'str' && op === '+') return this.raise('TypeError', `can only concatenate str (not "${pythonTypeName(r.type)}") to str`, line);
    if (op === '*' && (lk === 'str' || rk === 'str')) {
      const other = lk === 'str' ? r.type : l.type;
      return this.raise('TypeError', `can't multiply sequence by non-int of type '${pythonTypeName(other)}'`, line);
    }
    if (lk === 'str' && op === '%') return this.raise('TypeError', 'unsupported: printf-style % formatting of str', line);
    return this.unsupportedOperands(op, l.type, r.type, line);
  }

  private unsupportedOperands(op: string, a: Type, b: Type, line: number): Reg {
    const shown = op === '**' ? '** or pow()' : op;
    return this.raise('TypeError', `unsupported operand type(s) for ${shown}: '${pythonTypeName(a)}' and '${pythonTypeName(b)}'`, line);
  }

  private unary(op: S.UnaryOperator, v: Reg, line: number): Reg {
    if (this.dead) return this.deadEnd();
    const k = v.type.kind;
    if (op === 'not') return this.prim('bool.not', [this.truthy(v, line)], line);
    if (k === 'object') return this.prim(op === '-' ? 'obj.neg' : op === '+' ? 'obj.pos' : 'obj.invert', [v], line);
    if (k === 'int' || k === 'bool') {
      const i = this.asInt(v, line);
      if (op === '-') return this.prim('int.neg', [i], line);
      if (op === '~') return this.prim('int.invert', [i], line);
      return i;
    }
    if (k === 'float' && op !== '~') return op === '-' ? this.prim('float.neg', [v], line) : v;
    return this.raise('TypeError', `bad operand type for unary ${op}: '${pythonTypeName(v.type)}'`, line);
  }

  // ------------------------------------------------------------ strings

  private toStr(v: Reg, line: number): Reg {
    switch (v.type.kind) {
      case 'str':
        return v;
      case 'int':
        return this.prim('int.to_str', [v], line);
      case 'float':
        return this.prim('float.to_str', [v], line);
      case 'bool':
        return this.prim('bool.to_str', [v], line);
      case 'none':
        return this.constant({ kind: 'str', value: 'None' });
      case 'object':
        return this.prim('obj.str', [v], line);
      default:
        return this.deadEnd();
    }
  }

  private toRepr(v: Reg, line: number): Reg {
    if (v.type.kind === 'str') return this.prim('str.repr', [v], line);
    if (v.type.kind === 'object') return this.prim('obj.repr', [v], line);
    return this.toStr(v, line);
  }

  private format(v: Reg, spec: Reg, line: number): Reg {
    switch (v.type.kind) {
      case 'int':
        return this.prim('int.format', [v, spec], line);
      case 'float':
        return this.prim('float.format', [v, spec], line);
      case 'bool':
        return this.prim('bool.format', [v, spec], line);
      case 'str':
        return this.prim('str.format', [v, spec], line);
      case 'none':
      case 'object':
        return this.prim('obj.format', [this.convert(v, T.object, line), spec], line);
      default:
        return this.deadEnd();
    }
  }

  private fstring(e: S.FStringExpr): Reg {
    const line = e.pos.line;
    const parts: Reg[] = [];
    for (const p of e.parts) {
      if (typeof p === 'string') {
        parts.push(this.constant({ kind: 'str', value: p }));
        continue;
      }
      if (p.debugText !== null) parts.push(this.constant({ kind: 'str', value: p.debugText }));
      let v = this.expr(p.value);
      if (p.conversion === 'r') v = this.toRepr(v, line);
      else if (p.conversion === 's') v = this.toStr(v, line);
      if (p.spec && p.spec.parts.length > 0) parts.push(this.format(v, this.fstring(p.spec), line));
      else parts.push(this.toStr(v, line));
    }
    if (parts.length === 0) return this.constant({ kind: 'str', value: '' });
    if (parts.length === 1) return parts[0];
    const dst = this.reg(T.str);
    this.emit({ op: 'concat', dst, parts, line });
    return dst;
  }

  // ------------------------------------------------------------ calls

  private call(e: S.CallExpr): Reg {
    const line = e.pos.line;
    const callee = e.func as S.NameExpr;
    const b = this.program.resolve(this.inst, callee.id);
    if (b.kind === 'function') {
      const bound = this.inst.boundCalls.get(e) ?? bindCall(b.def, e);
      // Arguments are evaluated left to right as written, before binding.
      const values = new Map<S.Expr, Reg>();
      for (const a of e.args) values.set(a, this.expr(a));
      for (const k of e.keywords) values.set(k.value, this.expr(k.value));
      if (bound.error) return this.raise('TypeError', bound.error, line);
      const target = this.inst.callTargets.get(e);
      if (!target) return this.deadEnd();
      const args = bound.args.map((a, i) => {
        const param = b.def.params[i];
        let v: Reg;
        if (a) v = values.get(a)!;
        else {
          const slot = defaultSlot(b.def, param);
          v = this.reg(this.program.globals.get(slot) ?? T.never);
          this.emit({ op: 'global.get', dst: v, name: slot });
        }
        return this.convert(v, target.argTypes[i], line);
      });
      const ret = target.returnType;
      if (ret.kind === 'never') {
        this.emit({ op: 'call', dst: null, callee: target.key, args, line });
        return this.deadEnd();
      }
      const dst = this.reg(ret);
      this.emit({ op: 'call', dst, callee: target.key, args, line });
      return dst;
    }
    if (b.kind === 'builtin') return this.builtin(e, b.name);
    // An undefined name: CPython evaluates the callee first and raises NameError.
    return this.raise('NameError', `name '${callee.id}' is not defined`, line);
  }

  private builtin(e: S.CallExpr, name: string): Reg {
    const line = e.pos.line;
    if (name === 'print') return this.print(e);
    const args = e.args.map((a) => this.expr(a));
    const n = args.length;
    const arity = (msg: string) => this.raise('TypeError', msg, line);
    switch (name) {
      case 'len': {
        if (n !== 1) return arity(`len() takes exactly one argument (${n} given)`);
        const v = args[0];
        if (v.type.kind === 'str') return this.prim('str.len', [v], line);
        if (v.type.kind === 'object') return this.prim('obj.len', [v], line);
        return this.raise('TypeError', `object of type '${pythonTypeName(v.type)}' has no len()`, line);
      }
      case 'str':
        if (n > 1) return this.raise('TypeError', 'unsupported: str() with an encoding', line);
        return n === 0 ? this.constant({ kind: 'str', value: '' }) : this.toStr(args[0], line);
      case 'repr':
        if (n !== 1) return arity(`repr() takes exactly one argument (${n} given)`);
        return this.toRepr(args[0], line);
      case 'bool':
        if (n > 1) return arity(`bool expected at most 1 argument, got ${n}`);
        return n === 0 ? this.constant({ kind: 'bool', value: false }) : this.truthy(args[0], line);
      case 'int': {
        if (n > 1) return this.raise('TypeError', 'unsupported: int() with a base', line);
        if (n === 0) return this.constant({ kind: 'int', value: 0n });
        const v = args[0];
        switch (v.type.kind) {
          case 'int':
            return v;
          case 'bool':
            return this.prim('bool.to_int', [v], line);
          case 'float':
            return this.prim('float.to_int', [v], line);
          case 'str':
            return this.prim('str.to_int', [v], line);
          case 'object':
            return this.prim('obj.to_int', [v], line);
          default:
            return this.raise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${pythonTypeName(v.type)}'`, line);
        }
      }
      case 'float': {
        if (n > 1) return arity(`float expected at most 1 argument, got ${n}`);
        if (n === 0) return this.constant({ kind: 'float', value: 0 });
        const v = args[0];
        switch (v.type.kind) {
          case 'float':
            return v;
          case 'int':
          case 'bool':
            return this.asFloat(v, line);
          case 'str':
            return this.prim('str.to_float', [v], line);
          case 'object':
            return this.prim('obj.to_float', [v], line);
          default:
            return this.raise('TypeError', `float() argument must be a string or a real number, not '${pythonTypeName(v.type)}'`, line);
        }
      }
      case 'abs': {
        if (n !== 1) return arity(`abs() takes exactly one argument (${n} given)`);
        const v = args[0];
        if (v.type.kind === 'float') return this.prim('float.abs', [v], line);
        if (v.type.kind === 'object') return this.prim('obj.abs', [v], line);
        if (v.type.kind === 'int' || v.type.kind === 'bool') return this.prim('int.abs', [this.asInt(v, line)], line);
        return this.raise('TypeError', `bad operand type for abs(): '${pythonTypeName(v.type)}'`, line);
      }
    }
    return this.raise('TypeError', `unsupported: builtin ${name}()`, line);
  }

  private print(e: S.CallExpr): Reg {
    const line = e.pos.line;
    const strs = e.args.map((a) => this.toStr(this.expr(a), line));
    let sep: Reg | null = null;
    let end: Reg | null = null;
    let flush: Reg | null = null;
    for (const k of e.keywords) {
      const v = this.expr(k.value);
      if (k.name === 'flush') {
        flush = this.truthy(v, line);
        continue;
      }
      if (v.type.kind === 'none') continue; // None means the default
      if (v.type.kind !== 'str') return this.raise('TypeError', `${k.name} must be None or a string, not ${pythonTypeName(v.type)}`, line);
      if (k.name === 'sep') sep = v;
      else end = v;
    }
    this.emit({ op: 'print', strs, sep, end, flush, line });
    return this.constant({ kind: 'none' });
  }
}
