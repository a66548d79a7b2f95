# Argument unpacking in calls: f(*t) with tuples, forwarding wrappers, and
# print(*items) with any iterable.


def add(a, b=2):
    return a + b


def forward(*args):
    return add(*args)


def trace(fn):
    def wrapper(*args):
        print("call", args)
        return fn(*args)

    return wrapper


def total3(a, b, c):
    return a + b + c


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scaled(self, k, m=1):
        return Vec(self.x * k * m, self.y * k * m)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


def pair():
    print("pair evaluated once")
    return (2, 3)


def main():
    t = (1, 5)
    print(add(*t), forward(3), forward(3, 4), add(*pair()))
    traced = trace(total3)
    print(traced(1, 2, 3), traced(*t, 10))
    print(Vec(*t).scaled(*(2, 3)))
    xs = [1, 2]
    xs.append(*(3,))
    xs.insert(*(0, 9))
    print(xs)
    s = "a-b-c"
    print(s.split(*("-",)), s.replace(*("-", "+")))

    row = [1, 2.5, "x", None]
    print(*row)
    print(*row, sep=", ")
    sep = "|"
    print("a", *row, "b", sep=sep, end="!\n")
    print(*[])
    print(*(i * i for i in range(4)))
    for r in [[1, 2], [3, 4]]:
        print(*r)
    none_sep = None
    print(*"abc", sep=none_sep)
    print(*range(3), *"de", sep="-")


if __name__ == "__main__":
    main()
