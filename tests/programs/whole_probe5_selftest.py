# A unittest-free self-checking test harness, as small projects write them:
# tests registered by a decorator, plain asserts with messages, an expected-
# exception context manager, setup fixtures, and a summary report. The code
# under test is a tiny RPN calculator and a slugify helper.
import heapq
import string
import sys
from string import Template

TESTS = []


def test(fn=None, *, tags=()):
    def register(f):
        TESTS.append((f.__name__, tuple(tags), f))
        return f
    if fn is not None:
        return register(fn)
    return register


class raises:
    def __init__(self, expected, match=None):
        self.expected = expected
        self.match = match
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            raise AssertionError("expected %s to be raised" % self.expected.__name__)
        if not issubclass(exc_type, self.expected):
            return False
        if self.match is not None and self.match not in str(exc):
            raise AssertionError("%r does not contain %r" % (str(exc), self.match))
        self.caught = exc
        return True


class CalcError(Exception):
    pass


def rpn(expression, variables=None):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "^": lambda a, b: a ** b}
    for token in expression.split():
        if token in ops:
            if len(stack) < 2:
                raise CalcError("stack underflow at %r" % token)
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(ops[token](a, b))
            except ZeroDivisionError:
                raise CalcError("division by zero") from None
        elif token.lstrip("-").isdigit():
            stack.append(int(token))
        elif variables is not None and token in variables:
            stack.append(variables[token])
        else:
            raise CalcError("unknown token %r" % token)
    if len(stack) != 1:
        raise CalcError("expected one result, stack is %s" % stack)
    return stack[0]


def slugify(text, sep="-"):
    keep = string.ascii_lowercase + string.digits
    words = "".join(c if c in keep else " " for c in text.lower()).split()
    return sep.join(words)


@test
def test_simple_sums():
    assert rpn("1 2 +") == 3
    assert rpn("2 3 4 * +") == 14, "precedence by position"
    assert rpn("10 4 -") == 6


@test(tags=("division",))
def test_division_gives_float():
    result = rpn("7 2 /")
    assert isinstance(result, float) and result == 3.5, result


@test(tags=("errors",))
def test_underflow():
    with raises(CalcError, match="underflow") as ctx:
        rpn("1 +")
    assert "'+'" in str(ctx.caught)


@test(tags=("errors", "division"))
def test_zero_division():
    with raises(CalcError, match="zero"):
        rpn("1 0 /")


@test
def test_variables():
    assert rpn("x y * 1 +", {"x": 6, "y": 7}) == 43
    with raises(CalcError):
        rpn("x 1 +")


@test(tags=("slug",))
def test_slugify():
    assert slugify("Hello, World!") == "hello-world"
    assert slugify("  Many   spaces\there ", sep="_") == "many_spaces_here"
    assert slugify("Ünïcode & Co") == "n-code-co", slugify("Ünïcode & Co")


@test(tags=("broken",))
def test_known_failure():
    assert rpn("2 3 ^") == 9, "2 ** 3 is %d" % rpn("2 3 ^")


@test(tags=("broken",))
def test_unexpected_error():
    rpn("1 2 3 +")


@test
def test_raises_itself():
    try:
        with raises(CalcError):
            pass
    except AssertionError as e:
        assert "expected CalcError" in str(e), str(e)
    else:
        raise AssertionError("raises() let a missing exception pass")


REPORT = Template("$passed passed, $failed failed, $errors errors in $total tests")


def run(selected_tags=None):
    results = {"passed": [], "failed": [], "errors": []}
    slowest = []
    for order, (name, tags, fn) in enumerate(TESTS):
        if selected_tags and not set(tags) & set(selected_tags):
            continue
        try:
            fn()
        except AssertionError as e:
            results["failed"].append((name, str(e) or "assertion failed"))
            status = "FAIL"
        except Exception as e:
            results["errors"].append((name, "%s: %s" % (type(e).__name__, e)))
            status = "ERROR"
        else:
            results["passed"].append((name, ""))
            status = "ok"
        # a deterministic "cost" stands in for timings: the length of the name
        heapq.heappush(slowest, (-len(name), order, name))
        print("{status:<5} {name}{tags}".format_map({"status": status, "name": name,
                                                      "tags": " [%s]" % ",".join(tags) if tags else ""}))
    for kind in ("failed", "errors"):
        for name, message in results[kind]:
            print("  %s %s: %s" % (kind[:-1] if kind == "errors" else "failure", name, message))
    counts = {k: len(v) for k, v in results.items()}
    print(REPORT.substitute(counts, total=sum(counts.values())))
    print("longest names:", [heapq.heappop(slowest)[2] for _ in range(min(2, len(slowest)))])
    return counts["failed"] + counts["errors"]


def main():
    print("all:")
    bad = run()
    print("division and errors only:")
    run(selected_tags=["division", "errors"])
    print("exit status would be", 1 if bad else 0, file=sys.stdout)


if __name__ == "__main__":
    main()
