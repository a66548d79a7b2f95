"""Generator-based coroutines: a round-robin scheduler with send(), pipelines and yield from."""
from collections import deque
import itertools


def coroutine(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start


@coroutine
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


def delegate(results, key):
    while True:
        result = yield from averager_plain()
        results[key] = result


def averager_plain():
    total = 0.0
    count = 0
    while True:
        value = yield
        if value is None:
            return count, (total / count if count else 0.0)
        total += value
        count += 1


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@coroutine
def upper(target):
    while True:
        line = yield
        target.send(line.upper())


@coroutine
def collector(store):
    while True:
        item = yield
        store.append(item)


class Task:
    ids = itertools.count(1)

    def __init__(self, gen, name):
        self.tid = next(Task.ids)
        self.gen = gen
        self.name = name
        self.sendval = None

    def run(self):
        return self.gen.send(self.sendval)

    def __repr__(self):
        return f"<Task {self.tid} {self.name}>"


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.tasks = {}
        self.log = []
        self.ticks = 0

    def spawn(self, gen, name):
        task = Task(gen, name)
        self.tasks[task.tid] = task
        self.ready.append(task)
        return task.tid

    def run(self):
        while self.ready:
            task = self.ready.popleft()
            self.ticks += 1
            try:
                result = task.run()
            except StopIteration as stop:
                self.log.append(f"{task.name} finished -> {stop.value}")
                del self.tasks[task.tid]
                continue
            if isinstance(result, int) and result > 0:
                task.sendval = self.ticks
            else:
                task.sendval = None
            self.ready.append(task)


def counter(name, n):
    total = 0
    for i in range(n):
        tick = yield i + 1
        total += tick or 0
    return f"{name}:{total}"


def fib_worker(n):
    a, b = 0, 1
    for _ in range(n):
        yield 0
        a, b = b, a + b
    return a


def main():
    avg = averager()
    for v in [10, 20, 30, 45]:
        print(f"avg -> {avg.send(v):.2f}")
    try:
        avg.send(None)
    except StopIteration as stop:
        print("averager returned", stop.value)

    results = {}
    for key, values in [("a", [1, 2, 3]), ("b", [10.5, 20.5]), ("c", [])]:
        group = delegate(results, key)
        next(group)
        for v in values:
            group.send(v)
        group.send(None)
    print(results)

    store = []
    pipeline = grep("python", upper(collector(store)))
    for line in ["python is fun", "java is verbose", "I like python", "rust"]:
        pipeline.send(line)
    pipeline.close()
    print(store)

    sched = Scheduler()
    sched.spawn(counter("x", 3), "x")
    sched.spawn(counter("y", 5), "y")
    sched.spawn(fib_worker(10), "fib")
    sched.run()
    print("\n".join(sched.log))
    print("ticks", sched.ticks, "left", sched.tasks)

    gen = counter("z", 2)
    print(next(gen), gen.send(100))
    try:
        gen.send(5)
    except StopIteration as e:
        print("done:", e.value)
    g2 = fib_worker(3)
    print(list(g2), list(g2))


if __name__ == "__main__":
    main()
