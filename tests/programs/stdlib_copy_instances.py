# copy.copy and copy.deepcopy of instances of user classes (shared and cyclic
# references, float attributes, nested containers).

import copy

class Node:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def __repr__(self):
        return f"Node({self.name}, {self.weight}, {[c.name for c in self.children]})"

class Config:
    def __init__(self):
        self.opts = {"depth": 3, "tags": ["a", "b"]}
        self.scale = 1.5

def main():
    root = Node("root", 1.0)
    a = root.add(Node("a", 2.5))
    a.add(Node("a1", 0.25))
    shallow = copy.copy(root)
    deep = copy.deepcopy(root)
    deep.children[0].name = "A"
    deep.children[0].children.append(Node("new", 9.0))
    print(root, shallow, deep)
    print(shallow.children is root.children, deep.children is root.children, deep.children[0].parent is deep)
    print(a, deep.children[0], root.weight + deep.weight)
    c = Config()
    d = copy.deepcopy(c)
    d.opts["tags"].append("c")
    d.scale *= 2
    print(c.opts, d.opts, c.scale, d.scale)
    pair = copy.deepcopy([root, root])
    print(pair[0] is pair[1], pair[0] is root)


if __name__ == "__main__":
    main()
