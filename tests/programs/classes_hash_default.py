# hash() of instances: object's identity hash for a class without __hash__, CPython's
# 'unhashable type' for a class that defines __eq__ only (or sets __hash__ = None), and a
# class's own __hash__, also where a value may be an instance of several of these classes.

class A:
    pass


class B:
    def __eq__(self, o):
        return True


class C(B):
    __hash__ = None


class D(B):
    def __hash__(self):
        return 7


def main():
    a = A()
    print(hash(a) == hash(a), D() in {D()}, hash(D()))
    for v in (B(), C()):
        try:
            hash(v)
        except TypeError as e:
            print("TypeError:", e)
        try:
            {v: 1}
        except TypeError as e:
            print("TypeError:", e)
        try:
            s = set()
            s.add(v)
        except TypeError as e:
            print("TypeError:", e)




def more():
    xs = [A(), D(), A()]
    print([hash(x) == hash(x) for x in xs], [hash(x) for x in xs if isinstance(x, D)])
    ys = [B(), D()]
    for y in ys:
        try:
            print(hash(y))
        except TypeError as e:
            print("TypeError:", e)


main()
more()
