# The supervision fault test of issue 5: 10,000 workers under one one_for_one
# supervisor, every tenth crashing again and again while the others receive a
# stream of messages. Every crashed worker must be restarted (it announces each
# start) and no other worker may lose a message or be restarted.
# Each step waits for the messages it expects, never for time to pass.
# Run by runtime/tests/supervisor_fault.test.ts, compiled (also runs under
# CPython with PYTHONPATH=python, slowly: 10,000 threads).
import sys

from aithon.actors import ChildSpec, Supervisor, TIMEOUT, exit, monitor, receive, self_pid, send, which_children

WORKERS = 10000
ROUNDS = 3  # crashes of each tenth worker


def worker(i, parent):
    send(parent, ("up", i, self_pid()))
    got = 0
    while True:
        msg = receive()
        if msg == "crash":
            raise RuntimeError("worker %d crashes" % i)
        if msg[0] == "msg":
            if msg[1] != got:
                send(parent, ("out of order", i, got, msg[1]))
            got += 1
        elif msg[0] == "count":
            send(msg[1], ("count", i, got))


def is_up(m):
    return isinstance(m, tuple) and m[0] == "up"


def main():
    me = self_pid()
    n = WORKERS
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    sup = Supervisor([ChildSpec(i, worker, (i, me)) for i in range(n)], max_restarts=ROUNDS * n, max_seconds=3600)
    sup.start(link=False)
    pids = [None] * n
    starts = [0] * n
    for _ in range(n):
        m = receive(match=is_up, timeout=60)
        pids[m[1]] = m[2]
        starts[m[1]] += 1
    first = list(pids)
    crashers = [i for i in range(n) if i % 10 == 0]
    steady = [i for i in range(n) if i % 10 != 0]
    sent = 0
    for r in range(ROUNDS):
        for i in crashers:
            send(pids[i], "crash")
        for i in steady:
            send(pids[i], ("msg", sent))
        sent += 1
        # Every crasher comes back (with a new pid) before the next round.
        for _ in crashers:
            m = receive(match=is_up, timeout=60)
            if m is TIMEOUT:
                print("a crashed worker was not restarted")
                return
            pids[m[1]] = m[2]
            starts[m[1]] += 1
        for i in steady:
            send(pids[i], ("msg", sent))
        sent += 1
    counts = [-1] * n
    for i in steady:
        send(pids[i], ("count", me))
    for _ in steady:
        m = receive(match=lambda m: isinstance(m, tuple) and m[0] == "count", timeout=60)
        counts[m[1]] = m[2]
    print("workers:", n, "crashing:", len(crashers))
    print("crashers started", sorted(set(starts[i] for i in crashers)), "times")
    print("others started", sorted(set(starts[i] for i in steady)), "times, kept their pid:", all(pids[i] == first[i] for i in steady))
    print("crashers got new pids:", all(pids[i] != first[i] for i in crashers))
    print("messages sent to each other worker:", sent, "received:", sorted(set(counts[i] for i in steady)))
    print("out of order:", receive(match=lambda m: isinstance(m, tuple) and m[0] == "out of order", timeout=0) is not TIMEOUT)
    children = which_children(sup)
    print("which_children:", len(children), "in order:", [c for c, _ in children] == list(range(n)), "current pids:", all(p == pids[c] for c, p in children))
    ref = monitor(sup.pid)
    exit(sup.pid, "shutdown")
    down = receive(match=lambda m: type(m).__name__ == "Down" and m.ref == ref, timeout=120)
    print("supervisor ended:", "timeout" if down is TIMEOUT else down.reason)
    print("stray starts:", receive(match=is_up, timeout=0) is not TIMEOUT)


if __name__ == "__main__":
    main()
