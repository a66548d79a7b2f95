"""threading: threads with targets and subclasses, locks, a queue consumer, events, a condition, a semaphore, an RLock."""

import threading
import queue


def worker(n, out, lock):
    total = 0
    for i in range(n):
        total += i
    with lock:
        out.append((n, total))


class Counter(threading.Thread):
    def __init__(self, k):
        super().__init__()
        self.k = k
        self.result = 0

    def run(self):
        self.result = sum(range(self.k))


def consumer(q, results):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()


def main():
    out = []
    lock = threading.Lock()
    threads = [threading.Thread(target=worker, args=(n, out, lock)) for n in (10, 20, 30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(out), [t.is_alive() for t in threads])
    print(threading.current_thread().name, threads[0].name, threading.active_count())
    c = Counter(100)
    c.start()
    c.join()
    print(c.result, c.name)
    q = queue.Queue()
    results = []
    ct = threading.Thread(target=consumer, args=(q, results), daemon=True)
    ct.start()
    for i in range(5):
        q.put(i)
    q.put(None)
    q.join()
    print(results)
    ev = threading.Event()
    got = []

    def waiter():
        ev.wait()
        got.append(threading.current_thread().name)

    ws = [threading.Thread(target=waiter, name='w%d' % i) for i in range(3)]
    for w in ws:
        w.start()
    print('before set', got)
    ev.set()
    for w in ws:
        w.join()
    print('after set', sorted(got))
    cond = threading.Condition()
    items = []

    def take():
        with cond:
            cond.wait_for(lambda: len(items) > 0)
            got.append(items.pop())

    t = threading.Thread(target=take)
    t.start()
    with cond:
        items.append('x')
        cond.notify()
    t.join()
    print(got[-1])
    sem = threading.Semaphore(2)
    active = [0, 0]

    def limited():
        with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            active[0] -= 1

    ls = [threading.Thread(target=limited) for _ in range(4)]
    for t in ls:
        t.start()
    for t in ls:
        t.join()
    print(active)
    r = threading.RLock()
    with r:
        with r:
            print('rlock twice')
    try:
        threading.Lock().release()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        threading.Event().wait(0.01)
        print('timed out ok')
    except RuntimeError as e:
        print('unexpected', e)
    # A thread left running when main() returns: the program waits for it, as CPython does at exit.
    late = threading.Event()

    def finisher():
        late.wait()
        print('finisher ran after main returned', len(got))

    threading.Thread(target=finisher).start()
    print('main returns')
    late.set()


main()
