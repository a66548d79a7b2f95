# Supervisor children given as plain tuples (id, fn, args, restart, shutdown)
# instead of ChildSpec objects. (Compiled, a program gives either tuples of one
# shape or ChildSpec objects to its supervisors: docs/actors.md.)
from aithon.actors import Supervisor, TIMEOUT, exit, monitor, receive, self_pid, send, which_children


def worker(name, parent):
    send(parent, ("started", name))
    while True:
        if receive() == "crash":
            raise RuntimeError(name)


def started(n):
    got = [receive(match=lambda m: isinstance(m, tuple) and m[0] == "started", timeout=10) for _ in range(n)]
    return sorted(["timeout" if m is TIMEOUT else m[1] for m in got])


def main():
    me = self_pid()
    sup = Supervisor(
        [("t1", worker, ("t1", me), "transient", 1.0), ("t2", worker, ("t2", me), "permanent", "brutal_kill"), ("t3", worker, ("t3", me), "temporary", None)],
        strategy="one_for_all",
    )
    pid = sup.start(link=False)
    print(started(3), [cid for cid, _ in which_children(pid)])
    victim = [p for cid, p in which_children(pid) if cid == "t2"][0]
    ref = monitor(victim)
    send(victim, "crash")
    receive(match=lambda m: type(m).__name__ == "Down" and m.ref == ref, timeout=10)
    # one_for_all: t1 and t2 restarted, the temporary t3 stopped and gone.
    print(started(2), [cid for cid, _ in which_children(pid)])
    ref = monitor(pid)
    exit(pid, "shutdown")
    down = receive(match=lambda m: type(m).__name__ == "Down" and m.ref == ref, timeout=10)
    print("supervisor ended:", "timeout" if down is TIMEOUT else down.reason)


if __name__ == "__main__":
    main()
