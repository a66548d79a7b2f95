# multiprocessing: Pool (map, starmap, imap, imap_unordered, apply, apply_async,
# map_async with a callback, chunksize, a worker's exception raised again in
# the caller, the with statement, a closed pool), Process with a Queue, and
# cpu_count. Workers get copies of their arguments and send copies back.
import multiprocessing as mp
from multiprocessing import Pool, Process, Queue


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def word_stats(line):
    words = line.split()
    return (len(words), max(words, key=len) if words else "")


def checked_sqrt(x):
    if x < 0:
        raise ValueError(f"negative input {x}")
    return int(x ** 0.5)


def grow(items):
    items.append(len(items))
    return items


def producer(q, name, n):
    for i in range(n):
        q.put((name, i, i * i))
    q.put((name, -1, 0))


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def main():
    print("cpu_count is positive:", mp.cpu_count() > 0)
    with Pool(4) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, [], chunksize=3))
        print(pool.starmap(power, [(2, 10), (3, 4), (10, 3)]))
        print(list(pool.imap(word_stats, ["a bb ccc", "", "hello big world"])))
        print(sorted(pool.imap_unordered(collatz_len, range(1, 30), chunksize=4)))
        print(pool.apply(power, (7, 2)))
        results = [pool.apply_async(collatz_len, (n,)) for n in (27, 97, 871)]
        print([r.get() for r in results])
        seen = []
        job = pool.map_async(square, range(5), callback=seen.append)
        job.wait()
        print(job.ready(), job.successful(), job.get(), seen)
        try:
            pool.map(checked_sqrt, [4, 9, -1, 16])
        except ValueError as e:
            print("worker raised:", e)
        bad = pool.apply_async(checked_sqrt, (-5,))
        try:
            bad.get()
        except ValueError as e:
            print("apply_async raised:", e, bad.successful())
        original = [1, 2]
        print(pool.apply(grow, (original,)), original)
        big = pool.map(collatz_len, range(1, 2001), chunksize=100)
        print(len(big), max(big), big.index(max(big)) + 1)

    pool = Pool(2)
    pool.close()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("closed pool:", e)
    pool.join()

    q = Queue()
    workers = [Process(target=producer, args=(q, name, 3), name=f"producer-{name}") for name in ("a", "b")]
    for w in workers:
        w.start()
    got = []
    finished = 0
    while finished < len(workers):
        item = q.get()
        if item[1] < 0:
            finished += 1
        else:
            got.append(item)
    for w in workers:
        w.join()
    print(sorted(got))
    print([(w.name, w.exitcode, w.is_alive()) for w in workers])


if __name__ == "__main__":
    main()
