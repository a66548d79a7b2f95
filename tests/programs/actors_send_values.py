# What can travel between actors besides plain data: instances of the
# program's classes and nested functions with what they captured (copies:
# changing the original after the send changes nothing in the receiver).
# Uses the module through an alias (import aithon.actors as actors).
import aithon.actors as actors


class Point:
    def __init__(self, x, y, label):
        self.x = x
        self.y = y
        self.label = label

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Box:
    def __init__(self, items):
        self.items = items


def reporter(parent, p, box):
    # Runs on copies: mutate them and report.
    p.x += 1.0
    box.items.append("seen")
    actors.send(parent, (p.label, p.x, p.norm2(), box.items))


def main():
    me = actors.self_pid()
    p = Point(1.5, 2.0, "p")
    box = Box(["a", "b"])
    actors.spawn(reporter, me, p, box)
    print(actors.receive(timeout=10))
    print(p.x, box.items)

    # (Captured values are read, not changed: under CPython a function is not
    # copied, so changing what it captured would change the spawner's.)
    scale = 0.5
    prefix = "scaled"
    sizes = [1, 2, 3]

    def scaler(n):
        actors.send(me, (prefix, n * scale, len(sizes)))

    for n in [2, 4]:
        actors.spawn(scaler, n)
    got = sorted([actors.receive(timeout=10), actors.receive(timeout=10)])
    print(got)

    actors.send(me, Point(3.0, 4.0, "sent"))
    q = actors.receive(timeout=10)
    print(type(q).__name__, q.label, q.x, q.y)
    print(actors.receive(timeout=0) is actors.TIMEOUT)
    print(actors.trap_exit(), actors.trap_exit(False), actors.trap_exit(flag=False))
    for n in range(5):
        actors.spawn(scaler, n)
    print(actors.wait_idle(), actors.wait_idle(timeout=0))
    print(len([actors.receive(timeout=10) for _ in range(5)]))


if __name__ == "__main__":
    main()
