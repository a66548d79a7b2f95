# A supervisor with children of ten different functions and argument shapes:
# past a few shapes the compiler stops specialising ChildSpec and the code
# that starts children for each one and compiles one generic version, which
# must still start every child with its own arguments and restart it.
from aithon.actors import ChildSpec, Down, Supervisor, TIMEOUT, exit, monitor, receive, self_pid, send, which_children


def w0(parent, a):
    send(parent, ("w0", a))
    receive()


def w1(parent, a, b):
    send(parent, ("w1", a, b))
    receive()


def w2(parent, a, b, c):
    send(parent, ("w2", a, b, c))
    if receive() == "crash":
        raise ValueError("w2")


def w3(parent, a):
    send(parent, ("w3", a * 2))
    receive()


def w4(parent, a, b):
    send(parent, ("w4", b, a))
    receive()


def w5(parent, a, b, c):
    send(parent, ("w5", c))
    receive()


def w6(parent, a):
    send(parent, ("w6", len(a)))
    receive()


def w7(parent, a, b):
    send(parent, ("w7", a + b))
    receive()


def w8(parent, a, b, c):
    send(parent, ("w8", a, c))
    receive()


def w9(parent):
    send(parent, ("w9",))
    if receive() == "crash":
        raise ValueError("w9")


def main():
    me = self_pid()
    specs = [
        ChildSpec("c0", w0, (me, 0)),
        ChildSpec("c1", w1, (me, 1, "s")),
        ChildSpec("c2", w2, (me, 2, "s", 2.5)),
        ChildSpec("c3", w3, (me, "x")),
        ChildSpec("c4", w4, (me, 4.5, [1, 2])),
        ChildSpec("c5", w5, (me, None, True, (1, 2))),
        ChildSpec("c6", w6, (me, [1, 2, 3])),
        ChildSpec("c7", w7, (me, 3, 4)),
        ChildSpec("c8", w8, (me, "a", "b", "c"), restart="transient"),
        ChildSpec("c9", w9, (me,)),
    ]
    sup = Supervisor(specs, max_restarts=5)
    sup.start(link=False)
    print(sorted(receive(timeout=10) for _ in range(10)))
    children = which_children(sup)
    print([c for c, _ in children])
    for cid in ["c2", "c9"]:
        pid = [p for c, p in children if c == cid][0]
        ref = monitor(pid)
        send(pid, "crash")
        m = receive(match=lambda m: isinstance(m, Down) and m.ref == ref, timeout=10)
        print(cid, "ended:", "timeout" if m is TIMEOUT else repr(m.reason))
        print("restarted:", receive(timeout=10))
    ref = monitor(sup.pid)
    exit(sup.pid, "shutdown")
    m = receive(match=lambda m: isinstance(m, Down) and m.ref == ref, timeout=10)
    print("supervisor ended:", "timeout" if m is TIMEOUT else m.reason)


if __name__ == "__main__":
    main()
