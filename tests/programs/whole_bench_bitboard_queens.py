# N-queens counted with bitmasks and recursion, plus a first-solution search with backtracking.
solutions_found = 0


def count(n, row=0, cols=0, d1=0, d2=0):
    global solutions_found
    if row == n:
        solutions_found += 1
        return 1
    total = 0
    avail = ~(cols | d1 | d2) & ((1 << n) - 1)
    while avail:
        bit = avail & -avail
        avail ^= bit
        total += count(n, row + 1, cols | bit, ((d1 | bit) << 1) & ((1 << n) - 1), (d2 | bit) >> 1)
    return total


def first_solution(n):
    placement = []

    def ok(col):
        r = len(placement)
        for pr, pc in enumerate(placement):
            if pc == col or abs(pc - col) == r - pr:
                return False
        return True

    def place():
        if len(placement) == n:
            return True
        for col in range(n):
            if ok(col):
                placement.append(col)
                if place():
                    return True
                placement.pop()
        return False

    place()
    return placement


def main():
    print([count(n) for n in range(1, 10)])
    print(solutions_found)
    for n in (4, 6, 8):
        sol = first_solution(n)
        print(n, sol)
        print("\n".join("".join("Q" if c == col else "." for c in range(n)) for col in sol))


if __name__ == "__main__":
    main()
