# Variant written around a compiler gap: the list-append helper is not called with None (a None-specialised parameter does not compile yet).
# A small task scheduler in the style of the Richards benchmark.
I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4


class Packet:
    __slots__ = ("link", "ident", "kind", "datum", "data")

    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def is_held_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.hold_count = 0
        self.qpkt_count = 0
        self.trace = []

    def queue(self, pkt, target):
        self.qpkt_count += 1
        self.trace.append((target, pkt.kind))
        return target


class Task(TaskState):
    count_runs = 0

    def __init__(self, ident, prio, wkq, sched):
        TaskState.__init__(self)
        self.ident = ident
        self.prio = prio
        self.wkq = wkq
        self.sched = sched
        sched.tasks[ident] = self

    def step(self, pkt):
        Task.count_runs += 1
        return self.fn(pkt)

    def fn(self, pkt):
        return 0


class IdleTask(Task):
    def __init__(self, ident, prio, sched, count):
        super().__init__(ident, prio, None, sched)
        self.control = 1
        self.count = count

    def fn(self, pkt):
        self.count -= 1
        if self.count == 0:
            return -1
        if self.control & 1 == 0:
            self.control = self.control // 2
            return I_DEVA
        self.control = (self.control // 2) ^ 0xD008
        return I_DEVB


class WorkTask(Task):
    def __init__(self, ident, prio, wkq, sched):
        super().__init__(ident, prio, wkq, sched)
        self.dest = I_HANDLERA
        self.count = 0

    def fn(self, pkt):
        if pkt is None:
            return 0
        self.dest = I_HANDLERB if self.dest == I_HANDLERA else I_HANDLERA
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = ord("A") + self.count - 1
        return self.sched.queue(pkt, self.dest)


def main():
    sched = Scheduler()
    idle = IdleTask(I_IDLE, 0, sched, 200)
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    work = WorkTask(I_WORK, 1000, wkq, sched)
    results = []
    pkt = wkq
    for step in range(120):
        r = idle.step(None)
        if r == -1:
            break
        results.append(r)
        if step % 3 == 0 and pkt is not None:
            nxt = pkt.link
            work.step(pkt)
            pkt = nxt
            if pkt is None:
                pkt = Packet(None, 0, K_WORK)
                pkt.link = None
    print("runs", Task.count_runs)
    print("qpkt", sched.qpkt_count)
    print("results", sum(results), results[:10])
    print("trace", sched.trace[:6])
    print("last data", "".join(chr(c) for c in pkt.data))
    print(sorted(sched.tasks))
    print(work.is_held_or_waiting(), work.waiting_with_packet().is_held_or_waiting())


if __name__ == "__main__":
    main()
