"""Checks that Python files stay inside the milestone-1 language slice.

usage: python3 slice_check.py FILE...   (prints one line per violation; exit 1 if any)

The slice: int/float/bool/None/str scalars, arithmetic, bitwise, comparison
(no `is`/`in`), and/or/not, conditional expressions, f-strings, if/elif/else,
while/else, for-over-range/else, break/continue, functions with positional,
defaulted and keyword arguments, module-level constants, augmented
assignment, and the builtins print/str/int/float/abs/bool/len/range.
"""
import ast
import sys

ALLOWED = {
    ast.Module, ast.FunctionDef, ast.arguments, ast.arg, ast.Return, ast.Assign,
    ast.AugAssign, ast.For, ast.While, ast.If, ast.Break, ast.Continue, ast.Expr,
    ast.BoolOp, ast.BinOp, ast.UnaryOp, ast.IfExp, ast.Compare, ast.Call,
    ast.keyword, ast.Constant, ast.JoinedStr, ast.FormattedValue, ast.Name,
    ast.Load, ast.Store,
    ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow,
    ast.LShift, ast.RShift, ast.BitOr, ast.BitXor, ast.BitAnd,
    ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE,
    ast.And, ast.Or, ast.Not, ast.Invert, ast.UAdd, ast.USub,
}
BUILTINS = {"print", "str", "int", "float", "abs", "bool", "len", "range"}


def check(path):
    problems = []
    with open(path, encoding="utf-8") as f:
        try:
            tree = ast.parse(f.read(), path)
        except SyntaxError as e:
            return [f"{path}:{e.lineno}:{e.offset}: SyntaxError: {e.msg}"]
    defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    mains = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "main"]
    if len(mains) != 1:
        problems.append(f"{path}: defines main() {len(mains)} times at top level")
    for node in ast.walk(tree):
        where = f"{path}:{getattr(node, 'lineno', 0)}:{getattr(node, 'col_offset', -1) + 1}"
        if type(node) not in ALLOWED:
            problems.append(f"{where}: {type(node).__name__} is outside the slice")
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name):
                problems.append(f"{where}: call of a non-name")
            elif node.func.id not in BUILTINS and node.func.id not in defined:
                problems.append(f"{where}: call of unknown function {node.func.id}")
        if isinstance(node, ast.For):
            it = node.iter
            if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range"):
                problems.append(f"{where}: for loop not over range()")
            if not isinstance(node.target, ast.Name):
                problems.append(f"{where}: for target is not a plain name")
        if isinstance(node, ast.Assign) and not all(isinstance(t, ast.Name) for t in node.targets):
            problems.append(f"{where}: assignment target is not a plain name")
        if isinstance(node, ast.FunctionDef):
            a = node.args
            if a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs or node.decorator_list:
                problems.append(f"{where}: function signature outside the slice")
    return problems


def main():
    problems = []
    for path in sys.argv[1:]:
        problems.extend(check(path))
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
