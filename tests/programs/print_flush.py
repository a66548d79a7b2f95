# print() with flush=, interleaved with ordinary prints.


def main():
    print("start", flush=True)
    print("buffered")
    print("a", "b", sep="+", end="\n", flush=True)
    for i in range(3):
        print(i, end=",", flush=True)
    print(flush=False)
    print("done", flush=1 == 1)


if __name__ == "__main__":
    main()
