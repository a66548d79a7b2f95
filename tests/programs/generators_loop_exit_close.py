# A for loop over a call of a generator function closes the generator when
# break or return leaves it suspended (CPython frees it there, and freeing
# closes it): its finally blocks run at that point, inner loops before outer.
# A generator kept in a variable stays open until closed.
def gen(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup", tag)


def first(tag):
    for x in gen(tag):
        return x * 10


def nested():
    for a in gen("outer"):
        for b in gen("inner"):
            if b == 2:
                return (a, b)


def full():
    total = 0
    for x in gen("full"):
        total += x
    else:
        print("loop else")
    return total


def main():
    for x in gen("break"):
        print(x)
        break
    print("after loop")
    print(first("return"))
    print(nested())
    print(full())
    g = gen("kept")
    for x in g:
        break
    print("kept generator still open")
    print(next(g))
    g.close()
    print("end")


main()
