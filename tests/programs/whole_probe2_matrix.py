"""Matrix and vector classes with operator overloading and tuple indexing."""


class Matrix:
    def __init__(self, rows, cols, data=None):
        self.rows = rows
        self.cols = cols
        self.data = list(data) if data is not None else [0.0] * (rows * cols)
        if len(self.data) != rows * cols:
            raise ValueError(f"expected {rows * cols} values, got {len(self.data)}")

    @classmethod
    def identity(cls, n):
        m = cls(n, n)
        for i in range(n):
            m[i, i] = 1.0
        return m

    @classmethod
    def from_rows(cls, rows):
        return cls(len(rows), len(rows[0]), [x for row in rows for x in row])

    def __getitem__(self, idx):
        r, c = idx
        return self.data[r * self.cols + c]

    def __setitem__(self, idx, value):
        r, c = idx
        self.data[r * self.cols + c] = value

    def __add__(self, other):
        self._check_same(other)
        return Matrix(self.rows, self.cols, [a + b for a, b in zip(self.data, other.data)])

    def __sub__(self, other):
        self._check_same(other)
        return Matrix(self.rows, self.cols, [a - b for a, b in zip(self.data, other.data)])

    def __neg__(self):
        return Matrix(self.rows, self.cols, [-a for a in self.data])

    def __mul__(self, k):
        return Matrix(self.rows, self.cols, [a * k for a in self.data])

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        if self.cols != other.rows:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        out = Matrix(self.rows, other.cols)
        for i in range(self.rows):
            for k in range(self.cols):
                a = self[i, k]
                if a == 0:
                    continue
                for j in range(other.cols):
                    out.data[i * other.cols + j] += a * other.data[k * other.cols + j]
        return out

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.shape == other.shape and self.data == other.data

    def __pow__(self, n):
        result = Matrix.identity(self.rows)
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    @property
    def shape(self):
        return (self.rows, self.cols)

    @property
    def T(self):
        return Matrix(self.cols, self.rows, [self[r, c] for c in range(self.cols) for r in range(self.rows)])

    def _check_same(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")

    def row(self, r):
        return self.data[r * self.cols:(r + 1) * self.cols]

    def __iter__(self):
        for r in range(self.rows):
            yield self.row(r)

    def __repr__(self):
        return f"Matrix({self.rows}x{self.cols})"

    def __str__(self):
        width = max(len(f"{x:.3g}") for x in self.data)
        return "\n".join("[" + " ".join(f"{x:>{width}.3g}" for x in row) + "]" for row in self)

    def determinant(self):
        if self.rows != self.cols:
            raise ValueError("not square")
        m = [self.row(r) for r in range(self.rows)]
        n = self.rows
        det = 1.0
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
            if abs(m[pivot][col]) < 1e-12:
                return 0.0
            if pivot != col:
                m[col], m[pivot] = m[pivot], m[col]
                det = -det
            det *= m[col][col]
            for r in range(col + 1, n):
                f = m[r][col] / m[col][col]
                for c in range(col, n):
                    m[r][c] -= f * m[col][c]
        return det


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __abs__(self):
        return self.dot(self) ** 0.5

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r}, {self.z!r})"


def main():
    a = Matrix.from_rows([[1, 2], [3, 4]])
    b = Matrix.from_rows([[0, 1], [1, 0]])
    print(a + b, "", sep="\n")
    print(a @ b, "", sep="\n")
    print(2 * a - b, "", sep="\n")
    print((a @ b).T == b.T @ a.T, a == b, a[1, 0], a.shape)
    fib = Matrix.from_rows([[1, 1], [1, 0]])
    print("fib(30) =", (fib ** 30)[0, 1], "fib(90) =", (fib ** 90)[0, 1])
    try:
        a @ Matrix(3, 3)
    except ValueError as e:
        print("error:", e)
    try:
        Matrix(2, 2, [1, 2, 3])
    except ValueError as e:
        print("error:", e)
    n = 40
    m = Matrix(n, n, [((i * 7 + j * 13) % 17) / 4.0 - 2 for i in range(n) for j in range(n)])
    p = m @ m @ m
    print(repr(p), round(sum(p.data), 4), round(p[3, 5], 6))
    h = Matrix(6, 6, [1.0 / (i + j + 1) for i in range(6) for j in range(6)])
    print(f"hilbert det {h.determinant():.6e}")
    print(f"det {Matrix.from_rows([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]).determinant():.6f}")
    u, v = Vec(1, 2, 3), Vec(-2, 0.5, 4)
    print(u + v, 3 * u, u.cross(v), u.dot(v), f"{abs(v):.5f}")


if __name__ == "__main__":
    main()
