# An exception that escapes the main coroutine leaves asyncio.run() with a
# traceback and exit status 1; the tasks still pending are cancelled first
# (their finally blocks run), as asyncio.run does.
import asyncio


async def background(log):
    try:
        await asyncio.sleep(10)
    finally:
        print("background cleaned up", log)


async def worker(n):
    await asyncio.sleep(0)
    if n == 3:
        raise KeyError(f"no worker {n}")
    return n * 10


async def amain():
    bg = asyncio.create_task(background(["started"]))
    print(await asyncio.gather(worker(1), worker(2)))
    try:
        await worker(3)
    except KeyError as e:
        print("handled", e)
    await asyncio.sleep(0)
    print("background running:", not bg.done())
    await worker(3)
    print("not reached")


def main():
    asyncio.run(amain())


if __name__ == "__main__":
    main()
