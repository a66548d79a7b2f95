# Sequence unpacking in the style of pyperformance's bm_unpack_sequence.
def do_unpacking(loops, to_unpack):
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        total += a + b + c + d + e + f + g + h + i + j
    return total


def do_star(seq):
    first, *middle, last = seq
    head, second, *tail = seq
    return first, middle, last, head, second, len(tail)


def swap_all(pairs):
    out = []
    for (x, y), z in pairs:
        x, y = y, x
        out.append((z, y, x))
    return out


def main():
    print(do_unpacking(1000, tuple(range(10))))
    print(do_unpacking(1000, list(range(10, 20))))
    print(do_star([1, 2, 3, 4, 5]))
    print(do_star("hello"))
    print(swap_all([((1, 2), 3), ((4, 5), 6)]))
    (a, b), [c, d] = (1, 2), [3, 4]
    print(a, b, c, d)
    x = y = z = 7
    print(x + y + z)


if __name__ == "__main__":
    main()
