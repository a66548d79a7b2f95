# The functional Enum API: Enum('Color', 'RED GREEN'), a list of names, of (name, value) pairs, a dict,
# start=, IntEnum, Flag: the class statement it stands for, with CPython's values, reprs and lookups.
import enum
from enum import Enum, IntEnum

Color = enum.Enum("Color", "RED GREEN BLUE")
Shape = Enum("Shape", ["CIRCLE", "SQUARE"])
Level = IntEnum("Level", [("LOW", 10), ("HIGH", 20)])
Mode = Enum("Mode", {"READ": "r", "WRITE": "w"})
Size = Enum("Size", "S, M, L", start=0)
Perm = enum.Flag("Perm", "R W X")

def main():
    print(Color.RED, repr(Color.GREEN), Color.BLUE.value, Color.BLUE.name)
    print(list(Color), len(Color), Color(2), Color["BLUE"])
    print(Shape.SQUARE.value, [s.name for s in Shape])
    print(Level.HIGH > Level.LOW, Level.HIGH + 1, Level(10), isinstance(Level.LOW, int))
    print(Mode.WRITE.value, Mode("r"), Size.S.value, Size.L)
    print(Perm.R | Perm.X, Perm.W.value)
    print(Color.RED == Color.RED, Color.RED is Color(1), Color.RED in Color)
    try:
        Color(7)
    except ValueError as e:
        print("ValueError", e)

main()
