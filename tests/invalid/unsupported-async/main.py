# An await inside a generator expression (CPython makes that an async
# generator expression) is not compiled yet.
import asyncio


async def double(x):
    return 2 * x


async def collect():
    doubled = (await double(n) for n in range(3))
    return [d async for d in doubled]


def main():
    print(asyncio.run(collect()))


if __name__ == "__main__":
    main()
