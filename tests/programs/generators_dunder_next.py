# it.__next__() and a kept `step = it.__next__`, as benchmark code writes them:
# a random stream drawn through a bound __next__, and a chain of filtering
# generators stepped with __next__() (a prime sieve).
import bisect


def lcg(seed, a=3877, c=29573, m=139968):
    while True:
        seed = (seed * a + c) % m
        yield seed / float(m)


def counter(start):
    n = start
    while True:
        yield n
        n += 1


def drop_multiples(source, p):
    for x in source:
        if x % p:
            yield x


def finite(n):
    for i in range(n):
        yield i * i
    return "done"


def main():
    draw = lcg(7).__next__
    cuts = [0.25, 0.5, 0.75, 1.0]
    letters = "acgt"
    print("".join([letters[bisect.bisect(cuts, draw())] for _ in range(40)]))

    stream = counter(2)
    primes = []
    for _ in range(15):
        p = stream.__next__()
        primes.append(p)
        stream = drop_multiples(stream, p)
    print(primes)

    sq = finite(3)
    print(sq.__iter__() is sq, sq.__next__(), sq.__next__(), sq.__next__())
    try:
        sq.__next__()
    except StopIteration as e:
        print("stopped with", e.value)

    it = iter(["x", "y"])
    step = it.__next__
    print(step(), step(), next(it, "end"))

    words = map(str.upper, ["ab", "cd"])
    print(words.__next__(), list(words))
    pairs = zip("ab", [1, 2])
    print(pairs.__next__(), pairs.__iter__().__next__())
    total = 0
    send_sum = counter(10)
    nxt = send_sum.send
    print(nxt(None), nxt(None))
    for v in enumerate("hi").__iter__():
        total += v[0]
    print(total)


if __name__ == "__main__":
    main()
