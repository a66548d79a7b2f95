// Stage: parse. tree-sitter-python (a Python 3.12 grammar) gives a concrete
// syntax tree; this file reports its syntax errors and turns it into our own
// tree (syntax.ts). Constructs the compiler does not support yet are reported
// here as `unsupported: <construct>` with their position, so nothing later
// ever sees them.
import { CompileError, type Diagnostic, error, type SourcePos, unsupportedHint } from './diagnostics';
import type * as S from './syntax';
import { exhaustingBuiltinNames, exprsOf } from './syntax';
import { lookupCharacterName } from './unicode-names';

// tree-sitter's Node.js binding, typed to the few members we use.
interface TsPoint { row: number; column: number }
interface TsNode {
  type: string;
  text: string;
  isNamed: boolean;
  isMissing: boolean;
  hasError: boolean;
  startPosition: TsPoint;
  endPosition: TsPoint;
  startIndex: number;
  endIndex: number;
  children: TsNode[];
  namedChildren: TsNode[];
  childForFieldName(name: string): TsNode | null;
  childrenForFieldName(name: string): TsNode[];
}
interface TsEdit {
  startIndex: number;
  oldEndIndex: number;
  newEndIndex: number;
  startPosition: TsPoint;
  oldEndPosition: TsPoint;
  newEndPosition: TsPoint;
}
interface TsTree {
  rootNode: TsNode;
  edit(edit: TsEdit): void;
}
interface TsParser {
  setLanguage(lang: unknown): void;
  parse(input: string, oldTree?: TsTree): TsTree;
}

let parserInstance: TsParser | undefined;

function treeSitter(): TsParser {
  if (parserInstance) return parserInstance;
  let Parser: new () => TsParser;
  let Python: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Parser = require('tree-sitter');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Python = require('tree-sitter-python');
  } catch (e) {
    throw new Error(
      `cannot load tree-sitter (${(e as Error).message.split('\n')[0]}).\n` +
        `hint: its native binding is built by an install script, which npm 11 blocks by default: ` +
        `run \`npm install-scripts approve tree-sitter tree-sitter-python && npm rebuild tree-sitter tree-sitter-python\``,
    );
  }
  const p = new Parser();
  p.setLanguage(Python);
  parserInstance = p;
  return p;
}

/** Human names of tree-sitter node types we reject, for `unsupported:` errors. */
const constructNames: Record<string, string> = {
  await: 'await',
  list_splat: 'argument unpacking (*args)',
  list_splat_pattern: '*args parameters',
  dictionary_splat_pattern: '**kwargs parameters',
  exec_statement: 'exec',
  print_statement: 'Python 2 print statements',
  ellipsis: 'Ellipsis',
  concatenated_string: 'implicit string concatenation with f-strings',
};

export interface ParseResult {
  module: S.Module;
}

export function parseModule(file: string, source: string): S.Module {
  const last = incremental ? lastParses.get(file) : undefined;
  let tree: TsTree;
  if (last) {
    // Tell tree-sitter what changed, so that it reparses only around the edit.
    last.tree.edit(editBetween(last.source, source));
    tree = treeSitter().parse(source, last.tree);
  } else {
    tree = treeSitter().parse(source);
  }
  const root = tree.rootNode;
  const builder = new TreeBuilder(file, source);
  reusedDefinitions = 0;
  const failed = () => {
    // The kept tree was edited for this text: a later parse must start afresh.
    lastParses.delete(file);
    return new CompileError(builder.diagnostics);
  };
  builder.reportSyntaxErrors(root);
  if (builder.diagnostics.length > 0) throw failed();
  const defs = incremental ? new Map<string, ConvertedDefinition>() : undefined;
  const body = builder.block(root, defs && { previous: last?.defs, next: defs });
  // A 3.12 type parameter or `type` alias read as a value: CPython's TypeVar or TypeAliasType object is not made
  // (annotations, where such names belong, are not compiled). Any read of the name, wherever, is taken as one.
  for (const t of builder.typeNames) if (usesName(body, t.name)) builder.unsupported(t.node, `reading the type parameter or type alias '${t.name}' as a value`);
  if (builder.diagnostics.length > 0) throw failed();
  if (defs) lastParses.set(file, { source, tree, defs });
  const helpers = [...(builder.usesAsyncGenerators ? ['_AsyncGenerator', '_AsyncGenItem'] : []), ...(builder.usesAsyncForDrop ? ['_agen_dropped'] : [])];
  if (helpers.length) {
    // Async generators are objects of the bundled asyncio module (compiler/pylib/asyncio.py).
    const pos: SourcePos = { line: 1, col: 1 };
    const names = helpers.map((n) => ({ name: n, asname: `$${n.slice(1)}`, pos }));
    body.unshift({ kind: 'ImportFrom', pos, module: 'asyncio', level: 0, names });
  }
  // Bytes literals are calls of _aithon_bytes.literal (runtime/src/obj/bytes.c); open() is the
  // bundled _aithon_io module's (compiler/pylib/_aithon_io.py). Found in the text, as incremental parses reuse trees.
  const pos1: SourcePos = { line: 1, col: 1 };
  if (/(^|[^\w])([bB][rR]?|[rR][bB])['"]/.test(source) && usesName(body, '$bytes_literal')) {
    body.unshift({ kind: 'ImportFrom', pos: pos1, module: '_aithon_bytes', level: 0, names: [{ name: 'literal', asname: '$bytes_literal', pos: pos1 }] });
  }
  // Imaginary literals (2.5j) are calls of _aithon_complex.imag (runtime/src/obj/complex.c).
  if (/[0-9.][jJ]/.test(source) && usesName(body, '$imaginary')) {
    body.unshift({ kind: 'ImportFrom', pos: pos1, module: '_aithon_complex', level: 0, names: [{ name: 'imag', asname: '$imaginary', pos: pos1 }] });
  }
  if (/\bsys\.std(in|out|err)\.buffer\b/.test(source) && stdStreamBuffers(body)) {
    body.unshift({ kind: 'ImportFrom', pos: pos1, module: '_aithon_io', level: 0, names: [{ name: '_std_buffer', asname: '$std_buffer', pos: pos1 }] });
  }
  if (/\bsys\.stdin\b/.test(source) && stdinAsIterable(body)) {
    body.unshift({ kind: 'ImportFrom', pos: pos1, module: '_aithon_io', level: 0, names: [{ name: '_stdin_lines', asname: '$stdin_lines', pos: pos1 }] });
  }
  if (/\*\*/.test(source) && usesName(body, '$merge_kwargs')) {
    body.unshift({ kind: 'ImportFrom', pos: pos1, module: '_aithon_kwargs', level: 0, names: [{ name: 'merge_kwargs', asname: '$merge_kwargs', pos: pos1 }] });
  }
  // except* clauses and the built-in exception group classes: compiler/pylib/_aithon_exceptiongroup.py.
  if (builder.usesExceptStar) {
    const names = ['_star_match', '_star_result'].map((n) => ({ name: n, asname: `$${n.slice(1)}`, pos: pos1 }));
    body.unshift({ kind: 'ImportFrom', pos: pos1, module: '_aithon_exceptiongroup', level: 0, names });
  }
  if (/ExceptionGroup/.test(source)) {
    const names = ['ExceptionGroup', 'BaseExceptionGroup'].filter((n) => usesName(body, n) && !bindsAtTopLevel(body, n)).map((n) => ({ name: n, asname: null, pos: pos1 }));
    if (names.length) body.unshift({ kind: 'ImportFrom', pos: pos1, module: '_aithon_exceptiongroup', level: 0, names });
  }
  if (opensFiles(source) && (usesName(body, '$open') || usesName(body, '$open_text') || usesName(body, '$open_binary'))) {
    const names = ['open', 'open_text', 'open_binary'].map((n) => ({ name: n, asname: `$${n}`, pos: pos1 }));
    body.unshift({ kind: 'ImportFrom', pos: pos1, module: '_aithon_io', level: 0, names });
  }
  return { file, source, body };
}

// ---------------------------------------------------------------- incremental parsing
//
// A serve loop parses the same files again after every save, and a save
// usually changes one function. With incremental parsing on, the last parse
// of each file is kept: tree-sitter reparses only around the edit, and each
// top-level def or class whose text is unchanged is not converted again:
// its syntax tree is copied from the last parse, with its lines moved if the
// edit added or removed lines above it. Later stages rewrite the tree they
// get, so the kept trees are never handed out, only copies.

/** A top-level definition as converted once, at `line` (positions in `stmt` are for that line). */
interface ConvertedDefinition {
  line: number;
  stmt: S.Stmt;
}

interface LastParse {
  source: string;
  tree: TsTree;
  /** Top-level definitions by their exact text. */
  defs: Map<string, ConvertedDefinition>;
}

let incremental = false;
const lastParses = new Map<string, LastParse>();
/** How many top-level definitions the last parse copied instead of converting (for tests and reports). */
export let reusedDefinitions = 0;

/** Keep each file's last parse for the next one (long-lived processes: `aithon serve`). */
export function setIncrementalParsing(on: boolean): void {
  incremental = on;
}

/** The one edit that turns `before` into `after`: the span between their common prefix and suffix. */
function editBetween(before: string, after: string): TsEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  // Indices and columns in UTF-16 code units, as tree-sitter counts them in a JS string.
  const point = (text: string, index: number): TsPoint => {
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    let row = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) row++;
    return { row, column: index - lineStart };
  };
  return {
    startIndex: start,
    oldEndIndex: before.length - tail,
    newEndIndex: after.length - tail,
    startPosition: point(before, start),
    oldEndPosition: point(before, before.length - tail),
    newEndPosition: point(after, after.length - tail),
  };
}

/**
 * A deep copy of a converted statement with every source line moved by
 * `delta`. Hand-written rather than structuredClone: the tree holds only
 * plain objects, arrays, strings, numbers, booleans, null and bigints, and
 * this copies and moves in one pass, several times faster. (A node used in
 * two places becomes two equal nodes, as when program.json is read back.)
 */
function copyMoved(stmt: S.Stmt, delta: number): S.Stmt {
  const copy = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) return v.map(copy);
    const o = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k in o) out[k] = copy(o[k]);
    if (typeof out.line === 'number' && typeof out.col === 'number') out.line += delta;
    return out;
  };
  return copy(stmt) as S.Stmt;
}

const definitionNodeTypes = new Set(['function_definition', 'class_definition', 'decorated_definition']);

class TreeBuilder {
  readonly diagnostics: Diagnostic[] = [];
  private readonly lines: string[];

  constructor(
    private readonly file: string,
    private readonly source: string,
  ) {
    this.lines = source.split('\n');
  }

  // Parsing a JS string, tree-sitter counts columns and indices in UTF-16
  // code units; diagnostics use 1-based code points.
  pos(node: TsNode): SourcePos {
    const { row, column } = node.startPosition;
    const text = this.lines[row] ?? '';
    const pos: SourcePos = { line: row + 1, col: [...text.slice(0, column)].length + 1 };
    if (this.file !== 'main.py' && !this.file.endsWith('/main.py')) pos.file = this.file;
    return pos;
  }

  private fail(node: TsNode, message: string, hint?: string): void {
    this.diagnostics.push(error(this.file, this.pos(node), message, hint, this.source));
  }

  private failAt(pos: SourcePos, message: string, hint?: string): void {
    this.diagnostics.push(error(this.file, pos, message, hint, this.source));
  }

  /** Names that only annotations may use here (3.12 type parameters and `type` aliases): see parseModule. */
  readonly typeNames: { name: string; node: TsNode }[] = [];

  private declareTypeParameters(node: TsNode): void {
    for (const p of node.childForFieldName('type_parameters')?.namedChildren ?? []) {
      const name = firstIdentifier(p);
      if (name) this.typeNames.push({ name: name.text, node: p });
    }
  }

  unsupported(node: TsNode, what?: string): void {
    const name = what ?? constructNames[node.type] ?? node.type.replace(/_/g, ' ');
    const p = this.pos(node);
    this.fail(node, `unsupported: ${name} at ${this.file}:${p.line}:${p.col}`, unsupportedHint);
  }

  reportSyntaxErrors(root: TsNode): void {
    if (!root.hasError) return;
    const visit = (n: TsNode): boolean => {
      if (n.isMissing) {
        this.fail(n, `invalid syntax: expected '${n.type}'`, 'the statement is incomplete here');
        return true;
      }
      if (n.type === 'ERROR') {
        const tok = n.text.split('\n')[0].slice(0, 20);
        this.fail(n, tok ? `invalid syntax near '${tok}'` : 'invalid syntax', 'check for an unclosed bracket, a missing colon or a stray character');
        return true;
      }
      if (n.type === 'interpolation' && isSpecParsedAsWalrus(n)) return false; // re-read in interpolation()
      for (const c of n.children) if (c.hasError || c.isMissing || c.type === 'ERROR') if (visit(c)) return true;
      return false;
    };
    visit(root);
  }

  /** `reuse`: the module's top level with incremental parsing on (see parseModule). */
  block(node: TsNode, reuse?: { previous?: Map<string, ConvertedDefinition>; next: Map<string, ConvertedDefinition> }): S.Stmt[] {
    const out: S.Stmt[] = [];
    for (const child of node.namedChildren) {
      if (isExtra(child)) continue;
      if (reuse && definitionNodeTypes.has(child.type)) {
        const s = this.definition(child, reuse);
        if (s) out.push(s);
        continue;
      }
      const s = this.statement(child);
      if (s) out.push(s);
    }
    return out;
  }

  /** A top-level def or class: copied from the last parse when its text is unchanged, else converted. */
  private definition(node: TsNode, reuse: { previous?: Map<string, ConvertedDefinition>; next: Map<string, ConvertedDefinition> }): S.Stmt | null {
    const text = node.text;
    // Async code sets flags on the whole module (the asyncio helpers it needs): always converted.
    if (text.includes('async')) return this.statement(node);
    const line = node.startPosition.row + 1;
    const kept = reuse.previous?.get(text);
    if (kept) {
      reuse.next.set(text, kept);
      reusedDefinitions++;
      return copyMoved(kept.stmt, line - kept.line);
    }
    const counters = this.counters();
    const errors = this.diagnostics.length;
    const s = this.statement(node);
    // Kept only if converting it was self-contained: no error, and no
    // numbered temporaries ($match1...) that a later parse could hand out again.
    if (s && this.diagnostics.length === errors && this.counters() === counters) reuse.next.set(text, { line, stmt: structuredClone(s) });
    return s;
  }

  private counters(): string {
    return `${this.matchCounter}:${this.withCounter}`;
  }

  private bodyOf(node: TsNode | null): S.Stmt[] {
    return node ? this.block(node) : [];
  }

