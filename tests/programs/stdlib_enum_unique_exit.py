# enum.unique: an enum without aliases is unchanged; one with aliases raises CPython's ValueError when the
# class is made (here at import, before main() runs).
import enum
from enum import Enum, unique


@unique
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @classmethod
    def parse(cls, name):
        return cls[name.upper()]

    @classmethod
    def of(cls, value):
        return cls(value)


class Shade(enum.Enum):
    DARK = 1
    LIGHT = 2
    BLACK = 1


def main():
    print("not reached")


print(Planet.heaviest(), Planet.parse("earth"), Planet.of((3.303e+23, 2.4397e6)), len(list(Planet)))
print(Shade.BLACK is Shade.DARK, list(Shade))
print("before")


@enum.unique
class Mistake(enum.Enum):
    ONE = 1
    TWO = 2
    UNO = 1
    DOS = 2


main()
