"""Chains of generators as deep as CPython runs them: 900 generators each
iterating the next (one frame per level, as CPython counts), an async
generator sieve 300 filters deep, and a chain of generators resuming each
other with send() that passes the recursion limit and raises RecursionError
(it used to run on unbounded)."""
import asyncio


def layered(n):
    def passthrough(inner):
        for x in inner:
            yield x
    g = iter(range(3))
    for _ in range(n):
        g = passthrough(g)
    return g


def tree_walk(depth):
    def walk(level):
        if level == depth:
            yield level
            return
        yield from walk(level + 1)
        yield level
    return walk(0)


def relay_chain(n):
    def relay(inner):
        v = None
        while True:
            v = yield inner.send(v)

    def source():
        v = 0
        while True:
            v = yield (v or 0) * 2
    g = source()
    next(g)
    for _ in range(n):
        g = relay(g)
        next(g)
    return g


async def numbers():
    i = 2
    while True:
        yield i
        i += 1


async def keep_coprime(source, prime):
    async for i in source:
        if i % prime:
            yield i


async def sieve(count):
    primes = []
    source = numbers()
    for _ in range(count):
        prime = await source.__anext__()
        primes.append(prime)
        source = keep_coprime(source, prime)
    return primes


def main():
    print(list(layered(900)))
    walked = list(tree_walk(400))
    print(len(walked), walked[:3], walked[-3:])
    print(relay_chain(100).send(21))
    try:
        relay_chain(3000).send(1)
        print('no error')
    except RecursionError:
        print('RecursionError')
    primes = asyncio.run(sieve(300))
    print(len(primes), primes[-5:])


if __name__ == "__main__":
    main()
