# Async generators left unfinished are closed as CPython closes them: one
# abandoned by `break` in an `async for` over a fresh generator is closed in a
# task its finalizer schedules (its finally block runs two loop iterations
# later), one still referenced is closed when asyncio.run() shuts down.
import asyncio


async def numbers(tag, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print(tag, "generator closed")


async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def amain():
    t = asyncio.create_task(ticker("tick", 5))
    async for v in numbers("a", 10):
        print("got", v)
        if v == 1:
            break
    print("after loop")
    await asyncio.sleep(0)
    print("one yield later")
    await asyncio.sleep(0)
    print("two yields later")
    await t
    kept = numbers("b", 10)
    async for v in kept:
        if v == 2:
            break
    print("kept generator left open")
    async for v in numbers("c", 2):
        print("c", v)


def main():
    asyncio.run(amain())
    print("after run")


if __name__ == "__main__":
    main()
