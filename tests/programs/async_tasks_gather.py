# Tasks and gather: create_task scheduling order, sleep interleaving (sleep(0)
# and timers), Task objects (done, result, cancel, cancelled, exception, names),
# gather ordering, results and return_exceptions, the first exception through
# gather, cancellation with CancelledError (caught, cleaned up, re-raised),
# wait_for with TimeoutError, shield, and done callbacks.
import asyncio


async def ticker(name, n, delay):
    for i in range(n):
        print(f"{name} tick {i}")
        await asyncio.sleep(delay)
    return f"{name} done"


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def boom(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def sleeper(name, delay, log):
    try:
        log.append(f"{name} start")
        await asyncio.sleep(delay)
        log.append(f"{name} end")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} cleanup")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: ignoring cancel once")
    await asyncio.sleep(0)
    return "stubborn survived"


async def interleaving():
    print("-- interleaving")
    t1 = asyncio.create_task(ticker("A", 3, 0))
    t2 = asyncio.create_task(ticker("B", 2, 0))
    print("tasks created", t1.done(), t2.done())
    await asyncio.sleep(0)
    print("after one yield")
    print(await t1, await t2)
    print(t1.done(), t1.result(), t2.result())

    print("-- timers")
    # Deadlines far apart (timers fire in deadline order; a loaded machine may oversleep by tens of ms).
    slow = asyncio.create_task(ticker("slow", 2, 0.3))
    fast = asyncio.create_task(ticker("fast", 3, 0.005))
    await slow
    await fast


async def gathering():
    print("-- gather")
    results = await asyncio.gather(square(3), square(4), ticker("G", 2, 0.005))
    print(results)
    print(await asyncio.gather())
    t = asyncio.create_task(square(7))
    both = await asyncio.gather(t, square(8))
    print(both, t.result())
    try:
        await asyncio.gather(square(1), boom("first", 0.005), boom("second", 0.04))
    except ValueError as e:
        print("gather raised:", e)
    mixed = await asyncio.gather(square(2), boom("kept", 0), return_exceptions=True)
    print(mixed[0], type(mixed[1]).__name__, mixed[1])
    await asyncio.sleep(0.05)


async def cancelling():
    print("-- cancel")
    log = []
    t = asyncio.create_task(sleeper("s1", 1, log))
    await asyncio.sleep(0)
    print("cancel returned", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print(log, t.done(), t.cancelled())
    print("cancel again", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() of a cancelled task raises too")

    early = asyncio.create_task(sleeper("s2", 1, log))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before it started:", log[-1] if log else None)

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

    log2 = []
    pair = asyncio.gather(sleeper("g1", 1, log2), sleeper("g2", 1, log2))
    await asyncio.sleep(0)
    pair.cancel()
    try:
        await pair
    except asyncio.CancelledError:
        print("gather cancelled", sorted(log2))


async def timeouts():
    print("-- wait_for")
    print(await asyncio.wait_for(square(6), timeout=1))
    log = []
    try:
        await asyncio.wait_for(sleeper("w", 1, log), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out", log)
    try:
        await asyncio.wait_for(sleeper("w2", 1, log), 0.01)
    except TimeoutError as e:
        print("builtin TimeoutError too:", type(e).__name__, repr(str(e)))
    print(await asyncio.wait_for(ticker("W", 1, 0), None))

    print("-- timeout()")
    try:
        async with asyncio.timeout(0.01):
            await sleeper("t", 1, log)
    except TimeoutError:
        print("timeout() expired", log[-3:])
    async with asyncio.timeout(1) as cm:
        print(await square(5), cm.expired())
    async with asyncio.timeout(None) as cm:
        print(await square(6), cm.when())
    pending = asyncio.create_task(square(2))
    try:
        await asyncio.wait([square(3)])
    except TypeError as e:
        print("TypeError:", e)
    await pending

    print("-- shield")
    # The inner task's ticks are far from the 5 ms timeout: a loaded machine can stall the loop for
    # tens of ms, and the inner task must still be running when the timeout fires.
    inner = asyncio.create_task(ticker("shielded", 2, 0.3))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.005)
    except asyncio.TimeoutError:
        print("outer timed out, inner still running:", inner.done())
    print(await inner)


def blocking_total(n):
    if n < 0:
        raise ValueError(f"negative count {n}")
    return sum(range(n))


async def callbacks():
    print("-- callbacks")
    seen = []

    def on_done(fut):
        seen.append(fut.result())

    t = asyncio.create_task(square(9))
    t.add_done_callback(on_done)
    await t
    await asyncio.sleep(0)
    print("callback saw", seen)
    failing = asyncio.create_task(boom("stored", 0))
    await asyncio.sleep(0.01)
    print(failing.done(), type(failing.exception()).__name__, failing.exception())
    named = asyncio.create_task(square(1), name="worker-1")
    print(named.get_name())
    await named
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "from call_later")
    print(await fut)
    order = []
    loop = asyncio.get_running_loop()
    loop.call_soon(order.append, "soon 1")
    loop.call_soon(order.append, "soon 2")
    await asyncio.sleep(0)
    print(order)
    print(await asyncio.wait_for(square(12), None))
    print(await loop.run_in_executor(None, blocking_total, 10), await asyncio.to_thread(blocking_total, 4))
    try:
        await asyncio.to_thread(blocking_total, -1)
    except ValueError as e:
        print("from the executor:", e)
    me = asyncio.current_task()
    print(me.get_name() == asyncio.current_task().get_name(), len(asyncio.all_tasks()) >= 1)


async def job(name, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    return f"{name}:{steps}"


async def waiting():
    print("-- as_completed / wait")
    tasks = [asyncio.create_task(job(f"j{i}", 4 - i)) for i in range(4)]
    for coro in asyncio.as_completed(tasks):
        print(await coro)
    tasks = [asyncio.create_task(job(f"k{i}", 2 * i + 1)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), sorted(t.result() for t in done))
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    slow = asyncio.create_task(asyncio.sleep(1))
    done, pending = await asyncio.wait([slow], timeout=0.01)
    print(len(done), len(pending))
    slow.cancel()
    try:
        for c in asyncio.as_completed([asyncio.create_task(asyncio.sleep(1))], timeout=0.01):
            await c
    except asyncio.TimeoutError:
        print("as_completed timed out")


async def group_work(name, steps, fail=False):
    try:
        for i in range(steps):
            await asyncio.sleep(0)
            print(name, "step", i)
        if fail:
            raise ValueError(f"{name} failed")
        return name.upper()
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def task_groups():
    print("-- TaskGroup")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(group_work("a", 2))
        b = tg.create_task(group_work("b", 3))
        print("body done")
    print("results", a.result(), b.result())
    try:
        # One failing task and one other (CPython cancels the others in a set's order).
        async with asyncio.TaskGroup() as tg:
            tg.create_task(group_work("c", 1, fail=True))
            tg.create_task(group_work("d", 5))
            await asyncio.sleep(1)
            print("not reached")
    except Exception as eg:
        print(type(eg).__name__, eg, [str(e) for e in eg.exceptions])


async def amain():
    await task_groups()
    await interleaving()
    await gathering()
    await cancelling()
    await timeouts()
    await callbacks()
    await waiting()
    return "all done"


def main():
    print(asyncio.run(amain()))
    loop = asyncio.new_event_loop()
    print(loop.run_until_complete(square(11)))
    t = loop.create_task(job("on loop", 2))
    print(loop.run_until_complete(t), t.done())
    loop.close()
    print(loop.is_closed())


if __name__ == "__main__":
    main()
