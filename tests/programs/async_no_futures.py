# Coroutines that never wait for anything: each await runs the awaited
# coroutine to its end at once, and asyncio.run's loop never sees a Future.
import asyncio


async def leaf(x):
    return x + 1


async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return [a, b]


async def numbers(n):
    for i in range(n):
        yield await leaf(i)


async def amain():
    print(await middle(1))
    print([await leaf(i) for i in range(3)])
    total = 0
    async for v in numbers(4):
        total += v
    print(total)
    return "done"


def main():
    print(asyncio.run(amain()))


if __name__ == "__main__":
    main()
