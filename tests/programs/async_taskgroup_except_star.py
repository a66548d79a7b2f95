# A TaskGroup's failures as the built-in ExceptionGroup: caught by except* and by except ExceptionGroup.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n


async def run():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(work(i))
    except* ValueError as eg:
        print("values:", sorted(str(e) for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1))
    except ExceptionGroup as eg:
        print("group:", eg, type(eg).__name__, isinstance(eg, BaseExceptionGroup))


def main():
    asyncio.run(run())


main()
