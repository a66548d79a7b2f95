# Selective receive: receive(match=pred) takes the oldest message pred accepts
# and leaves the others queued in their order (Erlang's save queue). Messages
# from one sender arrive in order; the other senders are synchronised with
# messages, so the output does not depend on scheduling.
from aithon.actors import TIMEOUT, Down, Exit, Pid, monitor, receive, self_pid, send, spawn, spawn_link, trap_exit


def sender(parent, items):
    for x in items:
        send(parent, x)
    send(parent, ("done", len(items)))


def late_sender(parent):
    # Waits for the go-ahead, then sends what the parent is already waiting for.
    receive(match=lambda m: m == "go")
    send(parent, ("noise", 1))
    send(parent, ("wanted", 42))


def server():
    while True:
        msg = receive()
        if msg == "stop":
            return
        tag, sender_pid, n = msg
        send(sender_pid, ("reply", tag, n * n))


def call(srv, tag, n):
    send(srv, (tag, self_pid(), n))
    return receive(match=lambda m: isinstance(m, tuple) and m[0] == "reply" and m[1] == tag, timeout=10)


def crasher():
    receive(match=lambda m: m == "go")
    raise ValueError("lost")


def drain():
    out = []
    while True:
        m = receive(timeout=0)
        if m is TIMEOUT:
            return out
        out.append(m)


def is_tagged(tag):
    return lambda m: isinstance(m, tuple) and len(m) == 2 and m[0] == tag


def main():
    me = self_pid()
    spawn(sender, me, [1, ("b", 2), "three", ("b", 4), 5.5, ("c", 6), None, [7, 8]])
    # The sender's last message first: everything before it stays queued.
    print(receive(match=is_tagged("done"), timeout=10))
    print(receive(match=is_tagged("b"), timeout=10))
    print(receive(match=lambda m: isinstance(m, float), timeout=10))
    print(receive(match=lambda m: m is None, timeout=10))
    print(receive(match=is_tagged("b"), timeout=10))
    print(receive(match=lambda m: m == "nothing", timeout=0) is TIMEOUT)
    print(receive(match=lambda m: m == "nothing", timeout=0.05) is TIMEOUT)

    # Each queued message is tested once per call.
    tested = []

    def count_and_pick(m):
        tested.append(m)
        return isinstance(m, list)

    print(receive(match=count_and_pick, timeout=10), tested)
    print(drain())

    # A predicate that raises: the exception propagates, nothing is taken.
    for x in ["a", 0, "b"]:
        send(me, x)
    try:
        receive(match=lambda m: isinstance(m, int) and 10 // m > 0, timeout=1)
    except ZeroDivisionError as e:
        print("raised:", e)
    print(drain())

    # Waiting: the wanted message arrives after receive started waiting; the
    # one before it stays queued.
    p = spawn(late_sender, me)
    send(p, "early")
    send(p, "go")
    print(receive(match=is_tagged("wanted"), timeout=10))
    print(receive(timeout=10))

    # Request/reply with private tags, replies taken out of arrival order.
    srv = spawn(server)
    send(srv, ("t1", me, 3))
    send(srv, ("t2", me, 4))
    print(receive(match=lambda m: isinstance(m, tuple) and m[1] == "t2", timeout=10))
    print(receive(match=lambda m: isinstance(m, tuple) and m[1] == "t1", timeout=10))
    print([call(srv, "q%d" % i, i) for i in range(4)])
    send(srv, "stop")

    # Exit and Down messages are matched like any other.
    trap_exit(True)
    c = spawn_link(crasher)
    d = spawn(crasher)
    ref = monitor(d)
    send(d, "go")
    send(c, "go")
    send(me, "after")
    down = receive(match=lambda m: isinstance(m, Down) and m.ref == ref, timeout=10)
    print(type(down).__name__, repr(down.reason), down[0] == ref, isinstance(down, Exit))
    ex = receive(match=lambda m: isinstance(m, Exit), timeout=10)
    print(type(ex).__name__, ex.pid == c, repr(ex.reason), isinstance(ex.pid, Pid), isinstance(ex.reason, Pid))
    pid, reason = ex
    print(pid == c, reason.args == ex.reason.args, ex == (c, reason))
    print(receive(timeout=10))
    print(drain())


if __name__ == "__main__":
    main()
