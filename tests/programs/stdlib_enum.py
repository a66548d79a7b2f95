from enum import Enum, IntEnum, auto
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return self.name.lower() + " has value " + str(self.value)

    def is_warm(self):
        return self is Color.RED


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Direction(enum.Enum):
    NORTH = auto()
    EAST = auto()
    SOUTH = auto()
    WEST = auto()

    def turn_right(self):
        members = list(Direction)
        return members[(members.index(self) + 1) % len(members)]


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


def main():
    print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
    print(f"{Color.RED} and {Color.GREEN!r}")
    print(Color.CRIMSON is Color.RED, Color.CRIMSON.name)
    print(Color(2), Color["BLUE"], Color(1) is Color.RED)
    for c in Color:
        print(c.name, c.value, c.describe(), c.is_warm())
    print([repr(c) for c in list(Color)], len(Color))
    print([c.name for c in Color if c.value > 1])
    print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != Color.BLUE)
    counts = {Color.RED: 0, Color.GREEN: 0}
    counts[Color.RED] += 3
    print(counts[Color.RED], Color.RED in counts, Color.BLUE in counts)
    try:
        Color(7)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Color["PURPLE"]
    except KeyError as e:
        print("KeyError:", e)
    print(Priority.HIGH, repr(Priority.LOW), str(Priority.MEDIUM), f"{Priority.HIGH}")
    print(Priority.HIGH > Priority.LOW, Priority.LOW == 1, Priority.MEDIUM + 1, Priority.HIGH * 2)
    print(max(Priority.HIGH.value, Priority.LOW.value), sorted([p.value for p in Priority], reverse=True))
    print(Priority(5), Priority.LOW < 3)
    print([d.name for d in Direction], [d.value for d in Direction])
    print(Direction.WEST.turn_right(), Direction.NORTH.turn_right())
    for p in Planet:
        print(p.name, p.mass, round(p.surface_gravity(), 3))
    print(Color.GREEN in Color, Priority.HIGH.value)
    match Color(3):
        case Color.RED:
            print("red")
        case Color.BLUE:
            print("blue")
        case _:
            print("other")


if __name__ == "__main__":
    main()
