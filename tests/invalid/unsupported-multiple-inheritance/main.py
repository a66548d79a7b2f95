# Classes with several bases are not compiled yet.


class A:
    pass


class B:
    pass


class C(A, B):
    pass


def main():
    print(C())


if __name__ == "__main__":
    main()
