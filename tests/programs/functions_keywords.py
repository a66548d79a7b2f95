# Keyword arguments to user-defined functions.


def box(width, height=1, label="box", border="#"):
    return f"{label}: {width}x{height} border={border}"


def sub(a, b):
    return a - b


def main():
    print(box(3))
    print(box(3, 4))
    print(box(width=5))
    print(box(2, label="wide"))
    print(box(1, border="*", height=7))
    print(box(label="named", border="+", height=2, width=9))
    print(sub(10, 3), sub(a=10, b=3), sub(b=10, a=3), sub(10, b=3))
    x = 4
    print(box(x * 2, height=x + 1))


if __name__ == "__main__":
    main()
