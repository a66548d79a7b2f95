# Fairness inside generators: actors (4: more than a 2-core machine has
# workers) drive generators whose bodies spin in a loop without yielding
# until main tells them to stop. The scheduler preempts an actor inside a
# generator's body as anywhere else (the generator's state moves with the
# actor, which may resume on another worker), so the echo actor spawned
# after them answers while they still spin. (CPython's threads switch every
# 5 ms.) A runtime that let them starve the echo would see them stop at
# their safety deadline instead, and the echo answer last.
import time

from aithon.actors import TIMEOUT, receive, self_pid, send, spawn

SAFETY_SECONDS = 5.0
BUSY = 4


def spinner(n, deadline):
    # Each value costs a spin that ends only with a message (or the
    # deadline): the body runs long between yields.
    produced = 0
    while True:
        spins = 0
        while True:
            spins += 1
            if spins % 64 == 0:
                if receive(timeout=0) is not TIMEOUT:
                    yield ("stopped", n, produced)
                    return
                if time.perf_counter() > deadline:
                    yield ("deadline", n, produced)
                    return
            if spins == 50000 * (produced + 1):
                break
        produced += 1
        yield ("value", n, produced)


def squares(limit):
    for i in range(limit):
        yield i * i


def busy(parent, n):
    values = 0
    last = None
    for item in spinner(n, time.perf_counter() + SAFETY_SECONDS):
        if item[0] == "value":
            values += 1
        else:
            last = item
    how = "by message" if last[0] == "stopped" else "at the deadline"
    send(parent, ("busy done", n, how, values == last[2], sum(squares(10 + n))))


def echo():
    sender, word = receive()
    send(sender, ("echo", word.upper(), list(squares(5))))


def main():
    me = self_pid()
    workers = [spawn(busy, me, n) for n in range(BUSY)]
    time.sleep(0.05)  # the busy actors are inside their generators by now
    e = spawn(echo)
    send(e, (me, "ping"))
    first = receive()
    print("first reply:", first)
    print("the echo answered first:", first[0] == "echo")
    for w in workers:
        send(w, "stop")
    done = sorted(receive()[1:] for _ in range(BUSY))
    for d in done:
        print(d)


if __name__ == "__main__":
    main()
