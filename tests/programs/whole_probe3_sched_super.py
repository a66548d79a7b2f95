"""An OS-like task scheduler in the style of Richards, with super() chains, properties and packets."""

I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = range(1, 7)
K_DEV, K_WORK = 1000, 1001
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
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

    def __repr__(self):
        return f"Packet(id={self.ident}, kind={self.kind}, datum={self.datum})"


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def running(self):
        self.packet_pending = self.task_waiting = self.task_holding = False
        return self

    def waiting_with_packet(self):
        self.packet_pending = self.task_waiting = True
        self.task_holding = False
        return self

    def packet_pending_only(self):
        self.packet_pending = True
        self.task_waiting = self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = self.task_holding = False
        self.task_waiting = True
        return self

    @property
    def is_held_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.current = None
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0
        self.trace = []

    def add(self, task):
        self.tasks[task.ident] = task
        task.next_task = self.task_list
        self.task_list = task

    def find(self, ident):
        return self.tasks[ident]

    def run(self):
        t = self.task_list
        while t is not None:
            if t.is_held_or_waiting:
                t = t.next_task
            else:
                self.current = t
                if len(self.trace) < 24:
                    self.trace.append(t.ident)
                t = t.run_task()


class Task(TaskState):
    def __init__(self, sched, ident, priority, work_in):
        super().__init__()
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.input = work_in
        self.next_task = None
        sched.add(self)

    def run_task(self):
        if self.packet_pending and self.task_waiting and not self.task_holding:
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending_only()
        else:
            msg = None
        return self.fn(msg)

    def fn(self, pkt):
        raise NotImplementedError(type(self).__name__)

    def wait(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.task_holding = True
        return self.next_task

    def release(self, ident):
        t = self.sched.find(ident)
        t.task_holding = False
        return t if t.priority > self.priority else self

    def qpkt(self, pkt):
        t = self.sched.find(pkt.ident)
        self.sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.check_priority_add(self, pkt)

    def check_priority_add(self, task, pkt):
        if self.input is None:
            self.input = pkt
            self.packet_pending = True
            if self.priority > task.priority:
                return self
        else:
            self.input = pkt.append_to(self.input)
        return task


class IdleTask(Task):
    def __init__(self, sched, ident, count):
        super().__init__(sched, ident, 0, None)
        self.running()
        self.control = 1
        self.count = count

    def fn(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.release(I_DEVA)
        self.control = self.control // 2 ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, work_in):
        super().__init__(sched, ident, priority, work_in)
        self.waiting_with_packet()
        self.destination = I_HANDLERA
        self.count = 0

    def fn(self, pkt):
        if pkt is None:
            return self.wait()
        self.destination = I_HANDLERB if self.destination == I_HANDLERA else I_HANDLERA
        pkt.ident = self.destination
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count = self.count + 1 if self.count < 26 else 1
            pkt.data[i] = ord("A") + self.count - 1
        return self.qpkt(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, work_in):
        super().__init__(sched, ident, priority, work_in)
        self.waiting_with_packet()
        self.work_in = None
        self.device_in = None

    def fn(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < BUFSIZE:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.qpkt(dev)
            else:
                self.work_in = work.link
                return self.qpkt(work)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None)
        self.waiting()
        self.pending = None
        self.output = []

    def fn(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.wait()
            v = self.pending
            self.pending = None
            return self.qpkt(v)
        self.pending = pkt
        self.output.append(chr(pkt.datum))
        return self.hold()


def build(count):
    s = Scheduler()
    IdleTask(s, I_IDLE, count)
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(s, I_WORK, 1000, wkq)
    for ident, prio, dev in ((I_HANDLERA, 2000, I_DEVA), (I_HANDLERB, 3000, I_DEVB)):
        q = None
        for _ in range(3):
            q = Packet(q, dev, K_DEV)
        HandlerTask(s, ident, prio, q)
    DeviceTask(s, I_DEVA, 4000)
    DeviceTask(s, I_DEVB, 5000)
    return s


def main():
    for count in (100, 1000, 5000):
        s = build(count)
        s.run()
        print(f"count={count:5d} qpkt={s.qpkt_count} hold={s.hold_count}")
    print("trace:", s.trace)
    for ident in (I_DEVA, I_DEVB):
        dev = s.find(ident)
        print(type(dev).__name__, ident, "".join(dev.output[:30]), len(dev.output))
    try:
        Task(s, 99, 1, None).run_task()
    except NotImplementedError as exc:
        print("NotImplementedError:", exc)
    print(Packet(None, 3, K_DEV), s.find(I_WORK).is_held_or_waiting)


if __name__ == "__main__":
    main()
