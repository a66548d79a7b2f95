# Setting attributes on values whose type the compiler lost (deque items, mixed lists).
from collections import deque
import heapq


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost
        self.done = False
        self.tries = 0


class Other:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name


def main():
    queue = deque()
    for i, name in enumerate(["a", "b", "c"]):
        queue.append(Job(name, i * 1.5))
    finished = []
    while queue:
        job = queue.popleft()
        job.tries += 1
        if job.tries < 2 and job.name != "b":
            job.cost = job.cost * 2
            queue.append(job)
            continue
        job.done = True
        finished.append(job)
    print([(j.name, j.cost, j.done, j.tries) for j in finished])
    heap = []
    for j in finished:
        heapq.heappush(heap, (j.cost, j.name, j))
    while heap:
        cost, _, j = heapq.heappop(heap)
        j.cost = -cost
        print(j.name, j.cost)
    mixed = [Job("m", 1), Other("o"), 3]
    for x in mixed:
        try:
            x.tries = 7
            print("set", x.name, x.tries)
        except AttributeError as exc:
            print("AttributeError:", exc)
    nothing = None
    try:
        nothing.tries = 1
    except AttributeError as exc:
        print("AttributeError:", exc)


if __name__ == "__main__":
    main()
