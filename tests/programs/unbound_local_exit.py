# Reading a local before any assignment on this path raises UnboundLocalError
# (exit status 1), after the output printed so far.

LIMIT = 3


def pick(flag):
    if flag:
        chosen = 2.5
    print("picking", flag)
    return chosen * 2


def main():
    total = 0
    for i in range(LIMIT):
        total += i
    print("total", total)
    print(pick(True))
    print(pick(False))
    print("not reached")


if __name__ == "__main__":
    main()
