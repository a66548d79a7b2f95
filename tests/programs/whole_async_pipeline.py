# A simulated web crawler: a frontier queue feeds worker tasks that "fetch"
# pages from an in-memory site (latency simulated with sleep(0) steps, one
# slow page cut off by wait_for, flaky pages retried), a semaphore limits
# concurrent fetches per host, a lock guards the shared statistics, and a
# report summarises what was crawled. Deterministic: it follows asyncio's
# scheduling order exactly.
import asyncio
from dataclasses import dataclass, field

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/team": ["/about"],
    "/blog": ["/blog/1", "/blog/2", "/blog/3"],
    "/blog/1": ["/blog", "/blog/2"],
    "/blog/2": ["/blog", "/missing"],
    "/blog/3": ["/slow"],
    "/shop": ["/shop/cart", "/flaky"],
    "/shop/cart": ["/shop"],
    "/flaky": ["/"],
    "/slow": [],
}


class FetchError(Exception):
    def __init__(self, path, reason):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class Page:
    path: str
    links: list
    size: int
    attempts: int = 1


@dataclass
class Stats:
    fetched: int = 0
    failed: int = 0
    retries: int = 0
    bytes: int = 0
    by_worker: dict = field(default_factory=dict)


class Site:
    def __init__(self, pages):
        self.pages = pages
        self.flaky_failures = {"/flaky": 2}

    async def fetch(self, path):
        # Latency: a number of loop iterations that depends on the path.
        for _ in range(len(path) % 4 + 1):
            await asyncio.sleep(0)
        if path == "/slow":
            await asyncio.sleep(1)
        if path not in self.pages:
            raise FetchError(path, "404 not found")
        left = self.flaky_failures.get(path, 0)
        if left > 0:
            self.flaky_failures[path] = left - 1
            raise FetchError(path, "503 unavailable")
        return Page(path, self.pages[path], 100 + 37 * len(path))


class Crawler:
    def __init__(self, site, workers, max_parallel):
        self.site = site
        self.queue = asyncio.Queue()
        self.seen = set()
        self.pages = {}
        self.errors = {}
        self.stats = Stats()
        self.lock = asyncio.Lock()
        self.limit = asyncio.Semaphore(max_parallel)
        self.workers = workers
        self.events = []

    async def fetch_with_retry(self, path, attempts=3):
        for attempt in range(1, attempts + 1):
            try:
                async with self.limit:
                    page = await asyncio.wait_for(self.site.fetch(path), timeout=0.3)
                page.attempts = attempt
                return page
            except FetchError as e:
                if e.reason.startswith("503") and attempt < attempts:
                    async with self.lock:
                        self.stats.retries += 1
                    continue
                raise
        raise FetchError(path, "gave up")

    async def worker(self, name):
        while True:
            path = await self.queue.get()
            try:
                page = await self.fetch_with_retry(path)
            except FetchError as e:
                self.errors[path] = e.reason
                self.events.append(f"{name} failed {path}")
                async with self.lock:
                    self.stats.failed += 1
            except asyncio.TimeoutError:
                self.errors[path] = "timeout"
                self.events.append(f"{name} timeout {path}")
                async with self.lock:
                    self.stats.failed += 1
            else:
                self.pages[path] = page
                self.events.append(f"{name} got {path}")
                async with self.lock:
                    self.stats.fetched += 1
                    self.stats.bytes += page.size
                    self.stats.by_worker[name] = self.stats.by_worker.get(name, 0) + 1
                for link in page.links:
                    if link not in self.seen:
                        self.seen.add(link)
                        self.queue.put_nowait(link)
            finally:
                self.queue.task_done()

    async def crawl(self, start):
        self.seen.add(start)
        await self.queue.put(start)
        tasks = [asyncio.create_task(self.worker(f"w{i}")) for i in range(self.workers)]
        await self.queue.join()
        for t in tasks:
            t.cancel()
        outcomes = await asyncio.gather(*tasks, return_exceptions=True)
        return sum(1 for o in outcomes if isinstance(o, asyncio.CancelledError))


def report(crawler, stopped):
    s = crawler.stats
    print(f"crawled {s.fetched} pages, {s.failed} failed, {s.retries} retries, {s.bytes} bytes")
    print(f"workers stopped: {stopped}")
    for name in sorted(s.by_worker):
        print(f"  {name}: {s.by_worker[name]} pages")
    for path in sorted(crawler.pages):
        page = crawler.pages[path]
        note = f" (after {page.attempts} attempts)" if page.attempts > 1 else ""
        print(f"  {path:<12} {page.size:>4} bytes, {len(page.links)} links{note}")
    for path, reason in sorted(crawler.errors.items()):
        print(f"  ! {path}: {reason}")
    print("first events:", crawler.events[:6])
    deepest = max(crawler.pages.values(), key=lambda p: (p.path.count("/"), p.path))
    print("deepest page:", deepest.path)


async def amain():
    crawler = Crawler(Site(SITE), workers=3, max_parallel=2)
    stopped = await crawler.crawl("/")
    report(crawler, stopped)


def main():
    asyncio.run(amain())


if __name__ == "__main__":
    main()
