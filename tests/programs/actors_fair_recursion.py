# Fairness without loops: actors busy in a deep recursion (4: more than a
# 2-core machine has workers) must not starve the others. Their code has no
# loop back edge and sends nothing while it recurses, so only the count of a
# reduction at every call (as BEAM counts them) gives their worker up. The
# echo actor spawned after them answers while they still recurse; then main
# stops them with a message each. (CPython's threads switch every 5 ms.) A
# runtime that let them starve the echo would see them stop at their safety
# deadline instead, and the echo answer last.
import time

from aithon.actors import TIMEOUT, receive, self_pid, send, spawn

SAFETY_SECONDS = 5.0
BUSY = 4
BY_MESSAGE = -1
BY_DEADLINE = -2


def churn(depth, deadline):
    # A binary tree of calls far too big to finish: every leaf polls the
    # mailbox (a receive with timeout 0 never waits), and once a stop
    # arrives the rest unwinds in a few calls per level.
    if depth == 0:
        if receive(timeout=0) is not TIMEOUT:
            return BY_MESSAGE
        if time.perf_counter() > deadline:
            return BY_DEADLINE
        return 1
    left = churn(depth - 1, deadline)
    if left < 0:
        return left
    right = churn(depth - 1, deadline)
    if right < 0:
        return right
    return left + right


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def busy(parent, n):
    how = churn(40, time.perf_counter() + SAFETY_SECONDS)
    stopped = "by message" if how == BY_MESSAGE else "at the deadline"
    send(parent, ("busy done", n, stopped, fib(18 + n)))


def echo():
    sender, word = receive()
    send(sender, ("echo", word.upper(), fib(15)))


def main():
    me = self_pid()
    workers = [spawn(busy, me, n) for n in range(BUSY)]
    time.sleep(0.05)  # the busy actors are deep in their recursion by now
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
