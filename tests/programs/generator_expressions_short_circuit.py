import itertools


def main():
    g = (x * 2 for x in itertools.count())
    print(any(v > 7 for v in g))
    print(next(g))
    h = (x for x in range(5))
    print(all(h), list(enumerate(h)))
    k = (c for c in "abc")
    print(list(zip(k, itertools.count())))
    m = (c for c in "abc")
    print(list(map(lambda s: s.upper(), m)), list(filter(None, (x % 2 for x in range(4)))))
    for y in (x * x for x in itertools.count()):
        if y > 20:
            print(y)
            break


if __name__ == "__main__":
    main()
