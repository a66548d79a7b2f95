# id() identifies objects: equal for the same object, kept while it lives.
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []


def walk(node, seen):
    if id(node) in seen:
        return 0
    seen.add(id(node))
    return 1 + sum(walk(c, seen) for c in node.children)


def main():
    a = Node(1)
    b = Node(2)
    c = Node(3)
    a.children = [b, c]
    b.children = [c, a]
    c.children = [c]
    print(walk(a, set()))
    print(id(a) == id(a), id(a) == id(b), id(a) != id(Node(1)))
    xs = [1, 2]
    ys = xs
    print(id(xs) == id(ys), id(xs) == id([1, 2]), isinstance(id(xs), int))
    memo = {id(xs): "list", id(a): "node"}
    print(memo[id(ys)], memo[id(a)], len(memo))
    print(id(None) == id(None), id("s") == id("s"))


if __name__ == "__main__":
    main()
