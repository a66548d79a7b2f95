from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2


class Level(IntEnum):
    A = 1
    B = 2


def main():
    print(f"[{Color.RED:>12}] [{Level.B:>4}]")
    print(isinstance(Color.RED, Color), isinstance(Level.A, Level))
    try:
        print(Color.RED < Color.GREEN)
    except TypeError as e:
        print(e)
    print(Level.A + Level.B, Level.B - 1, 10 - Level.B, -Level.A, Level.B // 2, abs(Level.A))
    print(Level(2) == Level.B, Level.B != 2, Level.A <= 1, bool(Level.A))
    print(["x", "y", "z"][Level.A.value])
    print(Color.RED.name.lower(), len(Color.GREEN.name))


if __name__ == "__main__":
    main()
