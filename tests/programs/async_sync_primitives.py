# Synchronisation primitives and queues: a bounded Queue between producers and
# consumers (put/get blocking, put_nowait/get_nowait, qsize/empty/full,
# task_done/join, QueueEmpty/QueueFull), PriorityQueue and LifoQueue, Event
# (wait/set/clear/is_set), Lock (`async with`, acquire/release, locked()),
# Semaphore limiting concurrency, BoundedSemaphore, and Condition.
import asyncio


async def producer(name, queue, items):
    for item in items:
        await queue.put(f"{name}:{item}")
        print(f"{name} put {item} (size {queue.qsize()})")
    print(f"{name} finished")


async def consumer(name, queue, seen):
    while True:
        item = await queue.get()
        print(f"{name} got {item}")
        seen.append(item)
        await asyncio.sleep(0)
        queue.task_done()


async def queues():
    print("-- queue")
    queue = asyncio.Queue(maxsize=2)
    print(queue.empty(), queue.full(), queue.maxsize)
    seen = []
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, seen)) for i in range(2)]
    await asyncio.gather(producer("p1", queue, [1, 2, 3]), producer("p2", queue, ["x", "y"]))
    await queue.join()
    print("joined, all done:", len(seen), queue.empty())
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print("consumers cancelled:", [c.cancelled() for c in consumers])

    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.qsize(), q.get_nowait(), q.qsize())
    small = asyncio.Queue(1)
    small.put_nowait("a")
    try:
        small.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        await asyncio.wait_for(small.put("c"), 0.01)
    except asyncio.TimeoutError:
        print("put timed out, size", small.qsize())
    try:
        for _ in range(3):
            q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        pq.put_nowait(job)
    order = []
    while not pq.empty():
        order.append(await pq.get())
    print(order)
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([lq.get_nowait() for _ in range(3)])


async def waiter(name, event):
    print(f"{name} waiting")
    await event.wait()
    print(f"{name} released")
    return name


async def events():
    print("-- event")
    event = asyncio.Event()
    print(event.is_set())
    tasks = [asyncio.create_task(waiter(f"w{i}", event)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting")
    event.set()
    print(await asyncio.gather(*tasks))
    print(await event.wait(), event.is_set())
    event.clear()
    print(event.is_set())
    late = asyncio.create_task(waiter("late", event))
    await asyncio.sleep(0)
    event.set()
    await late


counter = 0


async def locked_increment(lock, name, log):
    global counter
    async with lock:
        log.append(f"{name} in")
        current = counter
        await asyncio.sleep(0)
        counter = current + 1
        log.append(f"{name} out")


async def locks():
    print("-- lock")
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*[locked_increment(lock, f"t{i}", log) for i in range(4)])
    print(counter, log)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


async def limited(sem, name, active, peak):
    async with sem:
        active.append(name)
        peak.append(len(active))
        print(f"{name} working ({len(active)} active)")
        for _ in range(3):
            await asyncio.sleep(0)
        active.remove(name)


async def semaphores():
    print("-- semaphore")
    sem = asyncio.Semaphore(2)
    active = []
    peak = []
    await asyncio.gather(*[limited(sem, f"job{i}", active, peak) for i in range(5)])
    print("peak", max(peak), sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)


async def conditions():
    print("-- condition")
    cond = asyncio.Condition()
    ready = []

    async def wait_ready(name):
        async with cond:
            await cond.wait_for(lambda: len(ready) > 0)
            print(f"{name} sees {ready}")

    tasks = [asyncio.create_task(wait_ready(f"r{i}")) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        ready.append("go")
        cond.notify_all()
    await asyncio.gather(*tasks)


async def amain():
    await queues()
    await events()
    await locks()
    await semaphores()
    await conditions()


def main():
    asyncio.run(amain())
    print("bye")


if __name__ == "__main__":
    main()
