# Multiple inheritance works between plain classes; an exception class with
# several bases is not compiled yet.


class A:
    pass


class B(ValueError):
    pass


class C(A, B):
    pass


def main():
    print(C())


if __name__ == "__main__":
    main()
