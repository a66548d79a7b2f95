# Matrix multiplication on lists of lists of floats (the shape of
# pyperformance-style matmul): the rows are lists of floats the compiler
# stores unboxed (AI_LIST_FLOATS in runtime/include/aithon.h), so the inner
# loop reads and writes doubles without allocating.


def make_matrix(n, seed):
    rows = []
    x = seed
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 1103515245 + 12345) % 2147483648
            row.append(x / 2147483648.0 - 0.5)
        rows.append(row)
    return rows


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    inner = len(b)
    out = []
    for i in range(n):
        ai = a[i]
        row = [0.0] * m
        for k in range(inner):
            aik = ai[k]
            bk = b[k]
            for j in range(m):
                row[j] += aik * bk[j]
        out.append(row)
    return out


def trace(m):
    total = 0.0
    for i in range(len(m)):
        total += m[i][i]
    return total


def main():
    n = 120
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    c = matmul(a, b)
    for _ in range(3):
        c = matmul(c, b)
        scale = 1.0 / max(abs(v) for row in c for v in row)
        c = [[v * scale for v in row] for row in c]
    print(f"trace {trace(c):.9f}")
    print(f"corner {c[0][0]:.9f} {c[n - 1][n - 1]:.9f}")


if __name__ == "__main__":
    main()
