# queue.Queue, LifoQueue, PriorityQueue and SimpleQueue used from one thread
# (a to-do list by priority, a work list drained in order), and the Empty
# and Full exceptions of the non-blocking calls.
import queue


def main():
    pq = queue.PriorityQueue()
    for item in ((3, "Clear drains"), (4, "Feed cat"), (5, "Make tea"), (1, "Solve RC tasks"), (2, "Tax return")):
        pq.put(item)
    print(pq.qsize(), pq.empty(), pq.full())
    while not pq.empty():
        print(pq.get_nowait())

    fifo = queue.Queue(maxsize=3)
    for word in ("alpha", "beta", "gamma"):
        fifo.put(word)
    print(fifo.full(), fifo.maxsize)
    try:
        fifo.put("delta", block=False)
    except queue.Full:
        print("full")
    try:
        fifo.put_nowait("delta")
    except queue.Full:
        print("still full")
    print(fifo.get(), fifo.get())
    fifo.task_done()
    fifo.task_done()
    fifo.put("epsilon")
    print([fifo.get() for _ in range(fifo.qsize())])
    try:
        fifo.get_nowait()
    except queue.Empty:
        print("empty")
    try:
        fifo.get(timeout=0.01)
    except queue.Empty:
        print("empty after timeout")
    print(fifo.unfinished_tasks)
    for _ in range(fifo.unfinished_tasks):
        fifo.task_done()
    fifo.join()
    try:
        fifo.task_done()
    except ValueError as e:
        print("ValueError:", e)

    stack = queue.LifoQueue()
    for n in range(5):
        stack.put(n * n)
    print([stack.get() for _ in range(3)], stack.qsize())

    work = queue.SimpleQueue()
    for n in range(200):
        work.put(n)
    total = 0
    while not work.empty():
        total += work.get()
    print(total)

    tasks = queue.PriorityQueue()
    tasks.put((2, "b"))
    tasks.put((1, "a"))
    tasks.put((2, "a"))
    print([tasks.get()[1] for _ in range(3)])


if __name__ == "__main__":
    main()
