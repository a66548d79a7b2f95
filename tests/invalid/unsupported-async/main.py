# Async generator expressions are not compiled yet.
import asyncio


async def numbers():
    for i in range(3):
        yield i


async def collect():
    squares = (n * n async for n in numbers())
    return [s async for s in squares]


def main():
    print(asyncio.run(collect()))


if __name__ == "__main__":
    main()
