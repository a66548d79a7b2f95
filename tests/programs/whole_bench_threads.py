"""Thread workloads in the manner of pyperformance's concurrent_imap and the
usual threading examples: a thread pool mapping a CPU-bound function, a
producer/consumer pipeline over queues, bank transfers under locks, a
bounded buffer on a Condition, phases separated by a Barrier, and futures
collected with as_completed. Everything printed is independent of how the
threads interleave."""

import queue
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def bench_pool_map():
    with ThreadPoolExecutor(max_workers=4) as pool:
        lengths = list(pool.map(collatz_len, range(1, 2001)))
    best = max(range(len(lengths)), key=lambda i: lengths[i])
    print('pool map', len(lengths), sum(lengths), best + 1, lengths[best])


def bench_as_completed():
    def chunk_sum(lo, hi):
        return lo, sum(i * i for i in range(lo, hi))

    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {pool.submit(chunk_sum, lo, lo + 250): lo for lo in range(0, 2000, 250)}
        parts = {}
        for fut in as_completed(futures):
            lo, total = fut.result()
            parts[lo] = total
            assert futures[fut] == lo
        done, pending = wait(list(futures), return_when=FIRST_COMPLETED)
    print('as_completed', len(parts), sum(parts.values()), sum(i * i for i in range(2000)), len(pending) == 0)


def bench_pipeline():
    raw = queue.Queue()
    cooked = queue.Queue(maxsize=5)
    lines = ['the quick brown fox', 'jumps over', 'the lazy dog', 'and the quick cat'] * 25
    STOP = None

    def parser():
        while True:
            line = raw.get()
            if line is STOP:
                cooked.put(STOP)
                break
            for word in line.split():
                cooked.put(word)

    counts = {}

    def counter():
        while True:
            word = cooked.get()
            if word is STOP:
                break
            counts[word] = counts.get(word, 0) + 1

    workers = [threading.Thread(target=parser, name='parser'), threading.Thread(target=counter, name='counter')]
    for w in workers:
        w.start()
    for line in lines:
        raw.put(line)
    raw.put(STOP)
    for w in workers:
        w.join()
    print('pipeline', sorted(counts.items()), [w.is_alive() for w in workers])


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    first, second = (src, dst) if src.name < dst.name else (dst, src)
    with first.lock:
        with second.lock:
            if src.balance >= amount:
                src.balance -= amount
                dst.balance += amount
                return True
    return False


def bench_bank():
    accounts = [Account('acct%02d' % i, 1000) for i in range(8)]
    ok = [0]
    ok_lock = threading.Lock()

    def teller(seed):
        state = seed
        for _ in range(300):
            state = (state * 1103515245 + 12345) % 2147483648
            a = accounts[state % 8]
            b = accounts[(state // 8) % 8]
            if a is not b and transfer(a, b, state % 50 + 1):
                with ok_lock:
                    ok[0] += 1

    tellers = [threading.Thread(target=teller, args=(s,)) for s in range(6)]
    for t in tellers:
        t.start()
    for t in tellers:
        t.join()
    print('bank total', sum(a.balance for a in accounts), 'tellers', len(tellers))


class BoundedBuffer:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        self.cond = threading.Condition()

    def put(self, item):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) > 0)
            item = self.items.pop(0)
            self.cond.notify_all()
            return item


def bench_condition():
    buf = BoundedBuffer(3)
    received = []

    def produce(base):
        for i in range(20):
            buf.put(base + i)

    def consume(n):
        for _ in range(n):
            received.append(buf.get())

    threads = [threading.Thread(target=consume, args=(40,))]
    threads += [threading.Thread(target=produce, args=(base,)) for base in (0, 100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print('condition', len(received), sum(received), sorted(received)[:5], len(buf.items))


def bench_barrier():
    parties = 4
    barrier = threading.Barrier(parties)
    grid = [[0] * parties for _ in range(3)]

    def phase_worker(k):
        for phase in range(3):
            grid[phase][k] = (k + 1) * (phase + 1)
            barrier.wait()
            if k == 0:
                grid[phase].append(sum(grid[phase]))
            barrier.wait()

    ws = [threading.Thread(target=phase_worker, args=(k,)) for k in range(parties)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    print('barrier', grid)


def bench_events():
    ready = threading.Event()
    go = threading.Event()
    sem = threading.BoundedSemaphore(2)
    log = []
    log_lock = threading.RLock()

    def runner(i):
        ready.wait()
        with sem:
            with log_lock:
                with log_lock:
                    log.append(i)
        go.wait()

    rs = [threading.Thread(target=runner, args=(i,), name='runner-%d' % i) for i in range(5)]
    for r in rs:
        r.start()
    print('before ready', log, threading.active_count() - 1)
    ready.set()
    go.set()
    for r in rs:
        r.join()
    print('after', sorted(log), [r.name for r in rs][:2], threading.active_count())
    try:
        sem.release()
    except ValueError as e:
        print('ValueError', e)


class Squarer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = 0

    def run(self):
        for n in self.numbers:
            self.total += n * n


def bench_subclass():
    ts = [Squarer(range(k, 100, 4)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print('subclass', [t.total for t in ts], sum(t.total for t in ts), threading.current_thread().name)


def main():
    bench_pool_map()
    bench_as_completed()
    bench_pipeline()
    bench_bank()
    bench_condition()
    bench_barrier()
    bench_events()
    bench_subclass()


if __name__ == '__main__':
    main()
