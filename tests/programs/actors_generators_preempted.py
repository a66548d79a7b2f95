# Actors whose generators loop: twelve actors (more than the workers) each
# drive a generator whose loop runs long enough to spend its budget of
# reductions, so the scheduler switches actors inside generators' bodies: the
# generator state (the running generator, the resumers' stacks the collector
# scans) moves with the actor, which may resume on another worker, and the
# lists the bodies allocate keep the collectors busy meanwhile.
from aithon.actors import receive, self_pid, send, spawn


def numbers(n):
    total = 0
    for i in range(n):
        total += i
        if i % 1000 == 999:
            yield [total, str(i)]


def worker(parent, k):
    acc = 0
    words = []
    for item in numbers(200000 + k):
        acc += item[0] % 7
        words.append(item[1])
        if len(words) > 50:
            words = words[25:]
    send(parent, (k, acc, len(words)))


def main():
    me = self_pid()
    for k in range(12):
        spawn(worker, me, k)
    results = sorted(receive() for _ in range(12))
    for r in results:
        print(r)


if __name__ == "__main__":
    main()
