# Nested for/while loops: a multiplication table and a triangle count.


def main():
    for i in range(1, 10):
        line = ""
        for j in range(1, 10):
            line = line + f"{i * j:3}"
        print(line)
    triples = 0
    for a in range(1, 30):
        for b in range(a, 30):
            c = a * a + b * b
            r = 1
            while r * r < c:
                r += 1
            if r * r == c and r < 30:
                triples += 1
                print(a, b, r)
    print("pythagorean triples:", triples)


if __name__ == "__main__":
    main()
