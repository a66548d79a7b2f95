# isinstance(x, kind) where `kind` is a class value whose type is known only at run time:
# a parameter of a method called on values of unknown type, a class from a mixed table.


class Node:
    def __init__(self, *children):
        self.children = list(children)

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    def find_all(self, kind):
        return [n for n in self.walk() if isinstance(n, kind)]


class Leaf(Node):
    pass


class Branch(Node):
    pass


class Special(Leaf):
    pass


def count_kinds(values, kinds):
    out = []
    for kind in kinds:
        out.append(sum(1 for v in values if isinstance(v, kind)))
    return out


def main():
    tree = Branch(Leaf(), Branch(Special(), Leaf()), Special())
    roots = [tree, Leaf(), "not a node"]
    for r in roots:
        if isinstance(r, str):
            continue
        print(type(r).__name__, len(r.find_all(Leaf)), len(r.find_all(Special)), len(r.find_all(Branch)), len(r.find_all(Node)))
    values = [1, "a", 2.5, Leaf(), Special(), True, [3], None]
    print(count_kinds(values, [int, str, float, Leaf, Special, Node, list, bool]))
    try:
        count_kinds(values, [int, 5])
    except TypeError as e:
        print("TypeError:", e)


main()
