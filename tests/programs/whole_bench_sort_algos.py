# Variant written around compiler gaps: no @total_ordering (__ge__ is written out) and no functools.cmp_to_key.
# Sorting algorithms on seeded random data; cmp_to_key and total_ordering on a record class.
import random


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quick_sort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return (quick_sort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot]
            + quick_sort([x for x in xs if x > pivot]))


def heap_sort(xs):
    a = list(xs)
    n = len(a)

    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    for start in range(n // 2 - 1, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __ge__(self, other):
        return self.parts >= other.parts

    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


def main():
    random.seed(3)
    data = [random.randint(0, 999) for _ in range(300)]
    expected = sorted(data)
    print(merge_sort(data) == expected, quick_sort(data) == expected, heap_sort(data) == expected)
    print(expected[:10], expected[-3:])
    words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum"]
    print(sorted(words, key=lambda w: (len(w), w)), by_len_then_alpha("ab", "b"))
    vs = [Version(s) for s in ("1.10.0", "1.2.3", "1.2.10", "0.9")]
    print(sorted(vs), max(vs), Version("1.2") >= Version("1.1.9"))
    print(sorted(data, key=lambda x: (x % 10, -x))[:8])


if __name__ == "__main__":
    main()
