# Message order an actor can rely on when it sends many messages in a row
# (the runtime pushes such runs to a busy receiver in one go): everything A
# sent to B is in B's mailbox before anything A does next can reach B,
# whether through a message A sends to a third actor, an actor A spawns, or
# A's own end (its Exit comes after its messages).
from aithon.actors import Exit, receive, self_pid, send, spawn, spawn_link, trap_exit


def collector(main, n):
    got = []
    for _ in range(n):
        got.append(receive())
    send(main, got)


def relay(to, tag):
    send(to, tag)


def forwarder():
    to, tag = receive()
    send(to, tag)


def producer_then_spawn(to, k):
    for i in range(k):
        send(to, ("p", i))
    spawn(relay, to, ("child", k))


def producer_then_third(to, k, third):
    for i in range(k):
        send(to, ("q", i))
    send(third, (to, ("third", k)))


def producer_then_crash(to, k):
    for i in range(k):
        send(to, ("c", i))
    raise ValueError("done sending")


def busy_receiver(main, n):
    # busy for a while before it looks at its mailbox: the messages queue up
    total = 0
    for i in range(200000):
        total += i % 7
    got = [receive() for _ in range(n)]
    send(main, (total, got))


def trapping(main, k):
    trap_exit(True)
    spawn_link(producer_then_crash, self_pid(), k)
    got = []
    while True:
        m = receive()
        if isinstance(m, Exit):
            send(main, (got, str(m.reason)))
            return
        got.append(m)


def check_run(label, got, tag, k, last):
    firsts = [m for m in got if m[0] == tag]
    print(label, len(got), firsts == [(tag, i) for i in range(k)], got[-1] == last)


def main():
    me = self_pid()
    for k in (1, 5, 40, 300):
        c = spawn(collector, me, k + 1)
        spawn(producer_then_spawn, c, k)
        check_run("spawn", receive(), "p", k, ("child", k))

        c = spawn(collector, me, k + 1)
        f = spawn(forwarder)
        spawn(producer_then_third, c, k, f)
        check_run("third", receive(), "q", k, ("third", k))

        b = spawn(busy_receiver, me, k + 1)
        spawn(producer_then_spawn, b, k)
        total, got = receive()
        check_run("busy", got, "p", k, ("child", k))
        print("busy total", total)

        spawn(trapping, me, k)
        got, reason = receive()
        print("exit", len(got), got == [("c", i) for i in range(k)], reason)


if __name__ == "__main__":
    main()
