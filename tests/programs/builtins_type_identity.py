"""type(a) == type(b) and type(x) is C compare class objects by identity: built-in types, subclasses, classes made per call."""
class A:
    pass


class B(A):
    pass


class Num(int):
    pass


def make():
    class Local:
        pass
    return Local()


def same(a, b):
    return type(a) == type(b)


def main():
    a, b = A(), B()
    print(type(a) == type(b), type(a) is type(A()), type(1) == type(True), type("x") == type("y"))
    print(same(1, 2), same(1, 2.0), same([1], []), same(a, A()), same(b, a), same(None, None), same((1,), ()))
    print(type(a) is A, type(b) is A, type(b) is B, type(True) is int, type(1) is int, type(3.5) is float)
    print(type(a) != type(b), type(b) is not B, type(Num(3)) is int, type(Num(3)) == type(3))
    x = make()
    y = make()
    print(type(x) == type(y), type(x).__name__)
    items = [1, "s", 2.5, a, b, None, [1], (2,), {3: 4}, True]
    for i in items:
        print(repr(i)[:10], [type(i) is type(j) for j in items].count(True), type(i) is int, type(i) == str)


if __name__ == "__main__":
    main()
