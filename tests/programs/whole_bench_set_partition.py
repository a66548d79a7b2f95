# Set partitions enumerated by a recursive generator (after Codon's set_partition benchmark).
def partitions(collection):
    if len(collection) == 1:
        yield [collection]
        return
    first = collection[0]
    for smaller in partitions(collection[1:]):
        for n, subset in enumerate(smaller):
            yield smaller[:n] + [[first] + subset] + smaller[n + 1:]
        yield [[first]] + smaller


def bell(n):
    row = [1]
    for _ in range(n):
        nxt = [row[-1]]
        for v in row:
            nxt.append(nxt[-1] + v)
        row = nxt
    return row[0]


def main():
    for n in range(1, 9):
        items = list(range(1, n + 1))
        count = 0
        longest = 0
        for p in partitions(items):
            count += 1
            longest = max(longest, len(p))
        print(n, count, bell(n), longest)
    print(sorted(partitions([1, 2, 3]), key=lambda p: (len(p), p)))


if __name__ == "__main__":
    main()
