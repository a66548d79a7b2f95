# A small job scheduler: jobs are dataclasses ordered by (priority, name),
# kept in a heap of (priority, sequence, job) entries; workers are named tuples.
import heapq
from collections import namedtuple
from dataclasses import dataclass, field, replace
from enum import Enum

Worker = namedtuple("Worker", "name speed")


class State(Enum):
    WAITING = "waiting"
    RUNNING = "running"
    DONE = "done"


@dataclass(order=True)
class Job:
    priority: int
    name: str
    cost: int = field(default=10, compare=False)
    log: list = field(default_factory=list, compare=False, repr=False)
    state: State = field(default=State.WAITING, compare=False)

    def note(self, text):
        self.log.append(text)


@dataclass
class Stats:
    finished: int = 0
    busy_time: float = 0.0
    per_worker: dict = field(default_factory=dict)

    def record(self, worker, seconds):
        self.finished += 1
        self.busy_time += seconds
        self.per_worker[worker.name] = self.per_worker.get(worker.name, 0) + 1


def make_jobs(count):
    jobs = []
    seed = 7
    for i in range(count):
        seed = (seed * 1103515245 + 12345) % 2147483648
        jobs.append(Job(seed % 5, "job%02d" % i, cost=5 + seed % 40))
    return jobs


def run(jobs, workers):
    heap = []
    for seq, job in enumerate(jobs):
        heapq.heappush(heap, (job.priority, job.name, seq, job))
    clock = [0.0 for _ in workers]
    stats = Stats()
    order = []
    while heap:
        _, _, _, job = heapq.heappop(heap)
        index = clock.index(min(clock))
        worker = workers[index]
        job.state = State.RUNNING
        seconds = job.cost / worker.speed
        clock[index] += seconds
        job.note(f"{worker.name}@{clock[index]:.2f}")
        job.state = State.DONE
        stats.record(worker, seconds)
        order.append(job)
    return order, stats, clock


def main():
    jobs = make_jobs(12)
    workers = [Worker("ada", 2.0), Worker("bob", 1.0), Worker("cy", 1.5)]
    print(workers[0], workers[1].speed, len(workers[2]))
    order, stats, clock = run(jobs, workers)
    for job in order:
        print(job, job.log)
    print(stats)
    print("clock:", [round(c, 2) for c in clock])
    first = order[0]
    print(first < order[-1], first == replace(first, cost=999), first == replace(first, name="zz"))
    urgent = replace(order[-1], priority=-1)
    print(urgent, urgent < first, urgent.state, urgent.log is order[-1].log)
    print(sum(1 for j in order if j.state is State.DONE), State("done"))
    best = order[0]
    for job in order:
        if job > best:
            best = job
    print("last by ordering:", best.name, best.priority)


if __name__ == "__main__":
    main()
