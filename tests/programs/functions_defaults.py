# Default parameter values, evaluated once at definition time.

BASE = 10


def power(x, exp=2):
    return x ** exp


def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def scaled(x, factor=BASE):
    return x * factor


BASE = 99


def fmt(value, width=8, fill=None):
    if fill == None:
        return f"{value:>{width}}"
    return f"{value:{fill}>{width}}"


def main():
    print(power(3), power(3, 3), power(2, 0.5))
    print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", "Yo", "?"))
    print(scaled(2), scaled(2, 3), BASE)
    print("[" + fmt(42) + "]", "[" + fmt(42, 4) + "]", "[" + fmt(42, 5, "0") + "]")


if __name__ == "__main__":
    main()
