"""Discrete-event simulation of an elevator bank, with enums, dataclasses and a heap of events."""
import heapq
import random
from dataclasses import dataclass, field
from enum import Enum, auto
from collections import defaultdict, Counter


class Direction(Enum):
    UP = auto()
    DOWN = auto()
    IDLE = auto()

    def __str__(self):
        return self.name.lower()


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    payload: dict = field(compare=False, default_factory=dict)


@dataclass
class Passenger:
    pid: int
    origin: int
    dest: int
    arrived: float
    boarded: float = -1.0
    delivered: float = -1.0

    @property
    def wait(self):
        return self.boarded - self.arrived

    @property
    def direction(self):
        return Direction.UP if self.dest > self.origin else Direction.DOWN


class Elevator:
    capacity = 6

    def __init__(self, eid, floor=0):
        self.eid = eid
        self.floor = floor
        self.direction = Direction.IDLE
        self.riders = []
        self.stops = set()
        self.moves = 0

    def __repr__(self):
        return f"E{self.eid}@{self.floor}({self.direction}, {len(self.riders)} riders)"

    @property
    def full(self):
        return len(self.riders) >= self.capacity

    def choose_direction(self, calls):
        targets = self.stops | {f for f, waiting in calls.items() if waiting}
        if not targets:
            self.direction = Direction.IDLE
        elif self.direction == Direction.UP and any(f > self.floor for f in targets):
            pass
        elif self.direction == Direction.DOWN and any(f < self.floor for f in targets):
            pass
        else:
            nearest = min(targets, key=lambda f: (abs(f - self.floor), f))
            if nearest > self.floor:
                self.direction = Direction.UP
            elif nearest < self.floor:
                self.direction = Direction.DOWN
            else:
                self.direction = Direction.IDLE
        return self.direction


class Building:
    def __init__(self, floors, n_elevators, seed):
        self.rng = random.Random(seed)
        self.floors = floors
        self.elevators = [Elevator(i) for i in range(n_elevators)]
        self.waiting = defaultdict(list)
        self.events = []
        self.seq = 0
        self.now = 0.0
        self.done = []
        self.log = Counter()

    def schedule(self, delay, kind, **payload):
        self.seq += 1
        heapq.heappush(self.events, Event(self.now + delay, self.seq, kind, payload))

    def spawn_passengers(self, n):
        t = 0.0
        for pid in range(n):
            t += self.rng.expovariate(0.8)
            origin = self.rng.randrange(self.floors)
            dest = self.rng.choice([f for f in range(self.floors) if f != origin])
            self.seq += 1
            heapq.heappush(self.events, Event(round(t, 3), self.seq, "arrive", {"p": Passenger(pid, origin, dest, round(t, 3))}))

    def step_elevator(self, e):
        leaving = [p for p in e.riders if p.dest == e.floor]
        for p in leaving:
            p.delivered = self.now
            e.riders.remove(p)
            self.done.append(p)
            self.log["delivered"] += 1
        e.stops.discard(e.floor)
        queue = self.waiting[e.floor]
        while queue and not e.full:
            p = queue.pop(0)
            p.boarded = self.now
            e.riders.append(p)
            e.stops.add(p.dest)
            self.log["boarded"] += 1
        calls = {f: bool(q) for f, q in self.waiting.items()}
        d = e.choose_direction(calls)
        if d is Direction.IDLE:
            return
        e.floor += 1 if d is Direction.UP else -1
        e.moves += 1
        self.schedule(1.5, "move", eid=e.eid)

    def run(self, until=200.0):
        for e in self.elevators:
            self.schedule(0.0, "move", eid=e.eid)
        while self.events:
            ev = heapq.heappop(self.events)
            if ev.time > until:
                break
            self.now = ev.time
            self.log[ev.kind] += 1
            if ev.kind == "arrive":
                p = ev.payload["p"]
                self.waiting[p.origin].append(p)
                for e in self.elevators:
                    if e.direction is Direction.IDLE:
                        self.schedule(0.0, "move", eid=e.eid)
                        break
            else:
                self.step_elevator(self.elevators[ev.payload["eid"]])


def main():
    b = Building(floors=8, n_elevators=2, seed=42)
    b.spawn_passengers(40)
    b.run()
    print(b.elevators)
    waits = sorted(p.wait for p in b.done)
    trips = [p.delivered - p.arrived for p in b.done]
    print(f"delivered {len(b.done)} of 40; moves {[e.moves for e in b.elevators]}")
    print(f"wait: min {waits[0]:.2f} median {waits[len(waits) // 2]:.2f} max {waits[-1]:.2f}")
    print(f"trip mean {sum(trips) / len(trips):.3f}")
    by_dir = Counter(p.direction for p in b.done)
    print({str(k): v for k, v in sorted(by_dir.items(), key=lambda kv: kv[0].value)})
    print(sorted(b.log.items()))
    print(Event(1.0, 2, "x") < Event(1.0, 3, "y"), Event(2.0, 1, "a") > Event(1.0, 9, "b"))
    print(b.done[0])


if __name__ == "__main__":
    main()
