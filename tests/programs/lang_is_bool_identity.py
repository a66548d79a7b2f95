"""`x is flag` where flag is a bool variable: True and False are singletons, so identity is their value (sqlglot's is_bool helpers)."""


def is_bool(node, value):
    return node is value


def main():
    values = [True, False, 1, 0, None, "True", [], 1.0]
    for flag in (True, False):
        print(flag, [is_bool(v, flag) for v in values], [v is not flag for v in values])
    a = 3 > 2
    b = not a
    print(a is True, b is False, a is b, a is not b, (a and b) is False)
    mixed = {"x": True, "y": 1}
    print(mixed["x"] is a, mixed["y"] is a, mixed.get("z") is None)


if __name__ == "__main__":
    main()
