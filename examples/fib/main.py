# fib: Fibonacci numbers three ways (recursive, iterative, and a timing-
# friendly workload). Build and run with
#   npx nx run fib:run
# It prints exactly what `python3 main.py` prints.

N = 30


def fib_rec(n):
    if n < 2:
        return n
    return fib_rec(n - 1) + fib_rec(n - 2)


def fib_iter(n):
    a = 0
    b = 1
    for _ in range(n):
        t = a + b
        a = b
        b = t
    return a


def main():
    for i in range(15):
        print(f"fib({i:>2}) = {fib_rec(i):>4}")
    big = fib_iter(90)
    print(f"fib(90) = {big:,}")
    value = fib_rec(N)
    if value == fib_iter(N):
        print(f"fib_rec({N}) = {value} (matches the iterative result)")
    else:
        print("mismatch!")
    ratio = fib_iter(41) / fib_iter(40)
    print(f"golden ratio ~ {ratio:.10f}")


if __name__ == "__main__":
    main()
