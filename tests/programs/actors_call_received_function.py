from aithon.actors import spawn, send, receive, self_pid


def add(a, b):
    return a + b


def mul(a, b, c=1):
    return a * b * c


def total(*xs):
    return sum(xs)


def worker():
    while True:
        msg = receive()
        if msg == "stop":
            break
        reply_to, fn, args = msg
        try:
            send(reply_to, fn(*args))
        except TypeError as e:
            send(reply_to, f"TypeError: {e}")


def main():
    w = spawn(worker)
    jobs = [(add, (2, 3)), (mul, (4, 5)), (mul, [2, 3, 4]), (total, (1, 2, 3, 4)), (total, ()), (add, (1,))]
    for fn, args in jobs:
        send(w, (self_pid(), fn, args))
        print(receive())
    send(w, "stop")


if __name__ == "__main__":
    main()
