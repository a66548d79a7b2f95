import operator
from functools import reduce
from operator import itemgetter, attrgetter, add, mul


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Scaler:
    def __init__(self, v):
        self.v = v

    def scale(self, k, extra=0):
        return self.v * k + extra


class Box:
    def __init__(self, label, corner):
        self.label = label
        self.corner = corner


def main():
    # Arithmetic as values
    print(reduce(operator.add, [1, 2, 3, 4]))
    print(reduce(mul, range(1, 8)))
    print(reduce(operator.add, ["a", "b", "c"]))
    print(reduce(add, [[1], [2, 3]], []))
    print(list(map(operator.sub, [10, 20, 30], [1, 2, 3])))
    print(list(map(operator.truediv, [1, 3], [4, 2])))
    print(list(map(operator.floordiv, [7, -7], [2, 2])))
    print(list(map(operator.mod, [7, -7], [3, 3])))
    print(list(map(operator.pow, [2, 3], [10, 3])))
    print(list(map(operator.neg, [1, -2, 3])))
    print(list(map(operator.pos, [1, -2])))
    print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
    print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.inv(5), operator.invert(0))
    print(operator.mul("ab", 3), operator.mul(2.5, 4))
    # Comparisons
    print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne("a", "b"))
    print(operator.ge(3, 4), operator.gt("b", "a"))
    print(list(map(operator.eq, [1, 2, 3], [1, 0, 3])))
    print(operator.not_(0), operator.not_([1]), operator.truth(""), operator.truth(7))
    a = [1]
    print(operator.is_(a, a), operator.is_not(a, [1]), operator.is_(None, None))
    # Sequences
    print(operator.concat([1, 2], [3]), operator.concat("ab", "cd"))
    print(operator.contains([1, 2, 3], 2), operator.contains("hello", "z"))
    print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abcb", "b"))
    try:
        operator.indexOf([1, 2], 5)
    except ValueError as e:
        print("ValueError:", e)
    d = {"a": 1}
    operator.setitem(d, "b", 2)
    print(d, operator.getitem(d, "b"))
    operator.delitem(d, "a")
    print(d)
    xs = [5, 6, 7, 8]
    print(operator.getitem(xs, 2), operator.getitem(xs, -1))
    operator.setitem(xs, 0, 50)
    operator.delitem(xs, 1)
    print(xs)
    # In-place operators
    lst = [1]
    r = operator.iadd(lst, [2])
    print(r, lst, r is lst)
    print(operator.iadd(3, 4), operator.isub(10, 3), operator.imul("x", 3), operator.itruediv(7, 2))
    print(operator.ifloordiv(7, 2), operator.imod(7, 4), operator.ipow(2, 5), operator.iand(6, 3), operator.ior(4, 1), operator.ixor(5, 1))
    print(operator.ilshift(3, 2), operator.irshift(64, 2), operator.iconcat([0], [9]))
    # itemgetter
    rows = [("carol", 35, "c@x"), ("alice", 30, "a@x"), ("bob", 35, "b@x")]
    print(sorted(rows, key=itemgetter(1)))
    print(sorted(rows, key=itemgetter(1, 0)))
    print(list(map(itemgetter(0), rows)))
    print(max(rows, key=itemgetter(1)))
    print(min(rows, key=operator.itemgetter(2)))
    get_pair = itemgetter(2, 0)
    print(get_pair(rows[0]))
    print(itemgetter("b")({"a": 1, "b": 2}))
    print(itemgetter(-1)("xyz"), itemgetter(0)([[1, 2], 3]))
    scores = {"x": 3, "y": 1, "z": 2}
    print(sorted(scores.items(), key=itemgetter(1)))
    print(sorted(scores.items(), key=itemgetter(1), reverse=True))
    rows.sort(key=itemgetter(0))
    print(rows)
    try:
        itemgetter(5)([1, 2])
    except IndexError as e:
        print("IndexError:", e)
    # attrgetter
    pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
    print(sorted(pts, key=attrgetter("x")))
    print(sorted(pts, key=attrgetter("y")))
    print(attrgetter("x", "y")(pts[0]))
    boxes = [Box("b", Point(5, 5)), Box("a", Point(0, 9))]
    print([b.label for b in sorted(boxes, key=attrgetter("corner.x"))])
    print(attrgetter("corner.y", "label")(boxes[1]))
    try:
        attrgetter("z")(pts[0])
    except AttributeError as e:
        print("AttributeError:", e)
    # methodcaller
    print(list(map(operator.methodcaller("upper"), ["a", "b"])), list(map(operator.methodcaller("split", ","), ["a,b", "c"])))
    print(sorted(["Banana", "apple", "cherry"], key=operator.methodcaller("lower")))
    print([operator.methodcaller("scale", 3)(b) for b in [Scaler(1), Scaler(2)]], operator.methodcaller("scale", 2, 5)(Scaler(4)))
    print(operator.methodcaller("count", 1)([1, 2, 1]), operator.methodcaller("get", "k", 0)({"k": 9}))
    try:
        operator.methodcaller("nope")(Scaler(1))
    except AttributeError as e:
        print("AttributeError:", e)
    # A table of operators, as calculators write it
    ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
    for sym in ["+", "-", "*", "/"]:
        print(12, sym, 4, "=", ops[sym](12, 4))
    stack = []
    for tok in "3 4 + 2 * 7 -".split():
        if tok in ops:
            b = stack.pop()
            a2 = stack.pop()
            stack.append(ops[tok](a2, b))
        else:
            stack.append(int(tok))
    print(stack)


if __name__ == "__main__":
    main()
