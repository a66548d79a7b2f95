# An `and`/`or` used only as a condition does not merge its operands' types.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def inorder(root):
    stack = []
    out = []
    node = root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        out.append(node.key)
        node = node.right
    return out


def remove_min(node):
    if node is None:
        raise KeyError("empty")
    if node.left is None:
        return node.right
    node.left = remove_min(node.left)
    return node


def main():
    root = Node(5)
    root.left = Node(3)
    root.left.right = Node(4)
    root.right = Node(8)
    print(inorder(root))
    root = remove_min(root)
    print(inorder(root))
    words = ["a", "", "bb"]
    names = {"x": 1}
    print([w for w in words if w or names])
    print("yes" if words and not names else "no")
    n = 0
    while n < 3 and (words or n):
        n += 1
    assert words or names, "never"
    print(n)


if __name__ == "__main__":
    main()
