# Async comprehensions are not compiled yet.
import asyncio


async def numbers():
    for i in range(3):
        yield i


async def collect():
    return [n async for n in numbers()]


def main():
    print(asyncio.run(collect()))


if __name__ == "__main__":
    main()
