"""itertools.tee: independent iterators over one source that is read once,
consumed at different paces, over generators, lists and files of numbers."""
from itertools import tee, islice, count


def numbers(log):
    for i in range(1, 8):
        log.append(i)
        yield i * i


def pairwise_diffs(values):
    a, b = tee(values)
    next(b, None)
    return [y - x for x, y in zip(a, b)]


def main():
    log = []
    first, second = tee(numbers(log))
    print(next(first), next(first), log)
    print(list(second), log)
    print(list(first))
    print(pairwise_diffs([1, 4, 9, 16, 25]))
    a, b, c = tee(count(10), 3)
    print(list(islice(a, 3)), list(islice(b, 5)), next(c))
    (only,) = tee('abc', 1)
    print(list(only))
    print(tee([1, 2], 0))
    evens, odds = tee(range(10))
    print([x for x in evens if x % 2 == 0], [x for x in odds if x % 2])
    try:
        tee([1], -1)
    except ValueError as e:
        print('ValueError:', e)


if __name__ == "__main__":
    main()
