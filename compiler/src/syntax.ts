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
export interface CallExpr extends Node { kind: 'Call'; func: Expr; args: Expr[]; keywords: KeywordArg[] }
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

export type Expr =
  | NameExpr | IntExpr | FloatExpr | StrExpr | BoolExpr | NoneExpr
  | BinaryExpr | UnaryExpr | BoolOpExpr | CompareExpr | CallExpr | IfExpr | FStringExpr;

export interface Param {
  name: string;
  defaultValue: Expr | null;
  pos: SourcePos;
}

export interface ExprStmt extends Node { kind: 'ExprStmt'; expr: Expr }
export interface AssignStmt extends Node { kind: 'Assign'; targets: NameExpr[]; value: Expr }
/** `x: T` (value null) or `x: T = v`. The annotation is a hint only. */
export interface AnnAssignStmt extends Node { kind: 'AnnAssign'; target: NameExpr; value: Expr | null }
export interface AugAssignStmt extends Node { kind: 'AugAssign'; target: NameExpr; op: BinaryOperator; value: Expr }
export interface IfStmt extends Node { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface WhileStmt extends Node { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface ForStmt extends Node { kind: 'For'; target: NameExpr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface BreakStmt extends Node { kind: 'Break' }
export interface ContinueStmt extends Node { kind: 'Continue' }
export interface PassStmt extends Node { kind: 'Pass' }
export interface ReturnStmt extends Node { kind: 'Return'; value: Expr | null }
export interface GlobalStmt extends Node { kind: 'Global'; names: string[] }
export interface FunctionDef extends Node {
  kind: 'FunctionDef';
  name: string;
  isAsync: boolean;
  params: Param[];
  body: Stmt[];
  /** Position of the name, for diagnostics about this function. */
  namePos: SourcePos;
}

export type Stmt =
  | ExprStmt | AssignStmt | AnnAssignStmt | AugAssignStmt | IfStmt | WhileStmt | ForStmt
  | BreakStmt | ContinueStmt | PassStmt | ReturnStmt | GlobalStmt | FunctionDef;

export interface Module {
  /** Path as shown in diagnostics and tracebacks (relative to the project). */
  file: string;
  source: string;
  body: Stmt[];
}
