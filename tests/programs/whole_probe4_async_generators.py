"""Async generators (modelled on pyperformance's async_generators benchmark):
a recursive tree walk with `async for` over async generators."""
import asyncio


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    async def __aiter__(self):
        if self.left:
            async for i in self.left:
                yield i
        yield self.value
        if self.right:
            async for i in self.right:
                yield i


def tree(input):
    n = len(input)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(input[:i]), input[i], tree(input[i + 1:]))


async def ticker(n):
    for i in range(n):
        yield i * i
        await asyncio.sleep(0)


async def consume(t):
    total = 0
    count = 0
    async for x in t:
        total += x
        count += 1
    return total, count


async def collect():
    squares = [x async for x in ticker(10)]
    evens = [x async for x in ticker(20) if x % 2 == 0]
    return squares, evens


async def main_async():
    t = tree(range(1000))
    print(await consume(t))
    for _ in range(3):
        print(await consume(tree(list(range(50)))))
    squares, evens = await collect()
    print(squares, len(evens), sum(evens))
    gen = ticker(3)
    print(await gen.__anext__(), await gen.__anext__())


def main():
    asyncio.run(main_async())


if __name__ == "__main__":
    main()
