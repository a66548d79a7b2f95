# A task scheduler in the style of the Richards benchmark: class hierarchy, polymorphic dispatch, queues.


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0


class Task:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority
        self.count = 0
        self.inbox = []

    def run(self, packet):
        self.count += 1
        return packet

    def step(self, scheduler):
        if self.inbox:
            p = self.inbox.pop(0)
            return self.run(p)
        return None


class IdleTask(Task):
    def __init__(self, name, priority, seed):
        super().__init__(name, priority)
        self.seed = seed

    def run(self, packet):
        self.count += 1
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        packet.datum = self.seed % 7
        return packet


class WorkerTask(Task):
    def run(self, packet):
        self.count += 1
        packet.datum = (packet.datum * 3 + len(self.name)) % 101
        return packet


class DeviceTask(Task):
    def run(self, packet):
        self.count += 1
        packet.datum += self.priority
        return packet


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.handled = 0
        self.checksum = 0

    def add(self, task):
        self.tasks.append(task)

    def run(self, rounds):
        ident = 0
        for r in range(rounds):
            for t in self.tasks:
                ident += 1
                t.inbox.append(Packet(None, ident, r % 3))
                out = t.step(self)
                if out is not None:
                    self.handled += 1
                    self.checksum = (self.checksum * 31 + out.datum + out.kind) % 1000000007


def main():
    s = Scheduler()
    s.add(IdleTask("idle", 1, 42))
    for i in range(3):
        s.add(WorkerTask("worker" + str(i), 2 + i))
    s.add(DeviceTask("devA", 5))
    s.add(DeviceTask("devB", 6))
    s.run(60000)
    print(s.handled, s.checksum, [t.count for t in s.tasks])


if __name__ == "__main__":
    main()
