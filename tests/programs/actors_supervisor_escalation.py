# Restart intensity and escalation in a nested supervision tree: a child that
# keeps crashing makes its supervisor give up (stopping its other children and
# exiting with 'shutdown'); the parent supervisor restarts that subtree, and
# when the subtree gives up too often the parent gives up as well, which the
# main actor (trapping exits) receives as an Exit message.
# Each step waits for a Down or an announcement, never for time to pass.
from aithon.actors import ChildSpec, Supervisor, TIMEOUT, is_alive, monitor, receive, self_pid, send, trap_exit, which_children


def worker(name, parent):
    send(parent, ("started", name))
    while True:
        msg = receive()
        if msg == "crash":
            raise ValueError(name)


def is_started(m):
    return isinstance(m, tuple) and len(m) == 2 and m[0] == "started"


def started(n):
    names = []
    for _ in range(n):
        m = receive(match=is_started, timeout=10)
        names.append("timeout" if m is TIMEOUT else m[1])
    return sorted(names)


def child(sup, cid):
    for k, p in which_children(sup):
        if k == cid:
            return p
    return None


def down(ref):
    m = receive(match=lambda m: type(m).__name__ == "Down" and m.ref == ref, timeout=10)
    return "timeout" if m is TIMEOUT else m.reason


def crash(sup, cid):
    """Crashes child `cid` of `sup`; returns how it ended."""
    ref = monitor(child(sup, cid))
    send(child(sup, cid), "crash")
    return down(ref)


def main():
    me = self_pid()
    trap_exit(True)
    mid = Supervisor(
        [ChildSpec("x", worker, ("x", me)), ChildSpec("y", worker, ("y", me))],
        strategy="one_for_one",
        max_restarts=2,
        max_seconds=60,
    )
    top = Supervisor(
        [ChildSpec("w", worker, ("w", me)), ChildSpec("mid", mid, shutdown=None)],
        strategy="one_for_one",
        max_restarts=1,
        max_seconds=60,
    )
    top_pid = top.start()
    print("started", started(3))
    print([cid for cid, _ in which_children(top)])
    mid_pid = child(top, "mid")
    w_pid = child(top, "w")
    print([cid for cid, _ in which_children(mid_pid)])
    mid_ref = monitor(mid_pid)
    old_y = child(mid_pid, "y")

    # Two crashes are within the subtree's intensity: x alone is restarted.
    for i in range(2):
        print("crash x:", repr(crash(mid_pid, "x")))
        print("restarted", started(1), "y kept:", child(mid_pid, "y") == old_y)

    # The third is one too many: the subtree stops y and exits with 'shutdown'.
    y_ref = monitor(old_y)
    print("crash x:", repr(crash(mid_pid, "x")))
    print("y stopped:", down(y_ref))
    print("mid ended:", down(mid_ref))

    # The top supervisor restarts the subtree (its first restart) and leaves w alone.
    print("restarted", started(2))
    new_mid = child(top, "mid")
    print("mid restarted:", new_mid is not None and new_mid != mid_pid, "w kept:", child(top, "w") == w_pid)
    print([cid for cid, _ in which_children(new_mid)])

    # The new subtree gives up as well: a second restart for the top supervisor, one too many.
    top_ref = monitor(top_pid)
    mid_ref = monitor(new_mid)
    for i in range(2):
        print("crash x:", repr(crash(new_mid, "x")))
        print("restarted", started(1))
    print("crash x:", repr(crash(new_mid, "x")))
    print("mid ended:", down(mid_ref))
    print("top ended:", down(top_ref))
    m = receive(match=lambda m: type(m).__name__ == "Exit" and m.pid == top_pid, timeout=10)
    print("main got:", "timeout" if m is TIMEOUT else (type(m).__name__, m.reason))
    print("w alive:", is_alive(w_pid), "top alive:", is_alive(top_pid))
    print("nothing else started:", receive(match=is_started, timeout=0.1) is TIMEOUT)


if __name__ == "__main__":
    main()
