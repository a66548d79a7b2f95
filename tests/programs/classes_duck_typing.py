# Instances the compiler can only type as "any value" (classes without a
# common base in one list, a variable reused for different types): their
# attributes, properties and methods are found by name at run time.


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

    def scaled(self, k=2):
        return Circle(self.r * k)

    @property
    def name(self):
        return "circle"

    def __repr__(self):
        return f"Circle({self.r})"


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def scaled(self, k=2):
        return Rect(self.w * k, self.h * k)

    @property
    def name(self):
        return "rect"

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"


class Label:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return "L" + self.n


class Pair:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __getitem__(self, index):
        return (self.x, self.y)[index]


class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def __eq__(self, other):
        return True


def total(shapes):
    return sum(s.area() for s in shapes)


def main():
    shapes = [Circle(1), Rect(2, 3), Circle(0.5)]
    print(shapes, total(shapes))
    print([s.name for s in shapes])
    print([s.scaled() for s in shapes], [s.scaled(3).area() for s in shapes])
    print(sorted(shapes, key=lambda s: s.area()))
    by_name = {}
    for s in shapes:
        by_name.setdefault(s.name, []).append(s)
    print(by_name)
    try:
        shapes[0].area(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        shapes[1].missing()
    except AttributeError as e:
        print("AttributeError:", e)
    print(shapes[1].w, shapes[0].r)

    try:
        raise ValueError("reused")
    except ValueError as e:
        print(e)
    e = Rect(1, 1)
    print(e.w, e.area())

    label = Label("x")
    mixed = {"a": 1, "label": label}
    print(label, len(mixed), mixed["label"].n)

    p = Pair(1, 2)
    print(p[0], p[0:1], p[-1])

    chain = Node(Node(None))
    print(chain.nxt.nxt == None, chain.nxt == None)


if __name__ == "__main__":
    main()
