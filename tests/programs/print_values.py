# print() of every scalar type, alone and together.


def nothing():
    return


def main():
    print(0)
    print(-12345678901234567890)
    print(3.0)
    print(True)
    print(False)
    print(None)
    print("")
    print("text")
    print(nothing())
    print(1, 2.0, "three", True, None, -0.0)
    print(print("inner"))


if __name__ == "__main__":
    main()
