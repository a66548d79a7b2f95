"""An async tree of tasks (in the spirit of bm_async_tree): recursive gather, semaphores, memoised I/O simulation."""
import asyncio
import random

NUM_RECURSE_LEVELS = 4
NUM_RECURSE_BRANCHES = 3
IO_SLEEP_TIME = 0.0005


class Tree:
    def __init__(self, use_cache=False, use_sem=False, seed=11):
        self.use_cache = use_cache
        self.cache = {}
        self.sem = asyncio.Semaphore(4) if use_sem else None
        self.rng = random.Random(seed)
        self.io_calls = 0
        self.hits = 0
        self.max_active = 0
        self.active = 0

    async def mock_io(self, key):
        if self.use_cache and key in self.cache:
            self.hits += 1
            return self.cache[key]
        self.io_calls += 1
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        await asyncio.sleep(0)
        self.active -= 1
        value = key * 7 % 13
        if self.use_cache:
            self.cache[key] = value
        return value

    async def work(self, key):
        if self.sem is not None:
            async with self.sem:
                return await self.mock_io(key)
        return await self.mock_io(key)

    async def recurse(self, level, path):
        if level == 0:
            return await self.work(self.rng.randrange(20))
        results = await asyncio.gather(*[self.recurse(level - 1, path + (i,)) for i in range(NUM_RECURSE_BRANCHES)])
        return sum(results) + len(path)


async def failing_leaf(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError(f"leaf {n} failed")
    return n * 10


async def run_all():
    out = []
    for name, kwargs in [("none", {}), ("cache", {"use_cache": True}), ("sem", {"use_sem": True})]:
        tree = Tree(**kwargs)
        total = await tree.recurse(NUM_RECURSE_LEVELS, ())
        out.append((name, total, tree.io_calls, tree.hits, tree.max_active))
    results = await asyncio.gather(*(failing_leaf(i) for i in range(4)), return_exceptions=True)
    out.append(("errors", [r if isinstance(r, int) else f"{type(r).__name__}: {r}" for r in results]))
    try:
        await asyncio.gather(failing_leaf(1), failing_leaf(2))
    except ValueError as exc:
        out.append(("raised", str(exc)))
    q = asyncio.Queue()

    async def producer():
        for i in range(5):
            await q.put(i)
        await q.put(None)

    async def consumer():
        seen = []
        while (item := await q.get()) is not None:
            seen.append(item * item)
        return seen

    _, squares = await asyncio.gather(producer(), consumer())
    out.append(("queue", squares))
    return out


def main():
    for row in asyncio.run(run_all()):
        print(*row)


if __name__ == "__main__":
    main()
