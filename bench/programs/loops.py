# Benchmark: nested integer loops with arithmetic and branches (~50M inner
# iterations' worth of work in C terms, kept modest for CPython).

OUTER = 7000
INNER = 7000


def main():
    checksum = 0
    hits = 0
    for i in range(OUTER):
        row = 0
        for j in range(INNER):
            v = (i * j + j) % 7
            if v == 3:
                hits += 1
            row += v ^ (j & 15)
        checksum = (checksum * 31 + row) % 1000000007
    print("hits", hits)
    print("checksum", checksum)


if __name__ == "__main__":
    main()
