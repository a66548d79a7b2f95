# sys.exit() inside a task ends asyncio.run() with that status: the coroutine's
# finally blocks run on the way out, and the tasks still pending are
# cancelled (their finally blocks run too) before the program exits.
import asyncio
import sys


async def heartbeat(log):
    try:
        while True:
            await asyncio.sleep(0)
            log.append("beat")
    finally:
        print("heartbeat stopped after", len(log), "beats")


async def shutdown(code):
    for _ in range(3):
        await asyncio.sleep(0)
    print("shutting down with", code)
    sys.exit(code)


async def amain():
    log = []
    asyncio.create_task(heartbeat(log))
    try:
        await shutdown(3)
    finally:
        print("amain finally")
    print("not reached")


def main():
    asyncio.run(amain())
    print("not reached either")


if __name__ == "__main__":
    main()