  statement(node: TsNode): S.Stmt | null {
    const pos = this.pos(node);
    switch (node.type) {
      case 'expression_statement':
        return this.expressionStatement(node);
      case 'type_alias_statement': {
        // `type Vec = tuple[float, float]` (3.12): a name for annotations, which are not compiled. The alias
        // object itself is not made: a program that reads the name as a value fails to build (parseModule).
        const left = node.childForFieldName('left');
        const name = left && firstIdentifier(left);
        if (name) this.typeNames.push({ name: name.text, node });
        return { kind: 'Pass', pos };
      }
      case 'pass_statement':
        return { kind: 'Pass', pos };
      case 'break_statement':
        return { kind: 'Break', pos };
      case 'continue_statement':
        return { kind: 'Continue', pos };
      case 'return_statement': {
        const values = codeChildren(node);
        return { kind: 'Return', pos, value: values.length ? this.expr(values[0]) : null };
      }
      case 'try_statement':
        return this.tryStatement(node, pos);
      case 'with_statement':
        return this.withStatement(node, pos);
      case 'match_statement':
        return this.matchStatement(node, pos);
      case 'raise_statement': {
        const cause = node.childForFieldName('cause');
        const exc = node.namedChildren.find((c) => !isExtra(c) && (!cause || c.startIndex !== cause.startIndex));
        return { kind: 'Raise', pos, exc: exc ? this.expr(exc) : null, cause: cause ? this.expr(cause) : null };
      }
      case 'assert_statement': {
        const [test, msg] = codeChildren(node);
        return { kind: 'Assert', pos, test: this.expr(test), msg: msg ? this.expr(msg) : null };
      }
      case 'delete_statement': {
        const inner = codeChildren(node);
        const items = inner.length === 1 && inner[0].type === 'expression_list' ? codeChildren(inner[0]) : inner;
        return { kind: 'Del', pos, targets: items.map((t) => this.target(t)) };
      }
      case 'global_statement':
        return { kind: 'Global', pos, names: node.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text) };
      case 'import_statement': {
        const names: S.ImportStmt['names'] = [];
        for (const c of node.childrenForFieldName('name')) {
          if (c.type === 'aliased_import') names.push({ module: c.childForFieldName('name')!.text, asname: c.childForFieldName('alias')!.text, pos: this.pos(c) });
          else names.push({ module: c.text, asname: null, pos: this.pos(c) });
        }
        return { kind: 'Import', pos, names };
      }
      case 'import_from_statement':
      case 'future_import_statement': {
        const moduleNode = node.childForFieldName('module_name');
        let module = node.type === 'future_import_statement' ? '__future__' : (moduleNode?.text ?? '');
        let level = 0;
        if (moduleNode?.type === 'relative_import') {
          const prefix = moduleNode.namedChildren.find((c) => c.type === 'import_prefix');
          level = prefix ? prefix.text.length : 0;
          module = moduleNode.namedChildren.find((c) => c.type === 'dotted_name')?.text ?? '';
        }
        if (node.namedChildren.some((c) => c.type === 'wildcard_import')) {
          this.unsupported(node, `from ${module} import *`);
          return null;
        }
        const names: S.ImportFromStmt['names'] = [];
        for (const c of node.childrenForFieldName('name')) {
          if (c.type === 'aliased_import') names.push({ name: c.childForFieldName('name')!.text, asname: c.childForFieldName('alias')!.text, pos: this.pos(c) });
          else names.push({ name: c.text, asname: null, pos: this.pos(c) });
        }
        return { kind: 'ImportFrom', pos, module, level, names };
      }
      case 'nonlocal_statement':
        return { kind: 'Nonlocal', pos, names: node.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text) };
      case 'if_statement': {
        const test = this.expr(node.childForFieldName('condition')!);
        const body = this.bodyOf(node.childForFieldName('consequence'));
        // elif chains nest as if statements in the else branch.
        const alternatives = node.childrenForFieldName('alternative');
        const orelse = this.elseChain(alternatives, 0);
        return { kind: 'If', pos, test, body, orelse };
      }
      case 'while_statement': {
        const alt = node.childForFieldName('alternative');
        return {
          kind: 'While',
          pos,
          test: this.expr(node.childForFieldName('condition')!),
          body: this.bodyOf(node.childForFieldName('body')),
          orelse: alt ? this.bodyOf(alt.childForFieldName('body')) : [],
        };
      }
      case 'for_statement': {
        if (node.children.some((c) => c.type === 'async')) return this.asyncFor(node, pos);
        const left = node.childForFieldName('left')!;
        const alt = node.childForFieldName('alternative');
        return {
          kind: 'For',
          pos,
          target: this.target(left),
          iter: this.expr(node.childForFieldName('right')!),
          body: this.bodyOf(node.childForFieldName('body')),
          orelse: alt ? this.bodyOf(alt.childForFieldName('body')) : [],
        };
      }
      case 'function_definition':
        return this.functionDef(node, []);
      case 'decorated_definition': {
        const decorators = node.namedChildren.filter((c) => c.type === 'decorator').map((d) => this.expr(codeChildren(d)[0]));
        const def = node.childForFieldName('definition')!;
        if (def.type === 'class_definition') {
          const cls = this.statement(def);
          if (cls?.kind === 'ClassDef') cls.decorators = decorators;
          return cls;
        }
        return this.functionDef(def, decorators);
      }
      case 'class_definition': {
        const bases: S.Expr[] = [];
        const keywords: S.KeywordArg[] = [];
        const sup = node.childForFieldName('superclasses');
        for (const b of sup?.namedChildren ?? []) {
          if (isExtra(b)) continue;
          if (b.type === 'keyword_argument') {
            const name = b.childForFieldName('name')!;
            keywords.push({ pos: this.pos(b), name: name.text, value: this.expr(b.childForFieldName('value')!) });
          } else if (b.type === 'list_splat' || b.type === 'dictionary_splat') this.unsupported(b, 'argument unpacking in a class statement');
          else bases.push(this.expr(b));
        }
        const name = node.childForFieldName('name')!;
        // `class Box[T]:` (3.12): T is for annotations only, which are not compiled (see functionDef).
        this.declareTypeParameters(node);
        // A class body is not the enclosing async function's: `await` there is a syntax error.
        this.functionKinds.push('sync');
        let body: S.Stmt[];
        try {
          body = this.bodyOf(node.childForFieldName('body'));
        } finally {
          this.functionKinds.pop();
        }
        awaitableAsIterable(body);
        return { kind: 'ClassDef', pos, name: name.text, namePos: this.pos(name), decorators: [], bases, ...(keywords.length ? { keywords } : {}), body };
      }
      default:
        this.unsupported(node);
        return null;
    }
  }

  private asyncForCounter = 0;

  /**
   * `async for t in A: body else: orelse` is what CPython runs:
   *   $aitN = A.__aiter__(); $aendN = False
   *   while True:
   *     try: $avN = await $aitN.__anext__()
   *     except StopAsyncIteration: $aendN = True; break
   *     t = $avN
   *     body
   *   if $aendN: orelse
   * (the else clause outside the loop, so its own break/continue are the enclosing loop's).
   */
  private asyncFor(node: TsNode, pos: SourcePos): S.Stmt | null {
    if (this.functionKinds[this.functionKinds.length - 1] !== 'async') {
      this.fail(node, "'async for' outside async function", 'async for is only valid inside an async def');
      return null;
    }
    const alt = node.childForFieldName('alternative');
    const orelse = alt ? this.bodyOf(alt.childForFieldName('body')) : [];
    const iterable = this.expr(node.childForFieldName('right')!);
    const target = this.target(node.childForFieldName('left')!);
    const body = this.bodyOf(node.childForFieldName('body'));
    return this.asyncForLoop(pos, target, iterable, body, orelse);
  }

  private asyncForLoop(pos: SourcePos, target: S.Expr, iterable: S.Expr, body: S.Stmt[], orelse: S.Stmt[]): S.Stmt {
    const n = ++this.asyncForCounter;
    const name = (id: string): S.NameExpr => ({ kind: 'Name', id, pos });
    const it = `$ait${n}`;
    const end = `$aend${n}`;
    const value = `$av${n}`;
    const call = (obj: S.Expr, attr: string): S.CallExpr => ({ kind: 'Call', pos, func: { kind: 'Attribute', pos, value: obj, attr }, args: [], keywords: [] });
    const loop: S.WhileStmt = {
      kind: 'While',
      pos,
      test: { kind: 'Bool', pos, value: true },
      body: [
        {
          kind: 'Try',
          pos,
          body: [{ kind: 'Assign', pos, targets: [name(value)], value: { kind: 'Yield', pos, from: true, value: call(name(it), '__anext__'), isAwait: true } }],
          handlers: [{ type: name('StopAsyncIteration'), name: null, pos, body: [{ kind: 'Assign', pos, targets: [name(end)], value: { kind: 'Bool', pos, value: true } }, { kind: 'Break', pos }] }],
          orelse: [],
          finalbody: [],
        },
        { kind: 'Assign', pos, targets: [target], value: name(value) },
        ...body,
      ],
      orelse: [],
    };
    const out: S.Stmt[] = [
      { kind: 'Assign', pos, targets: [name(it)], value: call(iterable, '__aiter__') },
      { kind: 'Assign', pos, targets: [name(end)], value: { kind: 'Bool', pos, value: false } },
      loop,
    ];
    if (orelse.length) out.push({ kind: 'If', pos, test: name(end), body: orelse, orelse: [] });
    if (iterable.kind === 'Call') {
      // Over a fresh object (`async for x in agen():`), nothing else refers to it once the loop
      // is left: CPython's finalizer then closes an async generator left unfinished (break,
      // return, an exception), in a task, so its finally blocks run. The same here.
      this.usesAsyncForDrop = true;
      const dropped: S.Stmt = { kind: 'ExprStmt', pos, expr: { kind: 'Call', pos, func: name('$agen_dropped'), args: [name(it)], keywords: [] } };
      const [init, flag, ...rest] = out;
      return { kind: 'If', pos, test: { kind: 'Bool', pos, value: true }, body: [init, flag, { kind: 'Try', pos, body: rest, handlers: [], orelse: [], finalbody: [dropped] }], orelse: [] };
    }
    return { kind: 'If', pos, test: { kind: 'Bool', pos, value: true }, body: out, orelse: [] };
  }

  /**
   * A comprehension with an `async for` clause runs in a coroutine of its
   * own, awaited where it stands (CPython's is one too):
   *   [e async for x in A if c]  =>  await <listcomp>(A)
   *   async def <listcomp>(.0): $r = []; async for x in .0: if c: $r.append(e)
   *                             return $r
   * (its other clauses nest inside, `for` or `async for`).
   */
  private asyncComprehension(pos: SourcePos, kind: 'list' | 'set' | 'dict', parts: S.Expr[], generators: S.Comprehension[]): S.Expr {
    const result = `$acomp${++this.asyncForCounter}`;
    const name = (id: string): S.NameExpr => ({ kind: 'Name', id, pos });
    const method = (attr: string, args: S.Expr[]): S.Stmt => ({ kind: 'ExprStmt', pos, expr: { kind: 'Call', pos, func: { kind: 'Attribute', pos, value: name(result), attr }, args, keywords: [] } });
    let body: S.Stmt[] =
      kind === 'list' ? [method('append', parts)] : kind === 'set' ? [method('add', parts)] : [{ kind: 'Assign', pos, targets: [{ kind: 'Subscript', pos, value: name(result), index: parts[0] }], value: parts[1] }];
    for (let i = generators.length - 1; i >= 0; i--) {
      const g = generators[i];
      for (let j = g.ifs.length - 1; j >= 0; j--) body = [{ kind: 'If', pos: g.ifs[j].pos, test: g.ifs[j], body, orelse: [] }];
      const iter: S.Expr = i === 0 ? name('.0') : g.iter;
      body = [g.isAsync ? this.asyncForLoop(g.pos, g.target, iter, body, []) : { kind: 'For', pos: g.pos, target: g.target, iter, body, orelse: [] }];
    }
    const empty: S.Expr = kind === 'list' ? { kind: 'List', pos, elts: [] } : kind === 'set' ? { kind: 'Call', pos, func: name('set'), args: [], keywords: [] } : { kind: 'Dict', pos, keys: [], values: [] };
    const def: S.FunctionDef = {
      kind: 'FunctionDef',
      pos,
      name: `<${kind === 'list' ? 'listcomp' : kind === 'set' ? 'setcomp' : 'dictcomp'}>`,
      namePos: pos,
      isAsync: true,
      params: [{ name: '.0', defaultValue: null, pos, kind: 'normal' }],
      body: [{ kind: 'Assign', pos, targets: [name(result)], value: empty }, ...body, { kind: 'Return', pos, value: name(result) }],
      decorators: [],
    };
    const call: S.CallExpr = { kind: 'Call', pos, func: { kind: 'Lambda', pos, def }, args: [generators[0].iter], keywords: [] };
    return { kind: 'Yield', pos, from: true, value: call, isAwait: true };
  }

  /**
   * `(e async for x in A if c)` is an async generator, as in CPython:
   * `<genexpr>(A)` with `async def <genexpr>(.0): async for x in .0: if c: yield e`
   * (made an asyncio._AsyncGenerator like any async generator).
   */
  private asyncGeneratorExpression(pos: SourcePos, elt: S.Expr, generators: S.Comprehension[]): S.Expr {
    let body: S.Stmt[] = [{ kind: 'ExprStmt', pos: elt.pos, expr: { kind: 'Yield', pos: elt.pos, value: elt, from: false } }];
    for (let i = generators.length - 1; i >= 0; i--) {
      const g = generators[i];
      for (let j = g.ifs.length - 1; j >= 0; j--) body = [{ kind: 'If', pos: g.ifs[j].pos, test: g.ifs[j], body, orelse: [] }];
      const iter: S.Expr = i === 0 ? { kind: 'Name', pos: g.iter.pos, id: '.0' } : g.iter;
      body = [g.isAsync ? this.asyncForLoop(g.pos, g.target, iter, body, []) : { kind: 'For', pos: g.pos, target: g.target, iter, body, orelse: [] }];
    }
    const def = this.asyncGenerator({ kind: 'FunctionDef', pos, name: '<genexpr>', namePos: pos, isAsync: true, params: [{ name: '.0', defaultValue: null, pos, kind: 'normal' }], body, decorators: [] });
    return { kind: 'Call', pos, func: { kind: 'Lambda', pos, def }, args: [generators[0].iter], keywords: [] };
  }

  private elseChain(alternatives: TsNode[], i: number): S.Stmt[] {
    if (i >= alternatives.length) return [];
    const alt = alternatives[i];
    if (alt.type === 'else_clause') return this.bodyOf(alt.childForFieldName('body'));
    // elif_clause
    return [
      {
        kind: 'If',
        pos: this.pos(alt),
        test: this.expr(alt.childForFieldName('condition')!),
        body: this.bodyOf(alt.childForFieldName('consequence')),
        orelse: this.elseChain(alternatives, i + 1),
      },
    ];
  }

  private functionDef(node: TsNode, decorators: S.Expr[]): S.FunctionDef | null {
    const nameNode = node.childForFieldName('name')!;
    // `def first[T](xs: list[T]) -> T:` (3.12): the type parameters name types for annotations, which are not
    // compiled; reading T as a value fails to build (parseModule), where CPython gives a TypeVar.
    this.declareTypeParameters(node);
    const params = this.parameters(node.childForFieldName('parameters'));
    const isAsync = node.children.some((c) => c.type === 'async');
    this.functionKinds.push(isAsync ? 'async' : 'sync');
    let body: S.Stmt[];
    try {
      body = this.bodyOf(node.childForFieldName('body'));
    } finally {
      this.functionKinds.pop();
    }
    const def: S.FunctionDef = { kind: 'FunctionDef', pos: this.pos(node), name: nameNode.text, namePos: this.pos(nameNode), isAsync, params, body, decorators };
    if (isAsync) {
      let generator = false;
      for (const e of exprsOf(body)) {
        if (e.kind !== 'Yield' || e.isAwait) continue;
        if (e.from) this.failAt(e.pos, "'yield from' inside async function");
        generator = true;
      }
      if (generator) return this.asyncGenerator(def);
    }
    return def;
  }

  /** What encloses the code being parsed: an `async def`, a `def` (or lambda), a lazy generator expression; empty at module level. */
  private readonly functionKinds: ('async' | 'sync' | 'genexp')[] = [];
  /** Does this module define async generators (which need asyncio's wrapper class)? */
  usesAsyncGenerators = false;
  /** Does it have an `async for` over a fresh object (asyncio._agen_dropped closes an async generator left there)? */
  usesAsyncForDrop = false;

  /**
   * `await e` is `yield from` the awaitable: a coroutine is a generator here,
   * and a Future's `__iter__` yields it until it is done (compiler/pylib/asyncio.py).
   */
  private awaitExpr(node: TsNode, pos: SourcePos): S.Expr {
    const kind = this.functionKinds[this.functionKinds.length - 1];
    const inner = codeChildren(node);
    if (kind === 'genexp') return this.bad(node, 'await inside a generator expression');
    if (kind !== 'async') {
      this.fail(node, kind === 'sync' ? "'await' outside async function" : "'await' outside function", 'await is only valid inside an async def');
      return { kind: 'None', pos };
    }
    return { kind: 'Yield', pos, from: true, value: this.expr(inner[0]), isAwait: true };
  }

  /**
   * An async generator (`async def` with `yield`) is a function returning an
   * asyncio._AsyncGenerator over a nested generator with the same body:
   * its awaits pass the futures they wait on through that generator (as any
   * coroutine's do), and each `yield v` yields `_AsyncGenItem(v)`, which
   * `__anext__` returns as the next item.
   *   async def f(a): B   =>   def f(a): def f(): B'; return $AsyncGenerator(f())
   */
  private asyncGenerator(def: S.FunctionDef): S.FunctionDef {
    this.usesAsyncGenerators = true;
    const pos = def.pos;
    // Nested functions, lambdas and classes are their own: their yields and returns stay theirs.
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const n = node as S.Expr | S.Stmt;
      if (n.kind === 'FunctionDef' || n.kind === 'ClassDef' || n.kind === 'Lambda') return;
      for (const [key, child] of Object.entries(n)) if (key !== 'pos' && key !== 'namePos') visit(child);
      if (n.kind === 'Yield' && !n.from) {
        const value: S.Expr = n.value ?? { kind: 'None', pos: n.pos };
        n.value = { kind: 'Call', pos: n.pos, func: { kind: 'Name', pos: n.pos, id: '$AsyncGenItem' }, args: [value], keywords: [] };
      }
      if (n.kind === 'Return' && n.value) this.failAt(n.pos, "'return' with value in async generator");
    };
    visit(def.body);
    const inner: S.FunctionDef = { ...def, isAsync: false, params: [], decorators: [] };
    const call = (f: string, args: S.Expr[]): S.Expr => ({ kind: 'Call', pos, func: { kind: 'Name', pos, id: f }, args, keywords: [] });
    return { ...def, isAsync: false, body: [inner, { kind: 'Return', pos, value: call('$AsyncGenerator', [call(def.name, [])]) }] };
  }

  private parameters(list: TsNode | null): S.Param[] {
    const params: S.Param[] = [];
    let kwOnly = false;
    const plain = (id: TsNode, defaultValue: S.Expr | null) => params.push({ name: id.text, defaultValue, pos: this.pos(id), kind: kwOnly ? 'kwonly' : 'normal' });
    const splat = (node: TsNode) => {
      const id = node.namedChildren.find((c) => c.type === 'identifier');
      if (!id) return;
      if (node.type === 'list_splat_pattern') {
        params.push({ name: id.text, defaultValue: null, pos: this.pos(id), kind: 'varargs' });
        kwOnly = true;
      } else params.push({ name: id.text, defaultValue: null, pos: this.pos(id), kind: 'varkw' });
    };
    for (const p of list?.namedChildren ?? []) {
      switch (p.type) {
        case 'identifier':
          plain(p, null);
          break;
        case 'typed_parameter': {
          const inner = p.namedChildren.find((c) => c.type === 'identifier' || c.type === 'list_splat_pattern' || c.type === 'dictionary_splat_pattern');
          if (!inner) this.unsupported(p.namedChildren[0] ?? p);
          else if (inner.type === 'identifier') {
            plain(inner, null);
            const type = p.childForFieldName('type')?.namedChildren[0] ?? null;
            if (type && (type.type === 'identifier' || type.type === 'attribute')) params[params.length - 1].annotation = type.text;
          } else splat(inner);
          break;
        }
        case 'default_parameter':
        case 'typed_default_parameter':
          plain(p.childForFieldName('name')!, this.expr(p.childForFieldName('value')!));
          break;
        case 'list_splat_pattern':
        case 'dictionary_splat_pattern':
          splat(p);
          break;
        case 'keyword_separator':
          kwOnly = true;
          break;
        case 'comment':
        case 'line_continuation':
        case 'positional_separator':
          break;
        default:
          this.unsupported(p);
      }
    }
    return params;
  }

  private expressionStatement(node: TsNode): S.Stmt | null {
    const children = codeChildren(node);
    const pos = this.pos(node);
    if (children.length !== 1) {
      // `a, b` as a statement: a tuple display evaluated for its effects
      return { kind: 'ExprStmt', pos, expr: { kind: 'Tuple', pos, elts: children.map((c) => this.expr(c)) } };
    }
    const inner = children[0];
    // `...` as a statement (a stub's body) does nothing, as `pass`.
    if (inner.type === 'ellipsis') return { kind: 'Pass', pos };
    if (inner.type === 'assignment') return this.assignment(inner, pos);
    if (inner.type === 'augmented_assignment') {
      const target = this.target(inner.childForFieldName('left')!);
      const opText = inner.childForFieldName('operator')!.text;
      if (target.kind !== 'Name' && target.kind !== 'Subscript' && target.kind !== 'Attribute') {
        this.fail(inner, "'tuple' is an illegal expression for augmented assignment");
        return null;
      }
      return { kind: 'AugAssign', pos, target: target as S.NameExpr | S.SubscriptExpr | S.AttributeExpr, op: opText.slice(0, -1) as S.BinaryOperator, value: this.expr(inner.childForFieldName('right')!) };
    }
    const expr = this.expr(inner);
    // setattr(obj, "name", value) as a statement is the assignment obj.name = value.
    if (expr.kind === 'Call' && expr.func.kind === 'Name' && expr.func.id === 'setattr' && expr.args.length === 3 && expr.args[1].kind === 'Str' && !expr.keywords.length) {
      const [obj, name, value] = expr.args as [S.Expr, S.StrExpr, S.Expr];
      return { kind: 'Assign', pos, targets: [{ kind: 'Attribute', pos: name.pos, value: obj, attr: name.value }], value };
    }
    return { kind: 'ExprStmt', pos, expr };
  }

  /** An assignment target: a name, subscript, attribute, or a (possibly starred) tuple/list of targets. */
  target(node: TsNode): S.Expr {
    const pos = this.pos(node);
    switch (node.type) {
      case 'identifier':
        return { kind: 'Name', id: node.text, pos };
      case 'subscript':
      case 'attribute':
        return this.expr(node);
      case 'parenthesized_expression': {
        const inner = codeChildren(node);
        return inner.length === 1 ? this.target(inner[0]) : this.bad(node, 'this assignment target');
      }
      case 'pattern_list':
      case 'tuple_pattern':
      case 'tuple':
      case 'expression_list':
      case 'list_pattern':
      case 'list': {
        const elts = codeChildren(node).map((c) => this.target(c));
        if (elts.filter((e) => e.kind === 'Starred').length > 1) this.fail(node, 'multiple starred expressions in assignment');
        return node.type === 'list_pattern' || node.type === 'list' ? { kind: 'List', pos, elts } : { kind: 'Tuple', pos, elts };
      }
      case 'list_splat_pattern':
      case 'list_splat': {
        const inner = codeChildren(node)[0];
        return { kind: 'Starred', pos, value: this.target(inner) };
      }
      default:
        this.fail(node, `cannot assign to ${node.type.replace(/_/g, ' ')}`, 'assign to a name, a subscript, an attribute or a tuple of those');
        return { kind: 'Name', id: '_', pos };
    }
  }

  private assignment(node: TsNode, pos: SourcePos): S.Stmt | null {
    // `a = b = v` nests: assignment(left a, right assignment(left b, right v)).
    const targets: S.Expr[] = [];
    let cur = node;
    let annotation: string | null = null;
    for (;;) {
      targets.push(this.target(cur.childForFieldName('left')!));
      annotation ??= cur.childForFieldName('type')?.text ?? null;
      const right = cur.childForFieldName('right');
      if (!right) {
        // `x: int` declares without assigning.
        return { kind: 'AnnAssign', pos, target: targets[0], value: null, annotation: annotation ?? '' };
      }
      if (right.type === 'assignment') {
        cur = right;
        continue;
      }
      const value = this.expr(right);
      if (annotation !== null && targets.length === 1) return { kind: 'AnnAssign', pos, target: targets[0], value, annotation };
      return { kind: 'Assign', pos, targets, value };
    }
  }

  /** The generator_expression node being parsed as an argument its consumer takes at once. */
  private consumedGenerator: TsNode | null = null;

  /** `consumed`: a generator expression here is exhausted at once by the call it is an argument of. */
  expr(node: TsNode, consumed = false): S.Expr {
    const pos = this.pos(node);
    if (consumed && node.type === 'generator_expression') this.consumedGenerator = node;
    switch (node.type) {
      case 'identifier':
        return { kind: 'Name', pos, id: node.text };
      case 'integer':
        return this.integer(node, pos);
      case 'float': {
        const text = node.text.replace(/_/g, '');
        if (/[jJ]$/.test(text)) return imaginaryLiteral(pos, Number(text.slice(0, -1)));
        return { kind: 'Float', pos, value: Number(text) };
      }
      case 'true':
        return { kind: 'Bool', pos, value: true };
      case 'false':
        return { kind: 'Bool', pos, value: false };
      case 'none':
        return { kind: 'None', pos };
      case 'string':
        return this.string(node);
      case 'concatenated_string':
        return this.concatenatedString(node);
      case 'parenthesized_expression': {
        const inner = codeChildren(node);
        if (inner.length !== 1) return { kind: 'Tuple', pos, elts: inner.map((c) => this.expr(c)) };
        return this.expr(inner[0]);
      }
      case 'binary_operator':
        if (bitwiseOperators.has(node.childForFieldName('operator')!.text)) return this.bitwiseChain(node);
        return {
          kind: 'Binary',
          pos,
          op: node.childForFieldName('operator')!.text as S.BinaryOperator,
          left: this.expr(node.childForFieldName('left')!),
          right: this.expr(node.childForFieldName('right')!),
        };
      case 'unary_operator':
        return { kind: 'Unary', pos, op: node.childForFieldName('operator')!.text as S.UnaryOperator, operand: this.expr(node.childForFieldName('argument')!) };
      case 'not_operator':
        return { kind: 'Unary', pos, op: 'not', operand: this.expr(node.childForFieldName('argument')!) };
      case 'boolean_operator':
        return {
          kind: 'BoolOp',
          pos,
          op: node.childForFieldName('operator')!.text as 'and' | 'or',
          left: this.expr(node.childForFieldName('left')!),
          right: this.expr(node.childForFieldName('right')!),
        };
      case 'comparison_operator':
        return this.comparison(node, pos);
      case 'conditional_expression': {
        const [body, test, orelse] = codeChildren(node);
        return { kind: 'IfExp', pos, body: this.expr(body), test: this.expr(test), orelse: this.expr(orelse) };
      }
      case 'call':
        return this.call(node, pos);
      case 'named_expression': {
        const name = node.childForFieldName('name')!;
        if (name.type !== 'identifier') return this.bad(name, 'this assignment expression target');
        return { kind: 'NamedExpr', pos, target: { kind: 'Name', pos: this.pos(name), id: name.text }, value: this.expr(node.childForFieldName('value')!) };
      }
      case 'await':
        return this.awaitExpr(node, pos);
      case 'yield': {
        const isFrom = node.children.some((c) => c.type === 'from');
        const inner = codeChildren(node);
        return { kind: 'Yield', pos, from: isFrom, value: inner.length ? this.expr(inner[0]) : null };
      }
      case 'lambda': {
        this.functionKinds.push('sync');
        let body: S.Expr;
        try {
          body = this.expr(node.childForFieldName('body')!);
        } finally {
          this.functionKinds.pop();
        }
        const def: S.FunctionDef = {
          kind: 'FunctionDef',
          pos,
          name: '<lambda>',
          namePos: pos,
          isAsync: false,
          params: this.parameters(node.childForFieldName('parameters')),
          body: [{ kind: 'Return', pos: body.pos, value: body }],
          decorators: [],
        };
        return { kind: 'Lambda', pos, def };
      }
      case 'list':
        return { kind: 'List', pos, elts: this.items(node) };
      case 'tuple':
      case 'expression_list':
        return { kind: 'Tuple', pos, elts: this.items(node) };
      case 'set':
        return { kind: 'Set', pos, elts: this.items(node) };
      case 'dictionary': {
        let keys: S.Expr[] = [];
        let values: S.Expr[] = [];
        // `{**a, 'k': v, **b}`: the parts in order (each `**x`, and each run of pairs as a display).
        const parts: S.Expr[] = [];
        for (const c of node.namedChildren) {
          if (isExtra(c)) continue;
          if (c.type === 'dictionary_splat') {
            if (keys.length) parts.push({ kind: 'Dict', pos: keys[0].pos, keys, values });
            keys = [];
            values = [];
            parts.push(this.expr(c.namedChildren.find((x) => !isExtra(x))!));
            continue;
          }
          if (c.type !== 'pair') {
            this.unsupported(c, `${c.type} in a dict display`);
            continue;
          }
          keys.push(this.expr(c.childForFieldName('key')!));
          values.push(this.expr(c.childForFieldName('value')!));
        }
        if (!parts.length) return { kind: 'Dict', pos, keys, values };
        if (keys.length) parts.push({ kind: 'Dict', pos: keys[0].pos, keys, values });
        return mergedDictDisplay(pos, parts);
      }
      case 'subscript': {
        const subs = node.childrenForFieldName('subscript');
        const index = subs.length === 1 ? this.expr(subs[0]) : ({ kind: 'Tuple', pos: this.pos(subs[0]), elts: subs.map((x) => this.expr(x)) } as S.Expr);
        return { kind: 'Subscript', pos, value: this.expr(node.childForFieldName('value')!), index };
      }
      case 'slice': {
        // children: [lower] ':' [upper] [':' [step]]
        const parts: (S.Expr | null)[] = [null, null, null];
        let k = 0;
        for (const c of node.children) {
          if (c.type === ':') k++;
          else if (c.isNamed && !isExtra(c)) parts[k] = this.expr(c);
        }
        return { kind: 'Slice', pos, lower: parts[0], upper: parts[1], step: parts[2] };
      }
      case 'attribute': {
        let value = this.expr(node.childForFieldName('object')!);
        const attr = node.childForFieldName('attribute')!.text;
        // str.maketrans, dict.fromkeys and float.fromhex are static: an empty instance gives the same method.
        if (value.kind === 'Name' && ((value.id === 'str' && attr === 'maketrans') || (value.id === 'dict' && attr === 'fromkeys'))) {
          value = value.id === 'str' ? { kind: 'Str', pos: value.pos, value: '' } : { kind: 'Dict', pos: value.pos, keys: [], values: [] };
        } else if (value.kind === 'Name' && value.id === 'float' && attr === 'fromhex') {
          value = { kind: 'Float', pos: value.pos, value: 0 };
        }
        // bytes.fromhex, bytes.maketrans and int.from_bytes likewise (bytes and bytearray are dynamic values: obj/bytes_methods.c, codecs.c).
        if (value.kind === 'Name' && ((value.id === 'bytes' || value.id === 'bytearray') && (attr === 'fromhex' || attr === 'maketrans'))) {
          value = { kind: 'Call', pos: value.pos, func: { kind: 'Name', pos: value.pos, id: value.id }, args: [], keywords: [] };
        } else if (value.kind === 'Name' && value.id === 'int' && attr === 'from_bytes') {
          value = { kind: 'Call', pos: value.pos, func: { kind: 'Name', pos: value.pos, id: 'bytes' }, args: [], keywords: [] };
          return { kind: 'Attribute', pos, value: { kind: 'Call', pos, func: { kind: 'Name', pos, id: 'len' }, args: [value], keywords: [] }, attr };
        }
        const typeOf = typeCallArg(value);
        if (typeOf && attr === '__name__') return typeNameCall(pos, typeOf);
        // x.__class__ is type(x) (so x.__class__.__name__ is type(x).__name__, rewritten above).
        if (attr === '__class__') {
          return { kind: 'Call', pos, func: { kind: 'Name', pos, id: 'type' }, args: [value], keywords: [] };
        }
        return { kind: 'Attribute', pos, value, attr };
      }
      case 'list_splat':
        return { kind: 'Starred', pos, value: this.expr(codeChildren(node)[0]) };
      case 'list_comprehension':
      case 'set_comprehension':
      case 'generator_expression': {
        const consumed = this.consumedGenerator === node;
        this.consumedGenerator = null;
        const body = node.childForFieldName('body')!;
        // A generator expression's body is a function of its own: with an `async for` clause, an
        // async generator (where await is allowed too); otherwise an await would make it one.
        const asyncGenexp = node.type === 'generator_expression' && node.namedChildren.some((c) => c.type === 'for_in_clause' && c.children.some((x) => x.type === 'async'));
        if (asyncGenexp && this.functionKinds[this.functionKinds.length - 1] !== 'async') {
          this.fail(node, 'asynchronous comprehension outside of an asynchronous function', 'async for is only valid inside an async def');
        }
        if (node.type === 'generator_expression') this.functionKinds.push(asyncGenexp ? 'async' : 'genexp');
        let generators: S.Comprehension[];
        let elt: S.Expr;
        try {
          generators = this.comprehensionClauses(node);
          elt = this.expr(body);
        } finally {
          if (node.type === 'generator_expression') this.functionKinds.pop();
        }
        if (asyncGenexp) return this.asyncGeneratorExpression(pos, elt, generators);
        if (generators.some((g) => g.isAsync)) return this.asyncComprehension(pos, node.type === 'list_comprehension' ? 'list' : 'set', [elt], generators);
        if (node.type === 'list_comprehension') return { kind: 'ListComp', pos, elt, generators };
        if (node.type === 'set_comprehension') return { kind: 'SetComp', pos, elt, generators };
        return consumed ? { kind: 'GeneratorExp', pos, elt, generators } : generatorFunctionCall(pos, elt, generators);
      }
      case 'dictionary_comprehension': {
        const pair = node.childForFieldName('body')!;
        const generators = this.comprehensionClauses(node);
        const key = this.expr(pair.childForFieldName('key')!);
        const value = this.expr(pair.childForFieldName('value')!);
        if (generators.some((g) => g.isAsync)) return this.asyncComprehension(pos, 'dict', [key, value], generators);
        return { kind: 'DictComp', pos, key, value, generators };
      }
      default:
        return this.bad(node);
    }
  }

  private items(node: TsNode): S.Expr[] {
    return codeChildren(node).map((c) => this.expr(c));
  }

  private comprehensionClauses(node: TsNode): S.Comprehension[] {
    const out: S.Comprehension[] = [];
    for (const c of node.namedChildren) {
      if (c.type === 'for_in_clause') {
        const isAsync = c.children.some((x) => x.type === 'async');
        const kind = this.functionKinds[this.functionKinds.length - 1];
        if (isAsync && kind !== 'async' && kind !== 'genexp') this.fail(c, 'asynchronous comprehension outside of an asynchronous function', 'async for is only valid inside an async def');
        const rights = c.childrenForFieldName('right');
        const iter = rights.length === 1 ? this.expr(rights[0]) : ({ kind: 'Tuple', pos: this.pos(rights[0]), elts: rights.map((r) => this.expr(r)) } as S.Expr);
        out.push({ target: this.target(c.childForFieldName('left')!), iter, ifs: [], pos: this.pos(c), isAsync });
      } else if (c.type === 'if_clause') {
        const cond = codeChildren(c)[0];
        out[out.length - 1].ifs.push(this.expr(cond));
      }
    }
    return out;
  }

  // ---- match statements, desugared to tests and bindings on a subject temporary

  private matchCounter = 0;

  /**
   * `match s: case P if g: body ...` becomes
   *   $mN = s; $doneN = False
   *   if <P matches $mN>: <P's bindings>; if g: $doneN = True; body
   *   if not $doneN and <next P>: ...
   */
  private matchStatement(node: TsNode, pos: SourcePos): S.Stmt | null {
    const n = ++this.matchCounter;
    const name = (id: string): S.NameExpr => ({ kind: 'Name', id, pos });
    const subj = `$m${n}`;
    const done = `$done${n}`;
    const out: S.Stmt[] = [
      { kind: 'Assign', pos, targets: [name(subj)], value: this.expr(node.childForFieldName('subject')!) },
      { kind: 'Assign', pos, targets: [name(done)], value: { kind: 'Bool', pos, value: false } },
    ];
    const body = node.childForFieldName('body');
    const clauses = (body?.namedChildren ?? []).filter((c) => c.type === 'case_clause');
    clauses.forEach((clause, i) => {
      const cpos = this.pos(clause);
      const patterns = clause.namedChildren.filter((c) => c.type === 'case_pattern');
      const guardNode = clause.childForFieldName('guard');
      const bindings: [string, S.Expr][] = [];
      let test: S.Expr;
      if (patterns.length === 1) test = this.pattern(patterns[0], name(subj), bindings);
      else {
        // `case a, b:` is a sequence pattern without brackets
        test = this.sequencePattern(patterns, name(subj), bindings, cpos);
      }
      const bodyStmts = this.bodyOf(clause.childForFieldName('consequence'));
      const binds: S.Stmt[] = bindings.map(([id, value]) => ({ kind: 'Assign', pos: cpos, targets: [{ kind: 'Name', id, pos: cpos }], value }));
      const markDone: S.Stmt = { kind: 'Assign', pos: cpos, targets: [name(done)], value: { kind: 'Bool', pos: cpos, value: true } };
      const guarded: S.Stmt[] = guardNode
        ? [{ kind: 'If', pos: cpos, test: this.expr(codeChildren(guardNode)[0]), body: [markDone, ...bodyStmts], orelse: [] }]
        : [markDone, ...bodyStmts];
      const fullTest: S.Expr = i === 0 ? test : { kind: 'BoolOp', pos: cpos, op: 'and', left: { kind: 'Unary', pos: cpos, op: 'not', operand: name(done) }, right: test };
      out.push({ kind: 'If', pos: cpos, test: fullTest, body: [...binds, ...guarded], orelse: [] });
    });
    return { kind: 'If', pos, test: { kind: 'Bool', pos, value: true }, body: out, orelse: [] };
  }

  private callNamed(fn: string, args: S.Expr[], pos: SourcePos): S.Expr {
    return { kind: 'Call', pos, func: { kind: 'Name', id: fn, pos }, args, keywords: [] };
  }

  private and(a: S.Expr, b: S.Expr): S.Expr {
    if (a.kind === 'Bool' && a.value) return b;
    if (b.kind === 'Bool' && b.value) return a;
    return { kind: 'BoolOp', pos: a.pos, op: 'and', left: a, right: b };
  }

  /** The test that `node` (a case_pattern or one of its forms) matches `subj`; captures go to `bindings`. */
  private pattern(node: TsNode, subj: S.Expr, bindings: [string, S.Expr][]): S.Expr {
    const pos = this.pos(node);
    const yes: S.Expr = { kind: 'Bool', pos, value: true };
    if (node.type === 'case_pattern') {
      const inner = codeChildren(node);
      if (inner.length === 0) return yes; // `_`
      return this.pattern(inner[0], subj, bindings);
    }
    switch (node.type) {
      case 'dotted_name': {
        const parts = node.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text);
        if (parts.length === 1) {
          if (parts[0] !== '_') bindings.push([parts[0], subj]);
          return yes;
        }
        // A value pattern: Color.RED
        let value: S.Expr = { kind: 'Name', id: parts[0], pos };
        for (const p of parts.slice(1)) value = { kind: 'Attribute', pos, value, attr: p };
        return { kind: 'Compare', pos, left: subj, ops: ['=='], comparators: [value] };
      }
      case 'integer':
      case 'float':
      case 'string':
      case 'concatenated_string': {
        const text = node.text;
        const value = text.startsWith('-') ? ({ kind: 'Unary', pos, op: '-', operand: this.expr({ ...node, text: text.slice(1) } as TsNode) } as S.Expr) : this.expr(node);
        return { kind: 'Compare', pos, left: subj, ops: ['=='], comparators: [value] };
      }
      case 'none':
      case 'true':
      case 'false':
        return { kind: 'Compare', pos, left: subj, ops: ['is'], comparators: [this.expr(node)] };
      case 'union_pattern': {
        const alts = codeChildren(node);
        const captures = alts.map((a) => {
          const local: [string, S.Expr][] = [];
          return { test: this.pattern(a, subj, local), local, node: a };
        });
        const names = (c: (typeof captures)[number]) => c.local.map(([id]) => id).sort().join(' ');
        const differing = captures.find((c) => names(c) !== names(captures[0]));
        if (differing) this.fail(differing.node, 'alternative patterns bind different names');
        if (!captures[0].local.length) return captures.map((c) => c.test).reduce((acc, t) => ({ kind: 'BoolOp', pos, op: 'or', left: acc, right: t }));
        // `case int(n) | float(n)`: the alternative that matched is numbered in `$altN` as the test runs (CPython
        // tries them in order and stops at the first), and each name takes its value from that alternative.
        const alt = `$alt${++this.matchCounter}`;
        const numbered = captures.map((c, i): S.Expr => {
          const mark: S.Expr = { kind: 'Compare', pos, left: { kind: 'NamedExpr', pos, target: { kind: 'Name', id: alt, pos }, value: { kind: 'Int', pos, value: BigInt(i) } }, ops: ['=='], comparators: [{ kind: 'Int', pos, value: BigInt(i) }] };
          return this.and(c.test, mark);
        });
        for (const [id] of captures[0].local) {
          const valueIn = (c: (typeof captures)[number]) => c.local.find(([other]) => other === id)![1];
          let value = valueIn(captures[captures.length - 1]);
          for (let i = captures.length - 2; i >= 0; i--) {
            const isAlt: S.Expr = { kind: 'Compare', pos, left: { kind: 'Name', id: alt, pos }, ops: ['=='], comparators: [{ kind: 'Int', pos, value: BigInt(i) }] };
            value = { kind: 'IfExp', pos, test: isAlt, body: valueIn(captures[i]), orelse: value };
          }
          bindings.push([id, value]);
        }
        return numbered.reduce((acc, t) => ({ kind: 'BoolOp', pos, op: 'or', left: acc, right: t }));
      }
      case 'as_pattern': {
        const [p, id] = codeChildren(node);
        const t = this.pattern(p, subj, bindings);
        bindings.push([id.text, subj]);
        return t;
      }
      case 'tuple_pattern': {
        // `(p)` is p itself, a group (tree-sitter gives it as a tuple pattern); `(p,)` is a sequence of one.
        const items = codeChildren(node);
        if (items.length === 1 && !node.children.some((c) => c.type === ',')) return this.pattern(items[0], subj, bindings);
        return this.sequencePattern(items, subj, bindings, pos);
      }
      case 'list_pattern':
        return this.sequencePattern(codeChildren(node), subj, bindings, pos);
      case 'dict_pattern':
        return this.mappingPattern(node, subj, bindings, pos);
      case 'class_pattern':
        return this.classPattern(node, subj, bindings, pos);
      default:
        this.unsupported(node, `${node.type.replace(/_/g, ' ')} in case`);
        return yes;
    }
  }

  private sequencePattern(items: TsNode[], subj: S.Expr, bindings: [string, S.Expr][], pos: SourcePos): S.Expr {
    const star = items.findIndex((c) => c.type === 'splat_pattern' || (c.type === 'case_pattern' && c.namedChildren[0]?.type === 'splat_pattern'));
    const n = items.length;
    const isSeq = this.callNamed('isinstance', [subj, { kind: 'Tuple', pos, elts: [{ kind: 'Name', id: 'list', pos }, { kind: 'Name', id: 'tuple', pos }] }], pos);
    const len = this.callNamed('len', [subj], pos);
    const count: S.Expr =
      star < 0
        ? { kind: 'Compare', pos, left: len, ops: ['=='], comparators: [{ kind: 'Int', pos, value: BigInt(n) }] }
        : { kind: 'Compare', pos, left: len, ops: ['>='], comparators: [{ kind: 'Int', pos, value: BigInt(n - 1) }] };
    let test = this.and(isSeq, count);
    items.forEach((item, i) => {
      if (i === star) {
        const splat = item.type === 'splat_pattern' ? item : item.namedChildren[0];
        const id = splat.namedChildren.find((c) => c.type === 'identifier');
        if (id && id.text !== '_') {
          const after = n - star - 1;
          const stop: S.Expr = { kind: 'Binary', pos, op: '-', left: this.callNamed('len', [subj], pos), right: { kind: 'Int', pos, value: BigInt(after) } };
          bindings.push([id.text, this.callNamed('list', [{ kind: 'Subscript', pos, value: subj, index: { kind: 'Slice', pos, lower: { kind: 'Int', pos, value: BigInt(star) }, upper: stop, step: null } }], pos)]);
        }
        return;
      }
      const index: S.Expr = star >= 0 && i > star ? { kind: 'Unary', pos, op: '-', operand: { kind: 'Int', pos, value: BigInt(n - i) } } : { kind: 'Int', pos, value: BigInt(i) };
      test = this.and(test, this.pattern(item, { kind: 'Subscript', pos, value: subj, index }, bindings));
    });
    return test;
  }

  private mappingPattern(node: TsNode, subj: S.Expr, bindings: [string, S.Expr][], pos: SourcePos): S.Expr {
    let test = this.callNamed('isinstance', [subj, { kind: 'Name', id: 'dict', pos }], pos);
    const keys = node.childrenForFieldName('key');
    const values = node.childrenForFieldName('value');
    const keyExprs: S.Expr[] = [];
    keys.forEach((k, i) => {
      const key = this.expr(k);
      keyExprs.push(key);
      test = this.and(test, { kind: 'Compare', pos, left: key, ops: ['in'], comparators: [subj] });
      test = this.and(test, this.pattern(values[i], { kind: 'Subscript', pos, value: subj, index: key }, bindings));
    });
    const rest = node.namedChildren.find((c) => c.type === 'splat_pattern');
    const restId = rest?.namedChildren.find((c) => c.type === 'identifier');
    if (restId) {
      const k: S.NameExpr = { kind: 'Name', id: '$k', pos };
      const v: S.NameExpr = { kind: 'Name', id: '$v', pos };
      bindings.push([
        restId.text,
        {
          kind: 'DictComp',
          pos,
          key: k,
          value: v,
          generators: [
            {
              target: { kind: 'Tuple', pos, elts: [k, v] },
              iter: { kind: 'Call', pos, func: { kind: 'Attribute', pos, value: subj, attr: 'items' }, args: [], keywords: [] },
              ifs: [{ kind: 'Compare', pos, left: k, ops: ['not in'], comparators: [{ kind: 'Tuple', pos, elts: keyExprs }] }],
              pos,
            },
          ],
        },
      ]);
    }
    return test;
  }

  private classPattern(node: TsNode, subj: S.Expr, bindings: [string, S.Expr][], pos: SourcePos): S.Expr {
    const [clsNode, ...subs] = codeChildren(node);
    const parts = clsNode.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text);
    let cls: S.Expr = { kind: 'Name', id: parts[0], pos };
    for (const p of parts.slice(1)) cls = { kind: 'Attribute', pos, value: cls, attr: p };
    const isInstance = this.callNamed('isinstance', [subj, cls], pos) as S.CallExpr;
    let test: S.Expr = isInstance;
    const selfMatching = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);
    subs.forEach((sub, i) => {
      const inner = sub.type === 'case_pattern' ? sub.namedChildren[0] : sub;
      if (inner?.type === 'keyword_pattern') {
        const [attr, value] = codeChildren(inner);
        test = this.and(test, this.pattern(value, { kind: 'Attribute', pos, value: subj, attr: attr.text }, bindings));
        return;
      }
      if (parts.length === 1 && selfMatching.has(parts[0])) {
        if (i > 0) this.unsupported(sub, `several positional sub-patterns for ${parts[0]}()`);
        test = this.and(test, this.pattern(sub, subj, bindings));
        return;
      }
      const attr: S.AttributeExpr = { kind: 'Attribute', pos: this.pos(sub), value: subj, attr: '', matchArg: { test: isInstance, index: i } };
      test = this.and(test, this.pattern(sub, attr, bindings));
    });
    return test;
  }

  private withCounter = 0;

  /**
   * `with A as a: body` desugars to what CPython runs:
   *   $mgrN = A; a = $mgrN.__enter__(); $okN = True
   *   try:
   *     try: body
   *     except BaseException as $excN:
   *       $okN = False
   *       if not $mgrN.__exit__(type($excN), $excN, None): raise
   *   finally:
   *     if $okN: $mgrN.__exit__(None, None, None)
   * (the traceback argument is None.)
   */
  private withStatement(node: TsNode, pos: SourcePos): S.Stmt | null {
    const isAsync = node.children.some((c) => c.type === 'async');
    if (isAsync && this.functionKinds[this.functionKinds.length - 1] !== 'async') {
      this.fail(node, "'async with' outside async function", 'async with is only valid inside an async def');
      return null;
    }
    const items: { value: S.Expr; target: S.Expr | null }[] = [];
    const clause = node.namedChildren.find((c) => c.type === 'with_clause');
    for (const item of clause?.namedChildren ?? []) {
      if (item.type !== 'with_item') continue;
      let v = item.childForFieldName('value')!;
      if (v.type === 'parenthesized_expression' && v.namedChildren.length === 1 && v.namedChildren[0].type === 'as_pattern') v = v.namedChildren[0];
      if (v.type === 'as_pattern') {
        const [expr] = v.namedChildren.filter((x) => !isExtra(x) && x.type !== 'as_pattern_target');
        const alias = v.childForFieldName('alias')!;
        const targetNode = alias.namedChildren[0] ?? alias;
        items.push({ value: this.expr(expr), target: this.target(targetNode) });
      } else items.push({ value: this.expr(v), target: null });
    }
    let body = this.bodyOf(node.childForFieldName('body'));
    for (let i = items.length - 1; i >= 0; i--) body = this.desugarWith(items[i].value, items[i].target, body, pos, isAsync);
    return body.length === 1 ? body[0] : { kind: 'If', pos, test: { kind: 'Bool', pos, value: true }, body, orelse: [] };
  }

  private desugarWith(value: S.Expr, target: S.Expr | null, body: S.Stmt[], pos: SourcePos, isAsync = false): S.Stmt[] {
    const n = ++this.withCounter;
    const name = (id: string): S.NameExpr => ({ kind: 'Name', id, pos });
    const mgr = `$mgr${n}`;
    const ok = `$ok${n}`;
    const exc = `$exc${n}`;
    // `async with`: the same, with `await m.__aenter__()` and `await m.__aexit__(...)`.
    const awaited = (e: S.Expr): S.Expr => (isAsync ? { kind: 'Yield', pos, from: true, value: e, isAwait: true } : e);
    const callExit = (args: S.Expr[]): S.Expr => awaited({ kind: 'Call', pos, func: { kind: 'Attribute', pos, value: name(mgr), attr: isAsync ? '__aexit__' : '__exit__' }, args, keywords: [] });
    const none: S.Expr = { kind: 'None', pos };
    const enter: S.Expr = awaited({ kind: 'Call', pos, func: { kind: 'Attribute', pos, value: name(mgr), attr: isAsync ? '__aenter__' : '__enter__' }, args: [], keywords: [] });
    return [
      { kind: 'Assign', pos, targets: [name(mgr)], value },
      target ? { kind: 'Assign', pos, targets: [target], value: enter } : { kind: 'ExprStmt', pos, expr: enter },
      { kind: 'Assign', pos, targets: [name(ok)], value: { kind: 'Bool', pos, value: true } },
      {
        kind: 'Try',
        pos,
        body: [
          {
            kind: 'Try',
            pos,
            body,
            handlers: [
              {
                type: name('BaseException'),
                name: exc,
                pos,
                body: [
                  { kind: 'Assign', pos, targets: [name(ok)], value: { kind: 'Bool', pos, value: false } },
                  { kind: 'If', pos, test: { kind: 'Unary', pos, op: 'not', operand: callExit([{ kind: 'Call', pos, func: name('type'), args: [name(exc)], keywords: [] }, name(exc), none]) }, body: [{ kind: 'Raise', pos, exc: null, cause: null }], orelse: [] },
                ],
              },
            ],
            orelse: [],
            finalbody: [],
          },
        ],
        handlers: [],
        orelse: [],
        finalbody: [{ kind: 'If', pos, test: name(ok), body: [{ kind: 'ExprStmt', pos, expr: callExit([none, none, none]) }], orelse: [] }],
      },
    ];
  }

  private tryStatement(node: TsNode, pos: SourcePos): S.Stmt {
    const handlers: S.ExceptHandler[] = [];
    let orelse: S.Stmt[] = [];
    let finalbody: S.Stmt[] = [];
    // tree-sitter-python 0.25 parses `except* T` as an except_clause with a `*` token (no except_group_clause).
    const starred = (c: TsNode) => c.type === 'except_clause' && c.children.some((x) => x.type === '*');
    const clauses = node.namedChildren.filter((c) => c.type === 'except_clause');
    const star = clauses.some(starred);
    if (star && !clauses.every(starred)) {
      this.fail(node, "cannot have both 'except' and 'except*' on the same 'try'", "make every clause of this try statement 'except' or every one 'except*'");
    }
    for (const c of node.namedChildren) {
      if (c.type === 'except_clause') {
        let type: S.Expr | null = null;
        let name: string | null = null;
        const value = c.childForFieldName('value');
        if (value) {
          if (value.type === 'as_pattern') {
            const [what] = value.namedChildren.filter((x) => !isExtra(x) && x.type !== 'as_pattern_target');
            type = this.expr(what);
            const alias = value.childForFieldName('alias');
            name = alias ? alias.text : null;
          } else type = this.expr(value);
        }
        const block = c.namedChildren.find((x) => x.type === 'block');
        const body = block ? this.block(block) : [];
        if (star) {
          if (!type) this.fail(c, 'expected one or more exception types', "name the exception classes this 'except*' clause handles");
          else if (type.kind === 'Name' && (type.id === 'ExceptionGroup' || type.id === 'BaseExceptionGroup')) {
            this.fail(c, "catching ExceptionGroup with except* is not allowed. Use except instead.", "CPython raises this TypeError when the clause runs: catch the group with a plain 'except'");
          }
          const jump = exceptStarJump(body, false);
          if (jump) this.fail(c, "'break', 'continue' and 'return' cannot appear in an except* block", `move the '${jump}' out of the clause (set a flag in it and act on the flag after the try statement)`);
        }
        handlers.push({ type, name, body, pos: this.pos(c) });
      } else if (c.type === 'else_clause') {
        orelse = this.bodyOf(c.childForFieldName('body'));
      } else if (c.type === 'finally_clause') {
        const block = c.namedChildren.find((x) => x.type === 'block');
        finalbody = block ? this.block(block) : [];
      }
    }
    const body = this.bodyOf(node.childForFieldName('body'));
    if (star) return this.desugarExceptStar(body, handlers, orelse, finalbody, pos);
    return { kind: 'Try', pos, body, handlers, orelse, finalbody };
  }

  usesExceptStar = false;

  /**
   * `try: B / except* T1 as e1: H1 / except* T2: H2 / else: E / finally: F` as CPython runs it
   * (Python/ceval.c: each clause takes the part of what is left that it matches; what no clause handled and
   * what the clauses raised are raised together at the end), with the matching in
   * compiler/pylib/_aithon_exceptiongroup.py:
   *   try:
   *     $egN_result = None
   *     try:
   *       B
   *     except BaseException as $egN_orig:
   *       $egN_rest = $egN_orig
   *       $egN_raised = []
   *       if $egN_rest is not None:                 # once per clause
   *         $egN_match, $egN_rest = $star_match($egN_rest, T1)
   *         if $egN_match is not None:
   *           $egN_ctx = $egN_match.__context__
   *           try:
   *             raise $egN_match                   # the handled exception in H1: sys.exception(), a bare raise
   *           except BaseException as e1:
   *             $egN_match.__context__ = $egN_ctx  # as it was: the result tells re-raised groups by it
   *             try:
   *               H1
   *             except BaseException as $egN_exc:
   *               $egN_raised.append($egN_exc)
   *       $egN_result = $star_result($egN_orig, $egN_raised, $egN_rest)
   *     else:
   *       E
   *     if $egN_result is not None:
   *       raise $egN_result
   *   finally:
   *     F
   */
  private desugarExceptStar(body: S.Stmt[], handlers: S.ExceptHandler[], orelse: S.Stmt[], finalbody: S.Stmt[], pos: SourcePos): S.Stmt {
    this.usesExceptStar = true;
    const n = ++this.withCounter;
    const name = (id: string): S.NameExpr => ({ kind: 'Name', id, pos });
    const v = (what: string) => `$eg${n}_${what}`;
    const none: S.Expr = { kind: 'None', pos };
    const isNotNone = (e: S.Expr): S.Expr => ({ kind: 'Compare', pos, left: e, ops: ['is not'], comparators: [none] });
    const call = (f: string, args: S.Expr[]): S.Expr => ({ kind: 'Call', pos, func: name(f), args, keywords: [] });
    const attr = (e: S.Expr, a: string): S.AttributeExpr => ({ kind: 'Attribute', pos, value: e, attr: a });
    const clauses: S.Stmt[] = handlers.map((h) => ({
      kind: 'If',
      pos: h.pos,
      test: isNotNone(name(v('rest'))),
      body: [
        { kind: 'Assign', pos: h.pos, targets: [{ kind: 'Tuple', pos: h.pos, elts: [name(v('match')), name(v('rest'))] }], value: call('$star_match', [name(v('rest')), h.type ?? name('BaseException')]) },
        {
          kind: 'If',
          pos: h.pos,
          test: isNotNone(name(v('match'))),
          body: [
            { kind: 'Assign', pos: h.pos, targets: [name(v('ctx'))], value: attr(name(v('match')), '__context__') },
            {
              kind: 'Try',
              pos: h.pos,
              body: [{ kind: 'Raise', pos: h.pos, exc: name(v('match')), cause: null }],
              handlers: [
                {
                  type: name('BaseException'),
                  name: h.name ?? v('handled'),
                  pos: h.pos,
                  body: [
                    { kind: 'Assign', pos: h.pos, targets: [attr(name(v('match')), '__context__')], value: name(v('ctx')) },
                    {
                      kind: 'Try',
                      pos: h.pos,
                      body: h.body.length ? h.body : [{ kind: 'Pass', pos: h.pos }],
                      handlers: [{ type: name('BaseException'), name: v('exc'), pos: h.pos, body: [{ kind: 'ExprStmt', pos: h.pos, expr: { kind: 'Call', pos: h.pos, func: attr(name(v('raised')), 'append'), args: [name(v('exc'))], keywords: [] } }] }],
                      orelse: [],
                      finalbody: [],
                    },
                  ],
                },
              ],
              orelse: [],
              finalbody: [],
            },
          ],
          orelse: [],
        },
      ],
      orelse: [],
    }));
    const inner: S.Stmt = {
      kind: 'Try',
      pos,
      body,
      handlers: [
        {
          type: name('BaseException'),
          name: v('orig'),
          pos,
          body: [
            { kind: 'Assign', pos, targets: [name(v('rest'))], value: name(v('orig')) },
            { kind: 'Assign', pos, targets: [name(v('raised'))], value: { kind: 'List', pos, elts: [] } },
            ...clauses,
            { kind: 'Assign', pos, targets: [name(v('result'))], value: call('$star_result', [name(v('orig')), name(v('raised')), name(v('rest'))]) },
          ],
        },
      ],
      orelse,
      finalbody: [],
    };
    const statements: S.Stmt[] = [
      { kind: 'Assign', pos, targets: [name(v('result'))], value: none },
      inner,
      { kind: 'If', pos, test: isNotNone(name(v('result'))), body: [{ kind: 'Raise', pos, exc: name(v('result')), cause: null }], orelse: [] },
    ];
    if (finalbody.length) return { kind: 'Try', pos, body: statements, handlers: [], orelse: [], finalbody };
    return { kind: 'If', pos, test: { kind: 'Bool', pos, value: true }, body: statements, orelse: [] };
  }

  /**
   * tree-sitter-python 0.25 ranks `^` above `&`; Python ranks `&` > `^` > `|`.
   * Re-parse a chain of these operators from its tokens in source order
   * (parenthesised groups are separate nodes and stay whole).
   */
  private bitwiseChain(node: TsNode): S.Expr {
    const operands: TsNode[] = [];
    const ops: string[] = [];
    const flatten = (n: TsNode) => {
      const op = n.type === 'binary_operator' ? n.childForFieldName('operator')!.text : '';
      if (!bitwiseOperators.has(op)) {
        operands.push(n);
        return;
      }
      flatten(n.childForFieldName('left')!);
      ops.push(op);
      flatten(n.childForFieldName('right')!);
    };
    flatten(node);
    const exprs = operands.map((o) => this.expr(o));
    let i = 0;
    const level = (opsAt: string[], next: () => S.Expr): S.Expr => {
      let left = next();
      while (i < ops.length && opsAt.includes(ops[i])) {
        const op = ops[i++] as S.BinaryOperator;
        left = { kind: 'Binary', pos: left.pos, op, left, right: next() };
      }
      return left;
    };
    let k = 0;
    const operand = () => exprs[k++];
    const and = () => level(['&'], operand);
    const xor = () => level(['^'], and);
    return level(['|'], xor);
  }

  /** Records an unsupported construct and returns a placeholder; the build stops before it is used. */
  private bad(node: TsNode, what?: string): S.Expr {
    this.unsupported(node, what);
    return { kind: 'None', pos: this.pos(node) };
  }

  private integer(node: TsNode, pos: SourcePos): S.Expr {
    const text = node.text.replace(/_/g, '').toLowerCase();
    if (text.endsWith('j')) return imaginaryLiteral(pos, Number(text.slice(0, -1)));
    if (/^0[0-9]+$/.test(text) && !/^0+$/.test(text)) {
      this.fail(node, 'invalid syntax: leading zeros in decimal integer literals are not permitted', 'use an 0o prefix for octal integers');
      return { kind: 'None', pos };
    }
    // BigInt understands 0x / 0o / 0b prefixes.
    return { kind: 'Int', pos, value: BigInt(text) };
  }

  private comparison(node: TsNode, pos: SourcePos): S.Expr {
    const operands: S.Expr[] = [];
    const ops: S.CompareOperator[] = [];
    let pending = '';
    for (const c of node.children) {
      if (isExtra(c)) continue;
      if (c.isNamed) {
        if (pending) {
          ops.push(pending as S.CompareOperator);
          pending = '';
        }
        operands.push(this.expr(c));
      } else {
        pending = pending ? `${pending} ${c.text}` : c.text; // 'not' 'in', 'is' 'not'
      }
    }
    if (ops.length === 1 && ['is', 'is not', '==', '!='].includes(ops[0])) {
      const exact = exactTypeTest(pos, operands[0], operands[1], ops[0] === 'is not' || ops[0] === '!=');
      if (exact) return exact;
    }
    return { kind: 'Compare', pos, left: operands[0], ops, comparators: operands.slice(1) };
  }

  private call(node: TsNode, pos: SourcePos): S.Expr {
    const func = this.expr(node.childForFieldName('function')!);
    const argsNode = node.childForFieldName('arguments')!;
    // A generator expression that an exhausting builtin or str.join takes at
    // once stays a GeneratorExp (the checker evaluates it eagerly, as a list);
    // anywhere else it becomes a real generator. min/max call a key function
    // element by element, interleaved with the generator's own code.
    const hasKey = argsNode.namedChildren.some((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'key');
    const consumes =
      (func.kind === 'Name' && exhaustingBuiltinNames.has(func.id) && !(hasKey && (func.id === 'min' || func.id === 'max'))) ||
      (func.kind === 'Attribute' && func.attr === 'join');
    const arg = (a: TsNode): S.Expr => this.expr(a, consumes);
    if (argsNode.type === 'generator_expression') return { kind: 'Call', pos, func, args: [arg(argsNode)], keywords: [] };
    const args: S.Expr[] = [];
    const keywords: S.KeywordArg[] = [];
    let doubleStars: S.Expr[] = [];
    // Keywords and `**` mappings in source order, for a call with several mappings (see mergedKeywords).
    const keywordParts: (S.KeywordArg | S.Expr)[] = [];
    for (const a of argsNode.namedChildren) {
      if (isExtra(a)) continue;
      if (a.type === 'dictionary_splat') {
        doubleStars.push(this.expr(codeChildren(a)[0]));
        keywordParts.push(doubleStars[doubleStars.length - 1]);
        continue;
      }
      if (a.type === 'keyword_argument') {
        const name = a.childForFieldName('name')!;
        keywords.push({ name: name.text, value: this.expr(a.childForFieldName('value')!), pos: this.pos(name) });
        keywordParts.push(keywords[keywords.length - 1]);
      } else {
        if (keywords.length > 0 && a.type !== 'list_splat') this.fail(a, 'invalid syntax: positional argument follows keyword argument');
        const value = arg(a);
        if (value.kind === 'Starred') value.inCall = true;
        args.push(value);
      }
    }
    // `f(a, *xs, b, *ys)`: the arguments from the first `*` on as one unpacked tuple display,
    // `f(a, *(*xs, b, *ys))`: a typed tuple when each part is a tuple, else a tuple of run-time length.
    const firstStar = args.findIndex((a) => a.kind === 'Starred');
    if (args.filter((a) => a.kind === 'Starred').length > 1 && !(func.kind === 'Name' && func.id === 'print')) {
      const tail = args.splice(firstStar);
      const star: S.StarredExpr = { kind: 'Starred', pos: tail[0].pos, value: { kind: 'Tuple', pos: tail[0].pos, elts: tail.map((a) => (a.kind === 'Starred' ? { ...a, inCall: false } : a)) }, inCall: true };
      args.push(star);
    }
    if (doubleStars.length > 1) {
      doubleStars = [mergedKeywords(pos, keywordParts, func.kind === 'Name' ? func.id : func.kind === 'Attribute' ? func.attr : 'function')];
      keywords.length = 0;
    }
    if (func.kind === 'Name' && func.id === 'print' && args.some((a) => a.kind === 'Starred') && !doubleStars.length) return printStarred(pos, func, args, keywords);
    // struct.pack(fmt, *values) with values of a length known at run time only: the values as one tuple.
    const starred = args.filter((a) => a.kind === 'Starred');
    if (func.kind === 'Attribute' && func.value.kind === 'Name' && func.value.id === 'struct' && (func.attr === 'pack' || func.attr === 'pack_into') &&
        starred.length === 1 && args[args.length - 1] === starred[0] && !keywords.length && !doubleStars.length) {
      const fixed = func.attr === 'pack' ? 1 : 3;
      if (args.length - 1 >= fixed) {
        const extra = args.slice(fixed, args.length - 1);
        const rest: S.Expr = { kind: 'Call', pos, func: { kind: 'Name', pos, id: 'tuple' }, args: [(starred[0] as S.StarredExpr).value], keywords: [] };
        const values: S.Expr = extra.length ? { kind: 'Binary', pos, op: '+', left: { kind: 'Tuple', pos, elts: extra }, right: rest } as S.Expr : rest;
        return { kind: 'Call', pos, func: { ...func, attr: `_${func.attr}_values` }, args: [...args.slice(0, fixed), values], keywords: [] };
      }
    }
    // object.__setattr__(obj, name, v) / object.__delattr__(obj, name): the store (delete) a class's own __setattr__
    // (__delattr__) ends in, which does not call it again: the builtins `object.__setattr__` / `object.__delattr__`.
    if (func.kind === 'Attribute' && func.value.kind === 'Name' && func.value.id === 'object' && (func.attr === '__setattr__' || func.attr === '__delattr__')) {
      return { kind: 'Call', pos, func: { kind: 'Name', pos: func.pos, id: `object.${func.attr}` }, args, keywords, ...(doubleStars.length ? { doubleStars } : {}) };
    }
    if (func.kind === 'Name' && func.id === 'open' && opensFiles(this.source)) {
      // open(): the bundled _aithon_io module's; a mode written out picks the text or the binary file class.
      const modeArg = args.length >= 2 ? args[1] : keywords.find((k) => k.name === 'mode')?.value;
      const mode = modeArg === undefined ? 'r' : modeArg.kind === 'Str' ? modeArg.value : null;
      const id = mode === null ? '$open' : mode.includes('b') ? '$open_binary' : '$open_text';
      return { kind: 'Call', pos, func: { kind: 'Name', pos: func.pos, id }, args, keywords, ...(doubleStars.length ? { doubleStars } : {}) };
    }
    // itertools.product(a, b, repeat=2) is product(a, b, a, b) when the pools are plain reads (read once each per copy).
    const repeat = keywords.find((k) => k.name === 'repeat');
    const isProduct = (func.kind === 'Name' && func.id === 'product') || (func.kind === 'Attribute' && func.attr === 'product');
    if (isProduct && repeat && repeat.value.kind === 'Int' && keywords.length === 1 && !doubleStars.length && args.every(isRepeatablePool)) {
      const copies = Number(repeat.value.value);
      return { kind: 'Call', pos, func, args: Array.from({ length: Math.max(0, copies) }, () => args).flat(), keywords: [] };
    }
    // heapq.nlargest/nsmallest(n, it, key=f) are, as documented, sorted(it, key=f[, reverse=True])[:n].
    // (Written `heapq.x` only: a bare name may be the program's own function.)
    const heapSelect = func.kind === 'Attribute' && func.value.kind === 'Name' && func.value.id === 'heapq' ? func.attr : '';
    // heapq.merge(*its, key=f, reverse=True): the bundled heapq.py's _merge_keyed (the native merge takes no keywords).
    if (heapSelect === 'merge' && keywords.length && func.kind === 'Attribute') return { kind: 'Call', pos, func: { ...func, attr: '_merge_keyed' }, args, keywords, ...(doubleStars.length ? { doubleStars } : {}) };
    if ((heapSelect === 'nlargest' || heapSelect === 'nsmallest') && args.length === 2 && keywords.length === 1 && keywords[0].name === 'key' && !doubleStars.length) {
      const sortKeywords: S.KeywordArg[] = [keywords[0], ...(heapSelect === 'nlargest' ? [{ name: 'reverse', value: { kind: 'Bool', pos, value: true } as S.Expr, pos }] : [])];
      const sorted: S.Expr = { kind: 'Call', pos, func: { kind: 'Name', pos, id: 'sorted' }, args: [args[1]], keywords: sortKeywords };
      return { kind: 'Subscript', pos, value: sorted, index: { kind: 'Slice', pos, lower: null, upper: args[0], step: null } };
    }
    // getattr(obj, "name") with the name written out is the attribute read obj.name.
    if (func.kind === 'Name' && func.id === 'getattr' && args.length === 2 && args[1].kind === 'Str' && !keywords.length && !doubleStars.length) {
      return { kind: 'Attribute', pos, value: args[0], attr: args[1].value };
    }
    return doubleStars.length ? { kind: 'Call', pos, func, args, keywords, doubleStars } : { kind: 'Call', pos, func, args, keywords };
  }

  // ---- strings

  /** The bytes of a b'...' literal, one code point (< 256) per byte. */
  private bytesText(node: TsNode, raw: boolean): string {
    const start = node.children.find((c) => c.type === 'string_start');
    const open = start?.text ?? '"';
    const quote = open.slice(open.length - (open.endsWith('"""') || open.endsWith("'''") ? 3 : 1));
    const inner = node.text.slice(open.length, node.text.length - quote.length);
    if (/[^\x00-\x7f]/.test(inner)) this.fail(node, 'bytes can only contain ASCII literal characters');
    return raw ? inner : decodeEscapes(inner, (msg) => this.fail(node, msg), true);
  }

  private bytesLiteral(pos: SourcePos, text: string): S.Expr {
    return { kind: 'Call', pos, func: { kind: 'Name', pos, id: '$bytes_literal' }, args: [{ kind: 'Str', pos, value: text }], keywords: [] };
  }

  private concatenatedString(node: TsNode): S.Expr {
    // b'a' b'b': one bytes literal (bytes and str pieces do not mix).
    const pieces = node.namedChildren.filter((c) => c.type === 'string');
    const isBytes = (c: TsNode) => (c.children.find((x) => x.type === 'string_start')?.text ?? '').toLowerCase().replace(/['"]+$/, '').includes('b');
    if (pieces.some(isBytes)) {
      if (!pieces.every(isBytes)) this.fail(node, 'cannot mix bytes and nonbytes literals');
      const raws = pieces.map((c) => (c.children.find((x) => x.type === 'string_start')?.text ?? '').toLowerCase().includes('r'));
      return this.bytesLiteral(this.pos(node), pieces.map((c, i) => this.bytesText(c, raws[i])).join(''));
    }
    // 'a' 'b' f'{c}': one f-string made of every piece.
    const parts: (string | S.FormattedValue)[] = [];
    let anyF = false;
    const exprs = node.namedChildren.filter((c) => c.type === 'string').map((c) => this.string(c));
    // A piece ending in a lone high surrogate (only an escape writes one) before one starting with a low one: joined
    // as text they would read back as one astral character, so the pieces are added as strs (see surrogatePieces).
    const textOf = (e: S.Expr) => (e.kind === 'Str' ? e.value : e.kind === 'FString' && typeof e.parts[0] === 'string' ? e.parts[0] : '');
    const lastOf = (e: S.Expr) => (e.kind === 'Str' ? e.value : e.kind === 'FString' && typeof e.parts[e.parts.length - 1] === 'string' ? (e.parts[e.parts.length - 1] as string) : '');
    const splitPair = exprs.some((e, i) => i > 0 && isHighSurrogate(lastOf(exprs[i - 1]).charCodeAt(lastOf(exprs[i - 1]).length - 1)) && isLowSurrogate(textOf(e).charCodeAt(0)));
    if (splitPair || exprs.some((e) => e.kind === 'Binary')) return exprs.reduce((left, right) => ({ kind: 'Binary', pos: left.pos, op: '+', left, right }));
    for (const s of exprs) {
      if (s.kind === 'Str') parts.push(s.value);
      else if (s.kind === 'FString') {
        anyF = true;
        parts.push(...s.parts);
      }
    }
    const pos = this.pos(node);
    if (!anyF) return { kind: 'Str', pos, value: parts.join('') };
    return { kind: 'FString', pos, parts };
  }

  private string(node: TsNode): S.Expr {
    const pos = this.pos(node);
    const start = node.children.find((c) => c.type === 'string_start');
    const prefix = (start?.text ?? '').replace(/['"]+$/, '').toLowerCase();
    const raw = prefix.includes('r');
    if (prefix.includes('b')) return this.bytesLiteral(pos, this.bytesText(node, raw));
    const isF = prefix.includes('f');
    if (!isF) {
      // The text between the quotes, read from the literal itself: tree-sitter-python folds the
      // content of some literals (r"\\") into their string_end token.
      const open = start?.text ?? '"';
      const quote = open.slice(open.length - (open.endsWith('"""') || open.endsWith("'''") ? 3 : 1));
      const inner = node.text.slice(open.length, node.text.length - quote.length);
      const splits: number[] = [];
      const value = raw ? inner : decodeEscapes(inner, (msg) => this.fail(node, msg), false, (what) => this.unsupported(node, what), splits);
      return splits.length ? surrogatePieces(pos, value, splits) : { kind: 'Str', pos, value };
    }
    const parts: (string | S.FormattedValue)[] = [];
    for (const c of node.children) {
      if (c.type === 'string_content') parts.push(...this.stringContent(c, raw, isF));
      else if (c.type === 'interpolation') parts.push(this.interpolation(c));
      else if (c.type === 'escape_interpolation') parts.push(c.text[0]);
    }
    return { kind: 'FString', pos, parts: mergeText(parts) };
  }

  /**
   * An f-string's text between fields. A surrogate pair written as two escapes (two code points in CPython) is kept
   * apart as a str literal field holding the low one (`f"{x}\ud83d\ude00"` is `f"{x}\ud83d{'\ude00'}"`), which the
   * run-time concatenation keeps a code point of its own, as the `+` of surrogatePieces does.
   */
  private stringContent(node: TsNode, raw: boolean, isF: boolean): (string | S.FormattedValue)[] {
    let text = node.text;
    if (isF) text = text.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
    if (raw) return [text];
    const splits: number[] = [];
    const value = decodeEscapes(text, (msg) => this.fail(node, msg), false, (what) => this.unsupported(node, what), splits);
    const pos = this.pos(node);
    const parts: (string | S.FormattedValue)[] = [];
    let from = 0;
    for (const at of splits) {
      parts.push(value.slice(from, at));
      // The low surrogate alone (one UTF-16 unit of the JS string).
      parts.push({ value: { kind: 'Str', pos, value: value[at] }, conversion: null, spec: null, debugText: null, pos });
      from = at + 1;
    }
    parts.push(value.slice(from));
    return parts;
  }

  private interpolation(node: TsNode): S.FormattedValue {
    if (isSpecParsedAsWalrus(node)) {
      // `{n:=+8}`: in an f-string a top-level ':' starts the format spec (a
      // walrus needs parentheses there), but the grammar reads `n := +8`.
      const name = node.childForFieldName('expression')!.childForFieldName('name')!;
      const specStart = this.source.indexOf(':', name.endIndex) + 1;
      const specText = this.source.slice(specStart, node.endIndex - 1);
      if (specText.includes('{')) this.unsupported(node, 'nested fields in this format spec');
      return {
        value: this.expr(name),
        conversion: null,
        spec: { kind: 'FString', pos: this.pos(node), parts: specText ? [specText] : [] },
        debugText: null,
        pos: this.pos(name),
      };
    }
    const exprNode = node.childForFieldName('expression')!;
    let conversion: 's' | 'r' | 'a' | null = null;
    let spec: S.FStringExpr | null = null;
    let debugText: string | null = null;
    node.children.forEach((c, idx) => {
      if (c.type === 'type_conversion') {
        conversion = c.text.slice(1) as 's' | 'r' | 'a';
      } else if (c.type === 'format_specifier') {
        spec = this.formatSpec(c);
      } else if (c.type === '=') {
        // `{x = }` prints its text with the spaces on both sides of '='.
        const after = node.children[idx + 1];
        debugText = this.source.slice(node.startIndex + 1, after ? after.startIndex : c.endIndex);
      }
    });
    if (debugText !== null && conversion === null && spec === null) conversion = 'r';
    return { value: this.expr(exprNode), conversion, spec, debugText, pos: this.pos(exprNode) };
  }

  private formatSpec(node: TsNode): S.FStringExpr {
    // The specifier's text starts after ':'; nested `{expr}` fields are
    // format_expression children.
    const parts: (string | S.FormattedValue)[] = [];
    let cursor = node.startIndex;
    if (this.source[cursor] === ':') cursor += 1;
    for (const c of node.children) {
      if (c.type !== 'format_expression') continue;
      if (c.startIndex > cursor) parts.push(this.source.slice(cursor, c.startIndex));
      const inner = c.childForFieldName('expression') ?? c.namedChildren[0];
      parts.push({ value: this.expr(inner), conversion: null, spec: null, debugText: null, pos: this.pos(inner) });
      cursor = c.endIndex;
    }
    if (node.endIndex > cursor) parts.push(this.source.slice(cursor, node.endIndex));
    return { kind: 'FString', pos: this.pos(node), parts: mergeText(parts) };
  }
}

const bitwiseOperators = new Set(['|', '^', '&']);

function isSpecParsedAsWalrus(interpolation: TsNode): boolean {
  const e = interpolation.childForFieldName('expression');
  return e !== null && e.type === 'named_expression';
}

function mergeText(parts: (string | S.FormattedValue)[]): (string | S.FormattedValue)[] {
  const out: (string | S.FormattedValue)[] = [];
  for (const p of parts) {
    if (typeof p === 'string' && typeof out[out.length - 1] === 'string') out[out.length - 1] += p;
    else if (p !== '') out.push(p);
  }
  return out;
}

const simpleEscapes: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\n': '',
};

/**
 * Replaces, anywhere in the tree, each expression for which `replace` gives a new one (it is told
 * whether the expression is the object of an attribute access: `x` in `x.attr`). True when any was.
 */
function replaceExprs(body: S.Stmt[], replace: (e: S.Expr, isAttributeObject: boolean) => S.Expr | undefined): boolean {
  let found = false;
  const visit = (node: unknown, isAttributeObject: boolean): unknown => {
    if (!node || typeof node !== 'object') return node;
    if ((node as S.Expr).kind && (node as S.Expr).pos) {
      const r = replace(node as S.Expr, isAttributeObject);
      if (r) {
        found = true;
        return r;
      }
    }
    if (Array.isArray(node)) {
      node.forEach((c, i) => (node[i] = visit(c, false)));
      return node;
    }
    const n = node as Record<string, unknown>;
    for (const key of Object.keys(n)) {
      if (key === 'pos' || key === 'namePos') continue;
      n[key] = visit(n[key], n.kind === 'Attribute' && key === 'value');
    }
    return node;
  };
  visit(body, false);
  return found;
}

/** `sys.<name>` */
function sysAttribute(e: S.Expr, names: readonly string[]): e is S.AttributeExpr {
  return e.kind === 'Attribute' && names.includes(e.attr) && e.value.kind === 'Name' && e.value.id === 'sys';
}

const STD_STREAMS = ['stdin', 'stdout', 'stderr'];

/**
 * `sys.stdin.buffer`, `sys.stdout.buffer` and `sys.stderr.buffer` become `$std_buffer(fd)`: binary
 * file objects (compiler/pylib/_aithon_io.py) that read and write through the text streams' buffers.
 * Before stdinAsIterable, which would otherwise see `sys.stdin` there. True when any was.
 */
function stdStreamBuffers(body: S.Stmt[]): boolean {
  return replaceExprs(body, (e) => {
    if (e.kind !== 'Attribute' || e.attr !== 'buffer' || !sysAttribute(e.value, STD_STREAMS)) return undefined;
    const fd: S.Expr = { kind: 'Int', pos: e.pos, value: BigInt(STD_STREAMS.indexOf(e.value.attr)) };
    return { kind: 'Call', pos: e.pos, func: { kind: 'Name', pos: e.pos, id: '$std_buffer' }, args: [fd], keywords: [] };
  });
}

/**
 * `sys.stdin` used as a value (`for line in sys.stdin`, `enumerate(sys.stdin)`, `list(sys.stdin)`)
 * becomes `$stdin_lines()`, a generator of the lines (compiler/pylib/_aithon_io.py) over
 * sys.stdin.readline; its methods (`sys.stdin.read()`) stay the runtime's. True when any was.
 */
function stdinAsIterable(body: S.Stmt[]): boolean {
  return replaceExprs(body, (e, isAttributeObject) =>
    !isAttributeObject && sysAttribute(e, ['stdin']) ? stdinLines(e.pos) : undefined,
  );
}

/** Does the tree read the name `id` anywhere? (The text's test above is only a quick filter: "b" matches it.) */
/** An imaginary literal `xj`: complex(0, x), made by the runtime. */
function imaginaryLiteral(pos: SourcePos, imag: number): S.Expr {
  return { kind: 'Call', pos, func: { kind: 'Name', pos, id: '$imaginary' }, args: [{ kind: 'Float', pos, value: imag }], keywords: [] };
}

/** Tree-sitter's "extras": comments and backslash line continuations, which it may put between any two
 *  children of a node (`a if b else \` + newline + `c`); never part of the code's structure. */
function isExtra(node: TsNode): boolean {
  return node.type === 'comment' || node.type === 'line_continuation';
}

/** A node's named children without the extras (see isExtra). */
function codeChildren(node: TsNode): TsNode[] {
  return node.namedChildren.filter((c) => !isExtra(c));
}

/** The first identifier in a node, depth first (the name of a type parameter `T: int`, `*Ts`, of an alias). */
function firstIdentifier(node: TsNode): TsNode | null {
  if (node.type === 'identifier') return node;
  for (const c of node.namedChildren) {
    const found = firstIdentifier(c);
    if (found) return found;
  }
  return null;
}

/** The first `break`, `continue` or `return` that would leave an except* clause's body (not one in a loop or a
 * def inside it), or null: CPython's SyntaxError. */
function exceptStarJump(body: S.Stmt[], inLoop: boolean): string | null {
  for (const s of body) {
    if (s.kind === 'Return') return 'return';
    if ((s.kind === 'Break' || s.kind === 'Continue') && !inLoop) return s.kind === 'Break' ? 'break' : 'continue';
    if (s.kind === 'FunctionDef' || s.kind === 'ClassDef') continue;
    const loop = s.kind === 'For' || s.kind === 'While';
    const r = s as unknown as { body?: S.Stmt[]; orelse?: S.Stmt[]; finalbody?: S.Stmt[]; handlers?: S.ExceptHandler[]; cases?: { body: S.Stmt[] }[] };
    const inner = [r.body && exceptStarJump(r.body, inLoop || loop), r.orelse && exceptStarJump(r.orelse, inLoop), r.finalbody && exceptStarJump(r.finalbody, inLoop)];
    for (const h of r.handlers ?? []) inner.push(exceptStarJump(h.body, inLoop));
    for (const c of r.cases ?? []) inner.push(exceptStarJump(c.body, inLoop));
    const found = inner.find((x) => x);
    if (found) return found;
  }
  return null;
}

/** Whether the module binds `id` at its top level (a class, def, assignment or import of that name). */
function bindsAtTopLevel(body: S.Stmt[], id: string): boolean {
  return body.some(
    (s) =>
      ((s.kind === 'ClassDef' || s.kind === 'FunctionDef') && s.name === id) ||
      (s.kind === 'Assign' && s.targets.some((t) => t.kind === 'Name' && t.id === id)) ||
      (s.kind === 'ImportFrom' && s.names.some((n) => (n.asname ?? n.name) === id)) ||
      (s.kind === 'Import' && s.names.some((n) => (n.asname ?? n.module.split('.')[0]) === id)),
  );
}

function usesName(body: S.Stmt[], id: string): boolean {
  const visit = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false;
    if (Array.isArray(node)) return node.some(visit);
    const n = node as Record<string, unknown>;
    if (n.kind === 'Name' && n.id === id) return true;
    for (const key of Object.keys(n)) if (key !== 'pos' && key !== 'namePos' && visit(n[key])) return true;
    return false;
  };
  return visit(body);
}

function stdinLines(pos: SourcePos): S.Expr {
  return { kind: 'Call', pos, func: { kind: 'Name', pos, id: '$stdin_lines' }, args: [], keywords: [] };
}

/** Does a module call the built-in open() (and define no top-level `open` of its own)? */
function opensFiles(source: string): boolean {
  return /(^|[^\w.])open\s*\(/.test(source) && !/^(def open\s*\(|open\s*=|from .* import .*\bopen\b(?!\s+as\b)|class open\b)/m.test(source);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * A str literal with surrogate pairs written as two escapes ("\ud83d\ude00": two code points in Python 3): the
 * strs between the pairs' halves, added. One JS string would hold the pair as one astral character; each piece
 * holds a lone surrogate at its end or start, which stays one code point (llvm.ts encodes it as chr() does).
 */
function surrogatePieces(pos: SourcePos, value: string, splits: number[]): S.Expr {
  const pieces: S.Expr[] = [];
  let from = 0;
  for (const at of [...splits, value.length]) {
    pieces.push({ kind: 'Str', pos, value: value.slice(from, at) });
    from = at;
  }
  return pieces.reduce((left, right) => ({ kind: 'Binary', pos, op: '+', left, right }));
}

/**
 * Python's escape sequences in a non-raw str literal, or (`bytes`) in a bytes literal, where \x and
 * octal escapes give one byte each and \u, \U and \N are not escapes.
 */
export function decodeEscapes(text: string, report: (msg: string) => void, bytes = false, unsupported: (what: string) => void = report, splits?: number[]): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '\\' || i + 1 >= text.length) {
      out += ch;
      continue;
    }
    const next = text[i + 1];
    if (next in simpleEscapes) {
      out += simpleEscapes[next];
      i += 1;
    } else if (next === '\r' && text[i + 2] === '\n') {
      i += 2;
    } else if (/[0-7]/.test(next)) {
      const m = /^[0-7]{1,3}/.exec(text.slice(i + 1))![0];
      out += bytes ? String.fromCharCode(parseInt(m, 8) & 0xff) : String.fromCodePoint(parseInt(m, 8));
      i += m.length;
    } else if (next === 'x' || (!bytes && (next === 'u' || next === 'U'))) {
      const n = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = text.slice(i + 2, i + 2 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) {
        report(bytes ? `(value error) invalid \\x escape at position ${i}` : `(unicode error) truncated \\${next}${'X'.repeat(n)} escape`);
        return out;
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) {
        report('(unicode error) illegal Unicode character');
        return out;
      }
      // A lone surrogate stays one code unit of the JS string (llvm.ts encodes it as the runtime's chr() does). A low one
      // right after a high one would read back as one astral character, where CPython keeps two code points.
      const last = out.charCodeAt(out.length - 1);
      if (isLowSurrogate(cp) && isHighSurrogate(last)) {
        // `splits` collects where such a pair is to be kept apart (surrogatePieces); f-strings have no way to.
        if (!splits) {
          unsupported('a surrogate pair written as two escapes in an f-string (two code points in CPython)');
          return out;
        }
        splits.push(out.length);
      }
      out += String.fromCodePoint(cp);
      i += 1 + n;
    } else if (next === 'N' && !bytes) {
      const m = /^\{([^}]*)\}/.exec(text.slice(i + 2));
      const cp = m ? lookupCharacterName(m[1]) : undefined;
      if (!m || cp === undefined) {
        report(m ? `(unicode error) unknown Unicode character name '${m[1]}'` : '(unicode error) malformed \\N character escape');
        return out;
      }
      out += String.fromCodePoint(cp);
      i += 2 + m[0].length - 1;
    } else {
      out += '\\'; // unknown escapes stay as written
    }
  }
  return out;
}

/**
 * `await obj` is `yield from obj`, which iterates obj: a class that defines
 * `__await__` (and no `__iter__`) gets `def __iter__(self): return await
 * self.__await__()`, a generator passing on what `__await__` yields and
 * returning its value. (Such objects become iterable, where CPython's are not.)
 */
function awaitableAsIterable(body: S.Stmt[]): void {
  const defs = body.filter((s): s is S.FunctionDef => s.kind === 'FunctionDef');
  const awaitDef = defs.find((d) => d.name === '__await__');
  if (!awaitDef || defs.some((d) => d.name === '__iter__') || awaitDef.params.length !== 1) return;
  const pos = awaitDef.pos;
  const self = awaitDef.params[0].name;
  const call: S.CallExpr = { kind: 'Call', pos, func: { kind: 'Attribute', pos, value: { kind: 'Name', pos, id: self }, attr: '__await__' }, args: [], keywords: [] };
  body.push({
    kind: 'FunctionDef',
    pos,
    name: '__iter__',
    namePos: pos,
    isAsync: false,
    params: [{ name: self, defaultValue: null, pos, kind: 'normal' }],
    body: [{ kind: 'Return', pos, value: { kind: 'Yield', pos, from: true, value: call, isAwait: true } }],
    decorators: [],
  });
}

/**
 * A generator expression that is not consumed at once is what CPython makes
 * of it: a nested generator function, called with the first iterable (which
 * is evaluated, and made an iterator, where the expression stands):
 * `(e for x in a if c for y in b)` is `<genexpr>(iter(a))` with
 * `def <genexpr>(.0): for x in .0: if c: for y in b: yield e`.
 */
export function generatorFunctionCall(pos: SourcePos, elt: S.Expr, generators: S.Comprehension[]): S.Expr {
  const argName = '.0';
  let body: S.Stmt[] = [{ kind: 'ExprStmt', pos: elt.pos, expr: { kind: 'Yield', pos: elt.pos, value: elt, from: false } }];
  for (let i = generators.length - 1; i >= 0; i--) {
    const g = generators[i];
    for (let j = g.ifs.length - 1; j >= 0; j--) body = [{ kind: 'If', pos: g.ifs[j].pos, test: g.ifs[j], body, orelse: [] }];
    const iter: S.Expr = i === 0 ? { kind: 'Name', pos: g.iter.pos, id: argName } : g.iter;
    body = [{ kind: 'For', pos: g.pos, target: g.target, iter, body, orelse: [] }];
  }
  const def: S.FunctionDef = {
    kind: 'FunctionDef',
    pos,
    name: '<genexpr>',
    namePos: pos,
    isAsync: false,
    params: [{ name: argName, defaultValue: null, pos, kind: 'normal' }],
    body,
    decorators: [],
  };
  const first = generators[0].iter;
  const iterOfFirst: S.Expr = { kind: 'Call', pos: first.pos, func: { kind: 'Name', pos: first.pos, id: 'iter' }, args: [first], keywords: [] };
  return { kind: 'Call', pos, func: { kind: 'Lambda', pos, def }, args: [iterOfFirst], keywords: [] };
}

/**
 * `print(a, *rest, sep=s)` prints each item's str() separated by sep: it
 * becomes `print(s.join([str(x) for x in [a, *rest]]))`, so the starred
 * iterable may have any length. A sep that is neither a literal nor a name
 * would be evaluated twice (for the None test), so it stays unsupported.
 */
export function printStarred(pos: SourcePos, func: S.NameExpr, args: S.Expr[], keywords: S.KeywordArg[]): S.Expr {
  const sepArg = keywords.find((k) => k.name === 'sep');
  const space: S.Expr = { kind: 'Str', pos, value: ' ' };
  let sep: S.Expr = space;
  if (sepArg) {
    const v = sepArg.value;
    if (v.kind === 'Str') sep = v;
    else if (v.kind === 'None') sep = space;
    else if (v.kind === 'Name') sep = { kind: 'IfExp', pos, test: { kind: 'Compare', pos, left: v, ops: ['is'], comparators: [{ kind: 'None', pos }] }, body: space, orelse: v };
    else return { kind: 'Call', pos, func, args, keywords }; // the checker reports the starred argument
  }
  for (const a of args) if (a.kind === 'Starred') a.inCall = false;
  const item: S.NameExpr = { kind: 'Name', pos, id: 'print.item' };
  const strOfItem: S.Expr = { kind: 'Call', pos, func: { kind: 'Name', pos, id: 'str' }, args: [item], keywords: [] };
  const items: S.Expr = { kind: 'ListComp', pos, elt: strOfItem, generators: [{ target: { ...item }, iter: { kind: 'List', pos, elts: args }, ifs: [], pos }] };
  const joined: S.Expr = { kind: 'Call', pos, func: { kind: 'Attribute', pos, value: sep, attr: 'join' }, args: [items], keywords: [] };
  return { kind: 'Call', pos, func, args: [joined], keywords: keywords.filter((k) => k !== sepArg) };
}

/** An expression that can be evaluated twice with the same result and no side effect. */
function isPureRead(e: S.Expr): boolean {
  if (e.kind === 'Attribute') return isPureRead(e.value);
  return ['Name', 'Int', 'Float', 'Str', 'Bool', 'None'].includes(e.kind);
}

/** X when `e` is `type(X)`. */
function typeCallArg(e: S.Expr): S.Expr | null {
  return e.kind === 'Call' && e.func.kind === 'Name' && e.func.id === 'type' && e.args.length === 1 && e.keywords.length === 0 && e.args[0].kind !== 'Starred' ? e.args[0] : null;
}

/** `type(X).__name__`: the builtin `type.__name__` (not nameable in Python), so no type object is needed. */
function typeNameCall(pos: SourcePos, x: S.Expr): S.Expr {
  return { kind: 'Call', pos, func: { kind: 'Name', pos, id: 'type.__name__' }, args: [x], keywords: [] };
}

/** Built-in types no other class shares a name with, unless a program names its own class so (then that class is the only one). */
const namedOnceTypes = new Set(['int', 'float', 'bool', 'str', 'list', 'tuple', 'dict', 'set', 'frozenset', 'bytes', 'bytearray', 'complex', 'range']);

/**
 * Exact type tests: `type(a) == type(b)` is the identity of the two class objects (type's == is identity);
 * `type(x) is C` (x a name, constant or attribute of a name, read twice) is `isinstance(x, C) and type(x) is C`,
 * whose isinstance narrows x's type where the test holds, as the identity test alone would not.
 */
function exactTypeTest(pos: SourcePos, left: S.Expr, right: S.Expr, negated: boolean): S.Expr | null {
  const a = typeCallArg(left);
  const b = typeCallArg(right);
  let test: S.Expr | null = null;
  if (a && b) {
    test = { kind: 'Compare', pos, left, ops: ['is'], comparators: [right] };
  } else {
    const [x, cls] = a ? [a, right] : b ? [b, left] : [null, null];
    if (x && cls && isPureRead(x) && cls.kind === 'Name') {
      const isInstance: S.Expr = { kind: 'Call', pos, func: { kind: 'Name', pos, id: 'isinstance' }, args: [x, cls], keywords: [] };
      // A built-in type is the one class of its name (its name is the cheaper test); another class is itself.
      const sameClass: S.Expr = namedOnceTypes.has(cls.id)
        ? { kind: 'Compare', pos, left: typeNameCall(pos, { ...x }), ops: ['=='], comparators: [{ kind: 'Str', pos, value: cls.id }] }
        : { kind: 'Compare', pos, left: { kind: 'Call', pos, func: { kind: 'Name', pos, id: 'type' }, args: [{ ...x }], keywords: [] }, ops: ['is'], comparators: [{ ...cls }] };
      test = { kind: 'BoolOp', pos, op: 'and', left: isInstance, right: sameClass };
    }
  }
  if (!test) return null;
  return negated ? { kind: 'Unary', pos, op: 'not', operand: test } : test;
}

/** A product() pool that reads the same items each time it is evaluated: a name, a literal, or range()/a display of those. */
function isRepeatablePool(e: S.Expr): boolean {
  if (e.kind === 'Name' || e.kind === 'Str' || e.kind === 'Int') return true;
  if (e.kind === 'List' || e.kind === 'Tuple') return e.elts.every((x) => x.kind !== 'Starred' && isRepeatablePool(x));
  return e.kind === 'Call' && e.func.kind === 'Name' && e.func.id === 'range' && e.args.every(isRepeatablePool);
}

/**
 * `{**a, 'k': v, **b}` as the comprehension
 * `{k: v for m in (a, {'k': v}, b) for k, v in m.items()}`: later keys win and
 * keep the first position, as in CPython. Every part is evaluated (in the
 * enclosing scope, as a comprehension's first iterable is) before merging.
 */
/**
 * `f(a, k=1, **m, **n)` -> `f(a, **$merge_kwargs('f()', ({'k': 1}, m, n)))`: CPython merges the keywords
 * and mappings into one dict before the call, raising TypeError for a key given twice; the merged dict
 * then binds as one `**d` does. The first argument is the message's name of the callee
 * (`__main__.f()`), filled in by the checker where the call binds a function (kwargsMergeName).
 */
function mergedKeywords(pos: SourcePos, parts: (S.KeywordArg | S.Expr)[], callee: string): S.Expr {
  const mappings: S.Expr[] = [];
  let run: S.KeywordArg[] = [];
  const flush = () => {
    if (run.length) mappings.push({ kind: 'Dict', pos: run[0].pos, keys: run.map((k) => ({ kind: 'Str', pos: k.pos, value: k.name }) as S.Expr), values: run.map((k) => k.value) });
    run = [];
  };
  for (const p of parts) {
    if ('kind' in p) {
      flush();
      mappings.push(p);
    } else run.push(p);
  }
  flush();
  const name: S.Expr = { kind: 'Str', pos, value: `${callee}()` };
  return { kind: 'Call', pos, func: { kind: 'Name', pos, id: '$merge_kwargs' }, args: [name, { kind: 'Tuple', pos, elts: mappings }], keywords: [] } as S.Expr;
}

export function mergedDictDisplay(pos: SourcePos, parts: S.Expr[]): S.Expr {
  const name = (id: string): S.Expr => ({ kind: 'Name', pos, id }) as S.Expr;
  const mapping = '_merged_mapping';
  const key = '_merged_key';
  const value = '_merged_value';
  const items: S.Expr = { kind: 'Call', pos, func: { kind: 'Attribute', pos, value: name(mapping), attr: 'items' }, args: [], keywords: [] } as unknown as S.Expr;
  return {
    kind: 'DictComp',
    pos,
    key: name(key),
    value: name(value),
    generators: [
      { target: name(mapping), iter: { kind: 'Tuple', pos, elts: parts } as S.Expr, ifs: [], pos },
      { target: { kind: 'Tuple', pos, elts: [name(key), name(value)] } as S.Expr, iter: items, ifs: [], pos },
    ],
  } as S.Expr;
}
