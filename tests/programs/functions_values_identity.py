"""A function value is one object: `rule is a` in a loop over a tuple of functions, ==, dict keys (CPython's function identity)."""


def a(x, y):
    return x + y


def b(x):
    return x * 2


RULES = (a, b)


def main():
    for rule in RULES:
        print(rule is a, rule is b, rule == a, rule.__name__)
        if rule is a:
            print(rule(1, 2))
        else:
            print(rule(5))
    f = a
    print(f is a, a is a, RULES[0] is a, [a][0] is a, {a: 1}.get(a))


if __name__ == "__main__":
    main()
