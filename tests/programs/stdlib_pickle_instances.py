"""pickle of instances of the program's classes: default state, __getstate__/__setstate__, __reduce__, dataclasses, subclasses, shared and recursive references, every protocol."""

import pickle
from dataclasses import dataclass


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Empty:
    pass


class Stateful:
    def __init__(self, name):
        self.name = name
        self.cache = {'big': list(range(3))}

    def __getstate__(self):
        return {'name': self.name}

    def __setstate__(self, state):
        self.name = state['name']
        self.cache = {}


class Reduced:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.total = a + b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


def main():
    p = Point(1, 2)
    for proto in range(6):
        data = pickle.dumps(p, proto)
        print(proto, data)
        q = pickle.loads(data)
        print(q, q.norm(), q.x)
    pts = [Point(i, -i) for i in range(3)]
    for proto in (0, 2, 4):
        data = pickle.dumps(pts, proto)
        print(proto, len(data), data)
        back = pickle.loads(data)
        print(back)
    e = Empty()
    print(pickle.dumps(e), pickle.dumps([e, e], 1))
    s = Stateful('n1')
    d = pickle.dumps(s)
    print(d)
    s2 = pickle.loads(d)
    print(s2.name, s2.cache)
    r = Reduced(3, 4)
    d = pickle.dumps(r)
    print(d)
    r2 = pickle.loads(d)
    print(r2.a, r2.b, r2.total)
    mixed = [p, 1, 'x', (p, s)]
    d = pickle.dumps(mixed)
    print(d)
    m2 = pickle.loads(d)
    print(m2[0] is m2[3][0], m2[3][1].name)

    more_classes()



@dataclass
class Item:
    name: str
    price: float
    tags: list


class Base:
    kind = 'base'

    def __init__(self, v):
        self.v = v

    def describe(self):
        return self.kind + ':' + str(self.v)


class Child(Base):
    kind = 'child'

    def __init__(self, v, w):
        super().__init__(v)
        self.w = w

    @property
    def both(self):
        return self.v + self.w


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


def more_classes():
    items = [Item('apple', 1.25, ['fruit']), Item('pear', 0.5, [])]
    data = pickle.dumps(items)
    print(data)
    back = pickle.loads(data)
    print(back, back == items)
    objs = [Base(1), Child(2, 3)]
    data = pickle.dumps(objs, 2)
    print(data)
    b = pickle.loads(data)
    print([o.describe() for o in b], b[1].both, type(b[1]).__name__, isinstance(b[1], Base))
    root = Node('root')
    a = root.add(Node('a'))
    a.add(Node('a1'))
    root.add(Node('b'))
    data = pickle.dumps(root)
    print(len(data), data)
    r2 = pickle.loads(data)
    print(r2.value, [c.value for c in r2.children], r2.children[0].parent is r2, r2.children[0].children[0].value)



main()
