# Classes derived from dict and list that override a dunder and reach the
# base's version from it: by naming the base (dict.__setitem__(self, k, v),
# list.append(self, x), dict.__init__(self)) or through super().


class LoggedDict(dict):
    def __init__(self, log):
        dict.__init__(self)
        self.log = log

    def __setitem__(self, key, value):
        self.log.append('set %s' % key)
        dict.__setitem__(self, key, value)

    def __getitem__(self, key):
        self.log.append('get %s' % key)
        return dict.__getitem__(self, key)

    def __delitem__(self, key):
        self.log.append('del %s' % key)
        super().__delitem__(key)

    def __contains__(self, key):
        self.log.append('has %s' % key)
        return super().__contains__(key)

    def __len__(self):
        return dict.__len__(self) * 10

    def __repr__(self):
        return 'LoggedDict(' + dict.__repr__(self) + ')'


class Sorted(list):
    def __init__(self, items=()):
        list.__init__(self)
        for item in items:
            self.append(item)

    def append(self, item):
        i = 0
        while i < list.__len__(self) and list.__getitem__(self, i) < item:
            i += 1
        list.insert(self, i, item)

    def __iter__(self):
        return reversed(list.copy(self))

    def __setitem__(self, index, value):
        raise TypeError('a Sorted list keeps its own order')


class Defaulting(dict):
    def __init__(self, default, pairs):
        super().__init__(pairs)
        self.default = default

    def __getitem__(self, key):
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        return self.default


def main():
    log = []
    d = LoggedDict(log)
    d['a'] = 1
    d['b'] = 2
    d['a'] += 10
    print(d['a'], 'b' in d, 'z' in d, len(d), d)
    del d['b']
    print(d, len(d), sorted(d.keys()), d.get('a'))
    print(log)
    s = Sorted([5, 1, 4])
    s.append(3)
    s.append(9)
    print(list(s), s[0], len(s), s)
    try:
        s[0] = 7
    except TypeError as e:
        print('TypeError:', e)
    dd = Defaulting(0, {'x': 5})
    print(dd['x'], dd['y'], len(dd), dd)


if __name__ == '__main__':
    main()
