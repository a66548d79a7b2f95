# type(x).__name__, exact type tests (type(x) is C, type(a) == type(b)), and zip(*rows).

class Base(object):
    def kind(self):
        raise NotImplementedError

class A(Base):
    def kind(self):
        return "A"

class B(A):
    pass

def types():
    a = A()
    b = B()
    print(a.kind(), type(a).__name__, type(b).__name__, type(a) == A, type(b) is A, type(b) is not A, type(a) != B)
    for v in [1, 2.5, "s", True, None, [1], (1,), {}, b]:
        print(type(v).__name__, type(v) is int, type(v) == float, type(v) is bool)
    print(type(a) == type(b), type(a) == type(A()), type(3) == int, type(True) == int)


def transpose():
    m = [[1, 2, 3], [4, 5, 6]]
    print(list(zip(*m)))
    t = [list(r) for r in zip(*m)]
    print(t, [sum(c) for c in zip(*m)])
    for a, b in zip(*m):
        print(a + b)
    print(list(zip(*[])), list(zip(*["ab", "cd", "ef"])))


def main():
    types()
    transpose()


if __name__ == "__main__":
    main()
