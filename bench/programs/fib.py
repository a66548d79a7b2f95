# Benchmark: naive doubly recursive Fibonacci (call overhead, small ints).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = 32
    result = fib(n)
    print(f"fib({n}) = {result}")
    print("checksum", result % 1000003)


if __name__ == "__main__":
    main()
