"""
Benchmark for concurrent model communication (pyperformance's bm_concurrent_imap), with its
sibling that submits tasks to a concurrent.futures.ThreadPoolExecutor (bm_thread_pool).
pyperf's runner is replaced by a main() that runs each a fixed number of times and prints
what came back, so the result is deterministic whatever order the workers ran in.
"""

from concurrent.futures import ThreadPoolExecutor, as_completed
from multiprocessing.pool import Pool, ThreadPool


def f(x: int) -> int:
    return x


def collatz(x: int) -> int:
    steps = 0
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    return steps


def bench_mp_pool(p: int, n: int, chunk: int) -> int:
    total = 0
    with Pool(p) as pool:
        for r in pool.imap(f, range(n), chunk):
            total += r
    return total


def bench_thread_pool(c: int, n: int, chunk: int) -> int:
    total = 0
    with ThreadPool(c) as pool:
        for r in pool.imap(f, range(n), chunk):
            total += r
    return total


def bench_thread_pool_map(c: int, n: int) -> list:
    with ThreadPool(c) as pool:
        lengths = pool.map(collatz, range(1, n + 1))
        unordered = sorted(pool.imap_unordered(collatz, range(1, 50), 7))
        starred = pool.starmap(pow, [(2, 5), (3, 4), (10, 3)])
    return [max(lengths), lengths.index(max(lengths)) + 1, sum(unordered), starred]


def bench_executor(num_threads: int, num_tasks: int) -> list:
    with ThreadPoolExecutor(max_workers=num_threads) as executor:
        futures = [executor.submit(collatz, i) for i in range(1, num_tasks + 1)]
        results = [future.result() for future in futures]
        done = sorted(fut.result() for fut in as_completed(futures))
        mapped = list(executor.map(f, range(10)))
    return [sum(results), done[-1], mapped]


def failing(x: int) -> int:
    if x == 7:
        raise ValueError("bad item %d" % x)
    return x * 2


def bench_errors() -> list:
    out = []
    with ThreadPool(2) as pool:
        try:
            pool.map(failing, range(10))
        except ValueError as e:
            out.append("map: %s" % e)
        res = pool.apply_async(failing, (3,))
        out.append("apply_async: %d" % res.get())
    with ThreadPoolExecutor(max_workers=2) as executor:
        fut = executor.submit(failing, 7)
        try:
            fut.result()
        except ValueError as e:
            out.append("future: %s" % e)
        out.append("exception(): %r" % (fut.exception(),))
    return out


def main():
    count = 1000
    chunk = 10
    num_core = 2
    for _ in range(3):
        a = bench_mp_pool(num_core, count, chunk)
        b = bench_thread_pool(num_core, count, chunk)
    print("bench_mp_pool", a)
    print("bench_thread_pool", b)
    print("thread_pool_map", bench_thread_pool_map(num_core, 3000))
    print("executor", bench_executor(4, 500))
    for line in bench_errors():
        print(line)


if __name__ == "__main__":
    main()
