# main() is never called here: the compiled program calls it after the
# top-level code (the differential harness does the same for CPython).

GREETING = "implicit call"


def helper(n):
    return n * 3


def main():
    print(GREETING, helper(14))
    for i in range(3):
        print("tick", i)


print("top-level runs first")
