# Unpacking values of unknown static type (a, b = v): tuples read in place, lists,
# strs, generators, dicts, ranges, bytes and iterable instances, and CPython's
# ValueError/TypeError for wrong counts and non-iterables.
def pairs(xs):
    for x in xs:
        yield x


def take(v):
    try:
        a, b = v
        return (a, b)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


class H:
    pass


class P:
    def __iter__(self):
        return iter([7, 8])


def main():
    vals = [(1, 2), [3, 4], "ab", (1, 2, 3), (1,), pairs([5, 6]), pairs([1, 2, 3]), pairs([]), 5, None, {9: 1, 10: 2}, P(), range(2), b"xy"]
    for v in vals:
        print(take(v))
    box = [1, 2]
    h = H()
    h.x, box[0] = [10, 20]
    print(h.x, box)


if __name__ == "__main__":
    main()
