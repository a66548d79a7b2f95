# Calls and item assignment on values whose static type is lost: instances with
# __call__(self, *args), dict-derived instances assigned through a method's
# result, built-ins such as max and callable kept as values and called with *args.


class Proc:
    def __init__(self, k):
        self.k = k

    def __call__(self, *args):
        return self.k + sum(args)


class Scaled:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x, *rest):
        return self.factor * x + len(rest)


class Scope(dict):
    def __init__(self, outer=None):
        self.outer = outer

    def find(self, key):
        return self if key in self or self.outer is None else self.outer.find(key)


class Box:
    def __init__(self):
        self.items = {}

    def __setitem__(self, key, value):
        self.items[key] = value * 2

    def __delitem__(self, key):
        del self.items[key]


def lookup(name, env):
    return env[name]


def main():
    env = {'add': lambda a, b: a + b, 'p': Proc(10), 'neg': lambda a: -a, 'max': max, 'min': min, 'callable': callable, 's': Scaled(3)}
    for name, vals in [('add', [1, 2]), ('p', [1, 2, 3]), ('neg', [5]), ('p', []), ('max', [4, 9, 2]), ('min', [[7, 3, 5]]), ('callable', [len]), ('s', [2]), ('s', [2, 0, 0])]:
        f = lookup(name, env)
        print(name, f(*vals))
    for name in ['max', 'min']:
        try:
            lookup(name, env)(*[])
        except TypeError as e:
            print('TypeError:', e)
    try:
        lookup('s', env)(*[])
    except TypeError as e:
        print('TypeError')

    outer = Scope()
    outer['x'] = 1
    inner = Scope(outer)
    inner['y'] = 2
    holders = [outer, inner, Box(), 5]
    inner.find('x')['x'] = 10
    inner.find('z')['z'] = 3
    print(sorted(outer.items()), sorted(inner.items()))
    for h in holders:
        try:
            h['k'] = 4
            del h['k']
            print(type(h).__name__, 'ok')
        except TypeError as e:
            print('TypeError:', e)
    box = holders[2]
    box['a'] = 21
    print(box.items)
    try:
        del holders[3]['a']
    except TypeError as e:
        print('TypeError:', e)


if __name__ == "__main__":
    main()
