# Lists of floats: the compiler stores them unboxed, and every operation of the
# runtime (sort, repr, slicing, methods, ==, copies, dynamic code) must still see
# float values, as after the list's items were boxed.
import copy


def make(n, seed):
    xs = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        xs.append(x / 2147483648.0 - 0.5)
    return xs


def dot(a, b):
    total = 0.0
    for i in range(len(a)):
        total += a[i] * b[i]
    return total


def scale_in_place(xs, k):
    for i in range(len(xs)):
        xs[i] *= k
    xs[-1] += 1.0


def describe(v):
    # v is a value of unknown type here: the list goes to dynamic code
    return f"{type(v).__name__}:{len(v)}:{v[0]!r}"


def main():
    a = make(6, 1)
    b = make(6, 2)
    print(f"{dot(a, b):.12f}")
    scale_in_place(a, 2.0)
    print([round(v, 6) for v in a])
    zeros = [0.0] * 4
    zeros[2] = 1.5
    zeros[-1] = -2.25
    print(zeros, len(zeros), zeros[1:3], zeros[::-1])
    squares = [float(i) * 0.5 for i in range(5)]
    print(squares, sum(squares), min(squares), max(squares))
    print(2.0 in squares, 3.3 in squares, squares.index(1.5), squares.count(0.0))
    lit = [1.25, -0.5, 3.0]
    lit.append(0.125)
    lit.insert(1, 9.5)
    print(lit.pop(), lit, sorted(lit), lit == [1.25, 9.5, -0.5, 3.0])
    lit.sort(reverse=True)
    print(lit)
    lit.reverse()
    lit.extend([7.0, 8.0])
    del lit[0]
    print(lit, lit + squares[:2], lit * 2)
    # after the runtime boxed it, the typed paths keep working
    lit[0] = 0.75
    lit.append(1e300 * 10)
    print(lit, lit[0] + lit[1], str(lit), repr(lit[-1]))
    c = copy.copy(squares)
    d = copy.deepcopy(squares)
    c[0] = 42.0
    print(squares[0], c[0], d == squares, c is squares)
    print(describe(make(3, 5)))
    total = 0.0
    for v in make(100, 7):
        total += v
    print(f"{total:.10f}")
    grid = [[float(i * j) for j in range(3)] for i in range(3)]
    grid[1][2] += 0.5
    print(grid, [sum(row) for row in grid])
    empty = []
    empty.append(2.5)
    print(empty, [v * 2 for v in empty])
    try:
        print(zeros[10])
    except IndexError as e:
        print("IndexError:", e)
    try:
        zeros[-9] = 1.0
    except IndexError as e:
        print("IndexError:", e)
    neg = [-0.0, float("nan"), float("inf")]
    print(neg, [str(v) for v in neg], neg[0] == 0.0)
    # sum/min/max read such a list's doubles: the same order of additions and the same first extreme as CPython
    tenths = [i / 10 for i in range(1, 11)]
    print(sum(tenths), sum([i / 10 for i in range(1, 11)], 10), sum([v for v in tenths], 0.25), sum([x * 1.0 for x in range(0)], 7))
    print(max([-0.0, 0.0]), min([0.0, -0.0]), max([v - 0.5 for v in tenths]), min([v * -1.0 for v in tenths]))
    nans = [float("nan"), 1.0, -1.0]
    print(max(nans), min(nans), max([1.0, float("nan"), 3.0]), min([1.0, float("nan"), -3.0]))
    print(max([2.5], default=0.0), min([v for v in tenths if v > 5], default=-1.0), sum([1e308, 1e308, -1e308]))
    m = {"k": make(2, 3)}
    m["k"][0] = 0.5
    print(m)


main()
