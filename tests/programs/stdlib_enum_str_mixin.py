# Enums whose members are strs or ints too: StrEnum, `class Color(str, Enum)`,
# `class Level(int, Enum)`. Their members have the str's methods and
# operators (acting on the value), compare and hash as the value, format
# with a spec, and are instances of str / int for isinstance().
from enum import Enum, IntEnum, StrEnum, auto


class Color(str, Enum):
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

    def shout(self):
        return self.value.upper() + "!"


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
    APPEND = auto()


class Level(int, Enum):
    LOW = 1
    HIGH = 5


class Size(IntEnum):
    S = 1
    M = 2


class Plain(Enum):
    A = 1


def parse_modes(text):
    return [Mode(part) for part in text.split(",")]


def main():
    print(str(Color.RED), repr(Color.RED), f"{Color.RED}", f"{Color.RED:>10}|", Color.RED.upper(), Color.RED + "x", "x" + Color.RED)
    print(len(Color.RED), Color.RED == "red", Color.RED != "blue", Color.RED < "s", Color.RED.value, Color.GREEN.shout())
    print(str(Mode.READ), repr(Mode.READ), f"{Mode.WRITE}", f"{Mode.READ:>10}|", Mode.READ.upper(), Mode.READ.split("e"), Mode.READ[0], "e" in Mode.READ)
    print(Mode("w") is Mode.WRITE, Mode.READ.startswith("re"), Mode.READ.replace("e", "E"), Mode.WRITE * 3, Mode.READ.center(8, "*"))
    print(parse_modes("read,w,append"), [m.title() for m in Mode], list(Mode.APPEND))
    print(str(Level.LOW), repr(Level.HIGH), Level.HIGH + 1, Level.LOW < Level.HIGH, Level.HIGH * 2, Size.M + Size.S)
    counts = {Color.RED: 0, Color.GREEN: 0}
    for c in ["red", "green", "red"]:
        counts[Color(c)] += 1
    print(counts, sorted(Color, key=lambda c: c.value), [c.upper() for c in Color])
    print(Color.RED.strip("r"), Color.RED.find("d"), Color.GREEN.count("e"), Color.RED.encode(), Color.BLUE.partition("l"))
    print(hash(Color.RED) == hash("red"), Color.RED.isalpha(), Mode.WRITE.zfill(3), Color.GREEN.rjust(7, "."), "%s!" % Mode.READ)
    print(isinstance(Color.RED, str), isinstance(Size.S, int), isinstance(Plain.A, int), isinstance(Color.RED, int), isinstance(Level.LOW, int))
    items = [Color.RED, 1, Size.S, Plain.A, "s", Mode.WRITE]
    print([isinstance(x, str) for x in items], [isinstance(x, int) for x in items])
    print(Color.RED in ("red",), Color.BLUE in ["red", "x"], ["a", "red"].index(Color.RED), {"red": 2}[Color.RED], {Color.RED: 1}["red"])
    for member in Color:
        label = "warm" if member in ("red",) else "cool"
        print(f"{member.name:<6}{member.value:>6} {label}")


if __name__ == "__main__":
    main()
