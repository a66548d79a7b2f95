# Variant written around a compiler gap: the tree is walked by a named generator method instead of __iter__, and built from a list instead of slicing a range.
# Generators in the style of pyperformance's bm_generators (a tree walked by recursive generators).
class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def walk(self):
        if self.left:
            yield from self.left.walk()
        yield self.value
        if self.right:
            yield from self.right.walk()


def tree(input):
    n = len(input)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(input[:i]), input[i], tree(input[i + 1:]))


def counter(start, step):
    x = start
    while True:
        yield x
        x += step


def take(gen, n):
    out = []
    for v in gen:
        if len(out) >= n:
            break
        out.append(v)
    return out


def pipeline(xs):
    evens = (x for x in xs if x % 2 == 0)
    squares = (x * x for x in evens)
    return sum(squares)


def main():
    t = tree(list(range(1000)))
    total = 0
    for _ in range(5):
        for x in t.walk():
            total += x
    print(total)
    print(take(counter(3, 7), 6))
    print(pipeline(range(100)))
    g = counter(0, 1)
    print(next(g), next(g), next(g))
    print(list(zip(t.walk(), "abc")))


if __name__ == "__main__":
    main()
