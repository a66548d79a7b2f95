# *x in calls where x's type is only known at run time (a value that may be
# a tuple or a list, items of a heterogeneous container, a received message).


class Point:
    def __init__(self, x, y, label="p"):
        self.x = x
        self.y = y
        self.label = label

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy, self.label)

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.label!r})"


def add(a, b):
    return a + b


def describe(first, *rest, sep="-"):
    return sep.join([str(first)] + [str(r) for r in rest])


def make_args(n):
    if n % 2:
        return tuple(range(n))
    return list(range(n))


def counter():
    calls = []

    def record(*args, **kwargs):
        calls.append((args, sorted(kwargs.items())))
        return len(calls)

    return record, calls


def main():
    shapes = [(1, 2), [3, 4], (5, 6, "q")]
    for s in shapes:
        print(Point(*s))
    p = Point(0, 0)
    for d in [(1,), [2, 3], (4, 5)]:
        p = p.moved(*d)
        print(p)
    for n in range(1, 6):
        print(n, describe(*make_args(n)), describe(*make_args(n), sep="+"))
    print(describe("head", *make_args(3), "tail"))
    record, calls = counter()
    for args in [(1,), [1, 2], (), ["a", "b", "c"]]:
        record(*args, flag=len(args))
    print(calls)
    table = {"add": add, "describe": describe}
    for name, args in [("add", (1, 2)), ("describe", ["x", "y", "z"]), ("add", [10, 20])]:
        print(name, table[name](*args))
    for bad in [(1,), (1, 2, 3)]:
        try:
            add(*make_args(len(bad)) if len(bad) != 3 else make_args(3))
        except TypeError as e:
            print("TypeError:", e)
    gen_args = [x * x for x in range(3)] if True else (1,)
    print(describe(*gen_args))


if __name__ == "__main__":
    main()
