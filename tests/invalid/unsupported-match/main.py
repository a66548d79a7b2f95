# The match statement is not compiled yet.


def describe(x):
    match x:
        case 0:
            return "zero"
        case _:
            return "other"


def main():
    print(describe(0))


if __name__ == "__main__":
    main()
