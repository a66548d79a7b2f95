# Guards on None and optional values: each specialisation of a function
# keeps only the branch its argument types allow (`if node is None: return`
# with node None), optional parameters (`key=None`), Optional[C] fields,
# and isinstance tests on mixed values.


class Node:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def insert(root, val):
    if root is None:
        return Node(val)
    if val < root.val:
        root.left = insert(root.left, val)
    else:
        root.right = insert(root.right, val)
    return root


def inorder(node):
    if node:
        yield from inorder(node.left)
        yield node.val
        yield from inorder(node.right)


def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


def find(node, val):
    while node is not None and node.val != val:
        node = node.left if val < node.val else node.right
    return node


class ListNode:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt


def build(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def to_list(head):
    out = []
    while head:
        out.append(head.val)
        head = head.next
    return out


def reverse(head):
    prev = None
    while head is not None:
        head.next, prev, head = prev, head, head.next
    return prev


def transform(x, key=None):
    if key is None:
        return x
    return key(x)


def describe(value, default=None):
    if value is None and default is None:
        return "nothing"
    if value is None:
        return "default " + str(default)
    return "value " + str(value)


def total(values, start=None):
    acc = 0 if start is None else start
    for v in values:
        acc += v
    return acc


def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int " + str(x + 1)
    if isinstance(x, str):
        return "str " + x.upper()
    if x is None:
        return "none"
    return "other"


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self, scale=1):
        return 3 * self.r * self.r * scale


class Square:
    def __init__(self, s):
        self.s = s

    def area(self, scale=1):
        return self.s * self.s * scale

    def side(self):
        return self.s


class Cube(Square):
    def volume(self):
        return self.s**3


def inspect(items):
    out = []
    for it in items:
        if isinstance(it, Cube):
            out.append(f"cube {it.volume()} {it.area(scale=6)}")
        elif isinstance(it, Square) and it.side() > 1:
            out.append(f"big square {it.side()} {it.area(scale=2)}")
        elif isinstance(it, (Square, Cube)):
            out.append(f"square {it.area()}")
        elif isinstance(it, Circle):
            out.append(f"circle {it.area(scale=10)} r={it.r}")
        elif isinstance(it, (int, float)):
            out.append(f"number {it * 2}")
        elif it is None:
            out.append("none")
        else:
            out.append(f"other {it!r}")
    return out


def main():
    items = [Circle(1), Square(2), Square(1), Cube(2), 5, 2.5, "x", None]
    for line in inspect(items):
        print(line)
    area_sum = sum(s.area() for s in items if isinstance(s, (Circle, Square)))
    print(area_sum)
    root = None
    for v in [50, 30, 70, 20, 40, 60, 80, 35]:
        root = insert(root, v)
    print(list(inorder(root)), height(root), height(None))
    hit = find(root, 40)
    print(hit.val if hit is not None else "missing", find(root, 99))
    print(list(inorder(None)), insert(None, 5).val)

    head = build([1, 2, 3, 4])
    print(to_list(head), to_list(reverse(head)), to_list(None), to_list(reverse(None)))

    print(transform(5), transform(5, key=lambda v: v * 10), transform("ab", key=str.upper))
    print(describe(None), describe(None, 3), describe(7), describe("x", "y"))
    print(total([1, 2, 3]), total([1, 2, 3], 10), total([0.5, 0.25], 1.0))
    print([kind(x) for x in [True, 3, "hi", None, 2.5]])


if __name__ == "__main__":
    main()
