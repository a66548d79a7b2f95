# Modulo by zero (int) raises ZeroDivisionError at top level of main.


def main():
    n = 17
    for k in range(4, -1, -1):
        print(n, "%", k, "=", n % k, flush=k == 2)
    print("never printed")


if __name__ == "__main__":
    main()
