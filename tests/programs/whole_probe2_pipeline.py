"""Generator pipelines: yield from, send-driven coroutines, itertools chaining."""
import itertools


def read_records(n):
    for i in range(n):
        yield {"id": i, "value": (i * 37) % 101, "tag": "abc"[i % 3]}


def filter_by(records, pred):
    for r in records:
        if pred(r):
            yield r


def window(iterable, size):
    buf = []
    for x in iterable:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count


def grouper():
    results = {}
    while True:
        key = yield
        if key is None:
            return results
        results[key] = results.get(key, 0) + 1


def delegate(results, name):
    while True:
        results[name] = yield from averager()
        return


def take(n, it):
    return list(itertools.islice(it, n))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def chunked(it, size):
    it = iter(it)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def main():
    recs = read_records(200)
    evens = filter_by(recs, lambda r: r["value"] % 2 == 0)
    tagged = (r for r in evens if r["tag"] != "b")
    sums = [sum(r["value"] for r in w) for w in window(tagged, 3)]
    print(len(sums), sums[:8], max(sums))

    print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))

    avg = averager()
    next(avg)
    for v in [10, 20, 30, 45]:
        print("running avg", avg.send(v))
    print(take(15, fib()))
    print(take(5, (x for x in fib() if x % 3 == 0)))
    print(list(chunked(range(11), 4)))
    evens_sq = (x * x for x in range(20) if x % 2 == 0)
    print([x for x in evens_sq if x < 200])
    total = 0
    for i, chunk in enumerate(chunked(fib(), 10)):
        total += sum(chunk)
        if i == 5:
            break
    print(total)


if __name__ == "__main__":
    main()
