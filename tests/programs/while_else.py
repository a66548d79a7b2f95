# while ... else: else runs only when the loop ends without break.


def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "has divisor", d)
            break
        d += 1
    else:
        print(n, "is prime")


def main():
    for n in range(2, 30, 3):
        find_divisor(n)
    k = 0
    while k < 3:
        k += 1
    else:
        print("finished with k =", k)
    while False:
        print("never")
    else:
        print("else of a loop that never ran")
    j = 10
    while j > 0:
        j -= 3
        if j < 5:
            continue
        print("j", j)
    else:
        print("continue does not skip else, j =", j)


if __name__ == "__main__":
    main()
