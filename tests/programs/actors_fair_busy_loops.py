# Fairness: actors spinning in long loops (4: more than a 2-core machine has
# workers) must not starve the others. The echo actor spawned after them
# answers at once, while they are still spinning: the compiled loops count
# reductions at their back edges and give their worker up when the budget
# runs out (CPython's threads switch every 5 ms).
import time

from aithon.actors import receive, self_pid, send, spawn

SPIN_SECONDS = 1.5
BUSY = 4


def busy(parent, n):
    deadline = time.perf_counter() + SPIN_SECONDS
    spins = 0
    while time.perf_counter() < deadline:
        spins += 1
    send(parent, ("busy done", n, spins > 0))


def echo():
    sender, word = receive()
    send(sender, ("echo", word.upper()))


def main():
    me = self_pid()
    for n in range(BUSY):
        spawn(busy, me, n)
    time.sleep(0.05)  # the busy actors are spinning by now
    e = spawn(echo)
    send(e, (me, "ping"))
    replies = []
    for _ in range(BUSY + 1):
        replies.append(receive())
    first = replies[0]
    print("first reply:", first)
    print("the echo answered first:", first[0] == "echo")
    print(sorted(r[1] for r in replies if r[0] == "busy done"))
    print(all(r[2] for r in replies if r[0] == "busy done"))


if __name__ == "__main__":
    main()
