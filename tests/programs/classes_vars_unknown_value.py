"""vars() of values of unknown type (made by factories picked from a dict,
kept in a list with other values): the attributes of whichever class the
value is an instance of, subclasses before their bases; and vars(args) /
args.__dict__ of argparse's Namespace."""

import argparse


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Tagged:
    def __init__(self, name):
        self.name = name
        self.tags = []

    def tag(self, t):
        self.tags.append(t)
        return self


def make_point():
    return Point(1, 2)


def make_point3():
    return Point3(3, 4, 5)


def make_tagged():
    return Tagged("alpha").tag("x").tag("y")


FACTORIES = {"point": make_point, "point3": make_point3, "tagged": make_tagged}


def describe(obj):
    d = vars(obj)
    return ", ".join("%s=%r" % (k, d[k]) for k in sorted(d))


def main():
    for name in sorted(FACTORIES):
        obj = FACTORIES[name]()
        print(name, type(obj).__name__, describe(obj))
    values = [make_point(), 5, "text", make_tagged()]
    for v in values:
        try:
            print(sorted(vars(v).items()))
        except TypeError as e:
            print("TypeError:", e)

    parser = argparse.ArgumentParser(prog="demo")
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("--name", default="world")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args(["--count", "3", "a.txt", "b.txt"])
    print(vars(args))
    d = args.__dict__
    print(sorted(d), d["count"] * 2)
    options = vars(args)
    options["name"] = "changed"
    print(args.name)


if __name__ == "__main__":
    main()
