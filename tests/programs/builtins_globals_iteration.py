"""Iterating globals(): a test runner that finds its tests by name."""
# The module's dunders come first, then every name in the order the top
# level binds it; values are the globals themselves.

RUNS: int = 0
results = []


def test_addition():
    results.append("add")
    return 1 + 1 == 2


def test_strings():
    results.append("str")
    return "ab" * 2 == "abab"


def test_failing():
    results.append("fail")
    return False


def helper():
    return "not a test"


class TestLike:
    pass


def main():
    passed = 0
    for name, value in list(globals().items()):
        if name.startswith("test_") and callable(value):
            ok = value()
            print(name, "ok" if ok else "FAILED")
            passed += ok
    print(passed, results)
    tests = [n for n in globals() if n.startswith("test")]
    print(tests)
    print(sorted(k for k in globals().keys() if not k.startswith("__")))
    print(list(globals())[:9])
    print(len(globals()), globals()["__doc__"], globals()["__annotations__"], globals()["__name__"])
    print([k for k, v in globals().items() if v is helper])
    print({k: v for k, v in globals().items() if k == "RUNS"})
    print("helper" in globals(), globals().get("missing", "none"))


main()
