"""concurrent.futures: ThreadPoolExecutor submit/map, as_completed, wait, exceptions in futures, Future set_result."""

import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import concurrent.futures


def square(x):
    return x * x


def fail(x):
    if x == 3:
        raise ValueError('bad %d' % x)
    return x


def main():
    with ThreadPoolExecutor(max_workers=4) as ex:
        futs = [ex.submit(square, i) for i in range(10)]
        print([f.result() for f in futs])
        print(list(ex.map(square, range(5))))
        print(sorted(f.result() for f in as_completed(futs)))
        done, not_done = wait(futs)
        print(len(done), len(not_done))
        f = ex.submit(fail, 3)
        try:
            f.result()
        except ValueError as e:
            print('ValueError', e, type(f.exception()).__name__)
        print(ex.submit(lambda a, b: a + b, 2, 3).result())
        fs2 = [ex.submit(lambda: threading.current_thread().name.startswith('ThreadPoolExecutor-0_')) for _ in range(3)]
        print(all(x.result() for x in fs2))
    f = concurrent.futures.Future()
    f.set_result(7)
    print(f.done(), f.result(), f.cancelled())
    results = []
    lock = threading.Lock()

    def add(i):
        with lock:
            results.append(i)
        return i

    with ThreadPoolExecutor(2) as ex:
        total = sum(ex.map(add, range(100)))
    print(total, sorted(results) == list(range(100)))


main()
