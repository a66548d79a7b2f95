# print() with sep= and end=.


def main():
    print(1, 2, 3)
    print(1, 2, 3, sep="-")
    print(1, 2, 3, sep="")
    print("a", "b", sep=" | ", end=" <end>\n")
    print("no newline", end="")
    print(" continued", end="!")
    print()
    print("x", end="")
    print("y", end="")
    print("z", sep="ignored")
    print(sep="::")
    print(end="only end\n")
    print("multi", "char", "sep", sep="\n--\n")
    print("a", "b", sep=None)
    print("a", "b", end=None)
    s = ", "
    e = ".\n"
    print("one", "two", "three", sep=s, end=e)
    print(1.5, True, None, "str", -3, sep="/")
    for i in range(5):
        print(i, end=" ")
    print()
    print("é", "✓", sep="→", end="←\n")


if __name__ == "__main__":
    main()
