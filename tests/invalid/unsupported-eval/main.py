# eval() runs code the compiler never saw: it is not supported.


def main():
    print(eval("1 + 2"))


if __name__ == "__main__":
    main()
