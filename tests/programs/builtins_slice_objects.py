# slice objects as values: slice(...) kept in variables and lists, their start/stop/step,
# indices(), repr and ==; isinstance(key, slice) in a __getitem__ that takes slices, tuples
# and ints; isinstance(r, range) of a range object.

class Seq:
    def __init__(self, n):
        self.data = list(range(n))

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.data))
            return [self.data[i] for i in range(start, stop, step)]
        if isinstance(key, tuple):
            return [self.data[k] for k in key]
        return self.data[key]

    def __len__(self):
        return len(self.data)


def more_slices():
    a = slice(5)
    b = slice(1, 10, 3)
    print(a, b, repr(b), str(a), a == slice(None, 5), a == b, a.indices(3), b.indices(7), slice(None, None, -1).indices(4))
    print("abcdefghij"[b], (1, 2, 3, 4, 5, 6)[a], list(range(20))[b], bytes(range(10))[b])
    try:
        slice(1, 2, 0).indices(5)
    except ValueError as e:
        print("ValueError", e)
    try:
        b.indices(-1)
    except ValueError as e:
        print("ValueError", e)
    try:
        "abc"[slice("a", 2)]
    except TypeError as e:
        print("TypeError", e)
    parts = [slice(0, 2), slice(2, 4)]
    s = "abcd"
    print([s[p] for p in parts], [p.start for p in parts])
    xs = list(range(10))
    xs[slice(0, 3)] = ["x"]
    print(xs)
    del xs[slice(0, 2)]
    print(xs)


def main():
    s = Seq(10)
    print(s[3], s[2:8:2], s[::-3], s[1, 4], s[-1])
    sl = slice(1, None, 2)
    print(isinstance(sl, slice), sl.start, sl.stop, sl.step, sl, s[sl], list(range(10))[sl])
    print(isinstance(3, slice), isinstance(sl, (int, slice)), type(sl).__name__)
    for i, x in enumerate(s):
        if i > 3:
            break
        print(x, end=" ")
    print()
    more_slices()
    r = range(3)
    print(isinstance(r, range), isinstance(r, (list, range)), isinstance([1], range))


main()
