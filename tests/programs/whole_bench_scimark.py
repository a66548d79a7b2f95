# Variant written around a compiler gap: module-level random.seed/random.random instead of random.Random instances.
# SciMark-style kernels: SOR, Monte Carlo, sparse mat-mult, LU factorisation (after pyperformance's bm_scimark).
import random


def SOR_execute(omega, G, cycles):
    Gm = len(G)
    Gn = len(G[0])
    for p in range(cycles):
        for i in range(1, Gm - 1):
            for j in range(1, Gn - 1):
                G[i][j] = (omega * 0.25 * (G[i - 1][j] + G[i + 1][j] + G[i][j - 1] + G[i][j + 1])
                           + (1.0 - omega) * G[i][j])


def MonteCarlo(cycles):
    random.seed(113)
    under_curve = 0
    for count in range(cycles):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            under_curve += 1
    return float(under_curve) / cycles * 4.0


def SparseCompRow_matmult(M, y, val, row, col, x, num_iterations):
    for reps in range(num_iterations):
        for r in range(M):
            sa = 0.0
            for i in range(row[r], row[r + 1]):
                sa += x[col[i]] * val[i]
            y[r] = sa


def LU_factor(A, pivot):
    M, N = len(A), len(A[0])
    minMN = min(M, N)
    for j in range(minMN):
        jp = j
        t = abs(A[j][j])
        for i in range(j + 1, M):
            ab = abs(A[i][j])
            if ab > t:
                jp = i
                t = ab
        pivot[j] = jp
        if A[jp][j] == 0:
            raise Exception("factorization failed because of zero pivot")
        if jp != j:
            A[j], A[jp] = A[jp], A[j]
        if j < M - 1:
            recp = 1.0 / A[j][j]
            for k in range(j + 1, M):
                A[k][j] *= recp
        if j < minMN - 1:
            for ii in range(j + 1, M):
                for jj in range(j + 1, N):
                    A[ii][jj] -= A[ii][j] * A[j][jj]


def main():
    random.seed(7)
    G = [[random.random() for _ in range(20)] for _ in range(20)]
    SOR_execute(1.25, G, 10)
    print("SOR %.10f" % sum(sum(r) for r in G))
    print("MC %.6f" % MonteCarlo(20000))
    N = 50
    nz = 250
    nr = nz // N
    anz = nr * N
    val = [random.random() for _ in range(anz)]
    col = [0] * anz
    row = [0] * (N + 1)
    for r in range(N):
        rowr = row[r]
        step = r // nr
        row[r + 1] = rowr + nr
        if step < 1:
            step = 1
        for i in range(nr):
            col[rowr + i] = i * step
    x = [random.random() for _ in range(N)]
    y = [0.0] * N
    SparseCompRow_matmult(N, y, val, row, col, x, 10)
    print("SMM %.10f" % sum(y))
    A = [[random.random() for _ in range(12)] for _ in range(12)]
    pivot = [0] * 12
    LU_factor(A, pivot)
    print("LU", pivot, "%.10f" % sum(A[i][i] for i in range(12)))


if __name__ == "__main__":
    main()
