from aithon.actors import spawn, send, receive, self_pid, TIMEOUT


def worker(parent, n):
    total = 0
    for i in range(n):
        total += i * i
    send(parent, ("done", n, total))


def echo():
    while True:
        msg = receive()
        if msg == "stop":
            break
        sender, text = msg
        send(sender, text.upper())


def main():
    me = self_pid()
    for n in [10, 100, 1000]:
        spawn(worker, me, n)
    results = sorted(receive() for _ in range(3))
    print(results)
    e = spawn(echo)
    send(e, (me, "hello"))
    print(receive())
    send(e, "stop")
    print(receive(timeout=0.05) is TIMEOUT)


if __name__ == "__main__":
    main()
