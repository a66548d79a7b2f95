class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("<" + self.name + ">")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("</" + self.name + ">", exc_type is None)
        return False


def find(n):
    with Tag("loop") as t:
        for i in range(10):
            if i == n:
                return i * 10
    return -1


def main():
    with Tag("a") as a, Tag("b"):
        print("inside", a.name)
    print(find(3))
    try:
        with Tag("c"):
            print(1 // 0)
    except ZeroDivisionError:
        print("caught")


if __name__ == "__main__":
    main()
