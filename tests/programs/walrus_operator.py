# Assignment expressions (:=) in conditions, while loops and comprehensions.


def gen():
    yield from range(5)

def main():
    data = [3, 8, 1, 9, 4]
    if (n := len(data)) > 3:
        print("long", n)
    total = 0
    it = iter(data)
    while (x := next(it, None)) is not None:
        total += x
    print(total)
    big = [y for v in data if (y := v * 2) > 6]
    print(big, y)
    print([last := v for v in data], last)
    chunks = []
    s = "abcdefg"
    i = 0
    while (chunk := s[i:i + 3]):
        chunks.append(chunk)
        i += 3
    print(chunks)


if __name__ == "__main__":
    main()
