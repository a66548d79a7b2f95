# Closing a generator closes the generators it was reading from, as CPython's freeing of the frame does.
log = []


def numbers(n, tag):
    try:
        for i in range(n):
            yield i
    finally:
        log.append('numbers %s closed' % tag)


def evens(n):
    try:
        for x in numbers(n, 'evens'):
            if x % 2 == 0:
                yield x
    finally:
        log.append('evens closed')


def neighbours(i):
    try:
        yield i - 1
        yield i + 1
        yield i + 2
    finally:
        log.append('neighbours(%d) done' % i)


def main():
    print(all(j < 5 for j in neighbours(4)), log)
    log.clear()
    print(any(j > 3 for j in neighbours(3)), log)
    log.clear()
    for x in evens(10):
        if x >= 4:
            break
    print(x, log)
    log.clear()
    g = (y * y for y in numbers(5, 'squares'))
    for v in g:
        if v > 3:
            break
    print(v, log)
    g.close()
    print(log)
    log.clear()
    total = sum(1 for _ in numbers(3, 'sum'))
    print(total, log)


if __name__ == '__main__':
    main()
