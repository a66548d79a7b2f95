# Discrete-event simulation of a bank queue with heapq events and a deque of customers.
import heapq
import random
from collections import deque

ARRIVAL, DEPARTURE = 0, 1


class Stats:
    def __init__(self):
        self.served = 0
        self.total_wait = 0.0
        self.max_queue = 0


def simulate(tellers, horizon, seed):
    rng_seed = seed
    random.seed(rng_seed)
    events = []
    seq = 0
    t = 0.0
    while t < horizon:
        t += random.expovariate(1.0)
        heapq.heappush(events, (t, seq, ARRIVAL))
        seq += 1
    queue = deque()
    free = tellers
    stats = Stats()
    while events:
        now, _, kind = heapq.heappop(events)
        if kind == ARRIVAL:
            queue.append(now)
            stats.max_queue = max(stats.max_queue, len(queue))
        else:
            free += 1
        while free and queue:
            arrived = queue.popleft()
            stats.total_wait += now - arrived
            stats.served += 1
            free -= 1
            heapq.heappush(events, (now + random.uniform(0.5, 3.0), seq, DEPARTURE))
            seq += 1
    return stats


def main():
    for tellers in (1, 2, 3):
        s = simulate(tellers, 200.0, 11)
        print("tellers=%d served=%d avg_wait=%.4f max_queue=%d" % (
            tellers, s.served, s.total_wait / s.served, s.max_queue))


if __name__ == "__main__":
    main()
