# Module-level constants read inside functions.

LIMIT = 10
NAME = "counter"
RATE = 0.05
ENABLED = True
NOTHING = None
BIG = 2 ** 90
DOUBLE_LIMIT = LIMIT * 2
BANNER = "=" * 12 + " " + NAME + " " + "=" * 12


def interest(amount):
    return amount * RATE


def count_up():
    total = 0
    for i in range(LIMIT):
        total += i
    return total


def report():
    print(BANNER)
    print(NAME, LIMIT, DOUBLE_LIMIT, RATE, ENABLED, NOTHING, BIG)
    if ENABLED:
        print("enabled; total =", count_up())


def main():
    report()
    print(interest(1000), interest(2 ** 10))
    local_limit = LIMIT + 1
    print(local_limit, BIG // LIMIT)


if __name__ == "__main__":
    main()
