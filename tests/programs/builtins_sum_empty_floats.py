# sum() of floats that may have no items: the int start 0 is the result then (0, not 0.0),
# for lists, filtered generator expressions and values passed through functions.
def avg(xs):
    s = sum(xs)
    return s, len(xs)


def main():
    data = [1.5, 2.5, 300.0]
    big = [x for x in data if x > 1000]
    print(sum(big), sum(x for x in data if x > 1000), sum([], 0.0))
    print(avg(big), avg(data))
    total = sum(x * 2 for x in data)
    print(total)
    ys = []
    for v in data:
        if v < 0:
            ys.append(v)
    print(sum(ys), sum(ys) + 1)


if __name__ == "__main__":
    main()
