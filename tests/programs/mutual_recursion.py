# Mutually recursive functions (forward references to later definitions).


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def hof_f(n):
    if n == 0:
        return 1
    return n - hof_m(hof_f(n - 1))


def hof_m(n):
    if n == 0:
        return 0
    return n - hof_f(hof_m(n - 1))


def main():
    print(is_even(10), is_odd(10), is_even(7), is_odd(7), is_even(200))
    line_f = ""
    line_m = ""
    for i in range(20):
        line_f = line_f + str(hof_f(i)) + " "
        line_m = line_m + str(hof_m(i)) + " "
    print("F:", line_f)
    print("M:", line_m)


if __name__ == "__main__":
    main()
