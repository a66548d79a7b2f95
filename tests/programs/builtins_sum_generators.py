# sum() over generator expressions: ints, floats, bools, starts, nested
# clauses, filters, exceptions part-way (items after the failing one are never
# made), and float lists whose items come from functions typed later.


def weight(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(u):
    n = len(u)
    return [sum(weight(i, j) * u[j] for j in range(n)) for i in range(n)]


def times_transposed(u):
    n = len(u)
    return [sum(weight(j, i) * u[j] for j in range(n)) for i in range(n)]


def norm_ratio(n, rounds):
    u = [1.0] * n
    v = u
    for _ in range(rounds):
        v = times_transposed(times(u))
        u = times_transposed(times(v))
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return (vbv / vv) ** 0.5


def squares_not_div3(n):
    return sum(i * i for i in range(n) if i % 3)


def pairs(n):
    return sum(i * j for i in range(n) for j in range(i) if (i + j) % 2)


def big_total(k):
    return sum(2**62 + i for i in range(k))


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance


def total_balance(accounts):
    return sum(a.balance for a in accounts)


def count_rich(accounts, limit):
    return sum(a.balance > limit for a in accounts)


def mean(xs):
    return sum(x for x in xs) / len(xs)


def main():
    print(f"{norm_ratio(12, 4):.9f}")
    xs = [1.5, 2.25, -0.0, 7.125]
    print(sum(x for x in xs))
    print(sum(x * 2.0 for x in xs))
    print(sum((x for x in xs), 10))
    print(sum((x for x in xs), 0.5))
    print(sum((x for x in xs), start=-3))
    print(sum(x > 1 for x in xs))
    print(sum((i for i in range(5)), 0.0))
    print(squares_not_div3(10), squares_not_div3(0), squares_not_div3(1))
    print(pairs(6), pairs(0))
    print(sum(x for x in []))
    print(sum((len(w) for w in ["a", "bb", "ccc"]), start=100))
    print(big_total(4), big_total(0))
    print(sum(-0.0 for _ in range(2)), sum((-0.0 for _ in range(2)), -0.0))
    print(sum(b for b in [True, False, True]))
    print(sum(0.1 for _ in range(10)))
    accounts = [Account("a", 10), Account("b", 250), Account("c", 40)]
    print(total_balance(accounts), count_rich(accounts, 30), total_balance([]))
    print(mean([1.0, 2.0, 4.5]), mean([3, 4]))
    try:
        print(sum(1 / (x - 1.5) for x in xs))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    made = []
    try:
        print(sum(made.append(x) or 1 / (2.25 - x) for x in xs))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, made)
    made = []
    total = sum(made.append(i) or i for i in range(4))
    print(total, made)
    print(sum(i for i in range(2**62 - 3, 2**62 + 2)))
    print(sum((i % 7 for i in range(1000)), 0.25))
    grid = [[1, 2, 3], [4, 5, 6]]
    print(sum(sum(row) for row in grid), sum(v for row in grid for v in row if v % 2))
    print(sum(sum(c * 0.5 for c in row) for row in grid))


if __name__ == "__main__":
    main()
