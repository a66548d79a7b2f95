# Instances of classes derived from dict and list are dicts and lists for
# isinstance() and issubclass(); every instance is an object.


class Plain:
    pass


class Registry(dict):
    def register(self, k, v):
        self[k] = v


class Stack(list):
    def push(self, x):
        self.append(x)


def describe(x):
    if isinstance(x, dict):
        return 'dict of %d: %s' % (len(x), sorted(x.keys()))
    if isinstance(x, list):
        return 'list of %d' % len(x)
    return 'other'


def main():
    r = Registry()
    r.register('b', 2)
    r.register('a', 1)
    s = Stack()
    s.push(3)
    print(isinstance(r, dict), isinstance(r, list), isinstance(s, list), isinstance(s, (dict, tuple)))
    print(issubclass(Registry, dict), issubclass(Stack, dict), isinstance(r, Registry), isinstance(r, object))
    print(describe(r), describe({'x': 1}), describe(s), describe([1, 2]), describe(5))
    items = [r, s, {'z': 0}, [9]]
    print([isinstance(v, dict) for v in items], [type(v).__name__ for v in items])
    print(r, s, r == {'a': 1, 'b': 2}, s == [3])
    print(isinstance(Plain(), object), isinstance(s, object), [isinstance(v, object) for v in items])


if __name__ == '__main__':
    main()
