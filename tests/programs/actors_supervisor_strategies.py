# Supervisor restart strategies, restart types and which_children.
# Nothing here depends on scheduling: a crash is observed through a monitor's
# Down before the supervisor is asked anything (it handles the child's Exit
# first), restarted children announce themselves, and whether a child was
# restarted is read from its pid before and after.
from aithon.actors import ChildSpec, Supervisor, TIMEOUT, exit, is_alive, monitor, receive, self_pid, send, which_children


def worker(name, parent):
    send(parent, ("started", name))
    while True:
        msg = receive()
        if msg == "crash":
            raise RuntimeError("crash " + name)
        if msg == "stop":
            return
        if msg == "quit":
            exit("shutdown")
        if isinstance(msg, tuple) and msg[0] == "ping":
            send(msg[1], ("pong", name, msg[2]))


def is_started(m):
    return isinstance(m, tuple) and len(m) == 2 and m[0] == "started"


def started(n):
    """The names of the next n children that announced a start, sorted."""
    names = []
    for _ in range(n):
        m = receive(match=is_started, timeout=10)
        names.append("timeout" if m is TIMEOUT else m[1])
    return sorted(names)


def pid_of(children, cid):
    for k, p in children:
        if k == cid:
            return p
    return None


def stop(pid):
    """Stops a supervisor; its exit reason (monitored before, so never 'noproc')."""
    ref = monitor(pid)
    exit(pid, "shutdown")
    m = receive(match=lambda m: type(m).__name__ == "Down" and m.ref == ref, timeout=10)
    return "timeout" if m is TIMEOUT else m.reason


def tell_and_wait(sup, cid, what):
    """Sends `what` to child `cid` and waits until it has ended."""
    pid = pid_of(which_children(sup), cid)
    ref = monitor(pid)
    send(pid, what)
    m = receive(match=lambda m: type(m).__name__ == "Down" and m.ref == ref, timeout=10)
    return "timeout" if m is TIMEOUT else "ended"


def changes(before, after):
    out = []
    for cid, p in after:
        old = pid_of(before, cid)
        if p is None:
            out.append((cid, "none"))
        elif old is None:
            out.append((cid, "new"))
        else:
            out.append((cid, "same" if p == old else "restarted"))
    return out


def ping_all(sup):
    me = self_pid()
    names = []
    for cid, p in which_children(sup):
        if p is not None:
            send(p, ("ping", me, cid))
            m = receive(match=lambda m: isinstance(m, tuple) and len(m) == 3 and m[0] == "pong" and m[2] == cid, timeout=10)
            names.append("timeout" if m is TIMEOUT else m[1])
    return names


def strategy(name):
    me = self_pid()
    sup = Supervisor(
        [ChildSpec("a", worker, ("a", me)), ChildSpec("b", worker, ("b", me)), ChildSpec("c", worker, ("c", me))],
        strategy=name,
        max_restarts=10,
        max_seconds=60,
    )
    sup.start(link=False)
    print(name, "started", started(3))
    before = which_children(sup)
    print(name, [cid for cid, _ in before])
    print(name, "crash b:", tell_and_wait(sup, "b", "crash"))
    after = which_children(sup)
    print(name, changes(before, after))
    restarted = [cid for cid, what in changes(before, after) if what == "restarted"]
    print(name, "restarted", started(len(restarted)))
    print(name, "alive", ping_all(sup))
    before = after
    print(name, "crash a:", tell_and_wait(sup, "a", "crash"))
    after = which_children(sup)
    print(name, changes(before, after))
    print(name, "restarted", started(len([1 for _, what in changes(before, after) if what == "restarted"])))
    pids = [p for _, p in after]
    print(name, "supervisor ended:", stop(sup.pid))
    print(name, "children alive after shutdown:", [is_alive(p) for p in pids])


def restart_types():
    me = self_pid()
    sup = Supervisor(
        [
            ChildSpec("perm", worker, ("perm", me)),
            ChildSpec("trans", worker, ("trans", me), restart="transient"),
            ChildSpec("trans2", worker, ("trans2", me), "transient", 2.0),
            ChildSpec("temp", worker, ("temp", me), restart="temporary"),
        ]
    )
    pid = sup.start(link=False)
    print("types started", started(4))
    before = which_children(pid)
    print("stop perm:", tell_and_wait(pid, "perm", "stop"))
    print("stop trans:", tell_and_wait(pid, "trans", "stop"))
    print("quit trans2:", tell_and_wait(pid, "trans2", "quit"))
    after = which_children(pid)
    print(changes(before, after))
    print("restarted", started(1))
    print("crash temp:", tell_and_wait(pid, "temp", "crash"))
    print([cid for cid, _ in which_children(sup)])
    before = which_children(pid)
    print("crash perm:", tell_and_wait(pid, "perm", "crash"))
    print(changes(before, which_children(pid)))
    print("restarted", started(1))
    print(sup.which_children() == which_children(pid))
    print("supervisor ended:", stop(pid))
    try:
        which_children(pid)
    except RuntimeError:
        print("which_children after the end: RuntimeError")
    try:
        Supervisor([ChildSpec("x", worker, ("x", me))]).which_children()
    except RuntimeError:
        print("which_children before start: RuntimeError")


def main():
    for name in ["one_for_one", "one_for_all", "rest_for_one"]:
        strategy(name)
    restart_types()
    print(receive(match=is_started, timeout=0.1) is TIMEOUT)


if __name__ == "__main__":
    main()
