# Members of str- and int-valued enums (class C(str, Enum), IntEnum) and instances of str/int
# subclasses where the built-ins need a real str or int: str.join, json.dumps (values and keys),
# %-formatting, hex(), list/str/tuple indexes, dict keys looked up by the plain value, isinstance()
# inside a helper.
import json
from enum import Enum, IntEnum


class Color(str, Enum):
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Tag(str):
    def __str__(self):
        return "Tag:" + self.upper()

    def slug(self):
        return self.lower().replace(" ", "-")


class Code(int):
    def __repr__(self):
        return f"Code({int(self)})"


def describe(value):
    if isinstance(value, str):
        return "text " + value.upper()
    if isinstance(value, int):
        return f"number {value + 0}"
    return "other"


def main():
    colors = [Color.RED, Color.GREEN, Color.BLUE]
    print(",".join(colors), " | ".join([Color.BLUE]), "-".join(c for c in colors if c != "green"))
    tags = [Tag("Hot Stuff"), Tag("new"), "plain"]
    print("/".join(tags), [t.slug() for t in tags[:2]], "".join([Tag("solo")]))
    print(json.dumps(colors), json.dumps(Color.RED), json.dumps(Tag("t")))
    report = {"color": Color.GREEN, "priority": Priority.HIGH, "tags": tags, "code": Code(7)}
    print(json.dumps(report, sort_keys=True))
    print(json.dumps({Color.RED: 1, Priority.LOW: 2, Tag("k"): [Priority.MEDIUM]}, indent=2))
    print("%s and %s" % (Tag("x"), Color.RED.value), "%d/%x/%r" % (Priority.HIGH, Code(255), Code(1)))
    print(hex(Code(255)), bin(Priority.MEDIUM), f"{Priority.HIGH:03d}", f"{Code(10):x}")
    counts = {"red": 0, "green": 0, "blue": 0}
    for c in [Color.RED, Color.RED, Color.BLUE]:
        counts[c] += 1
    print(counts, counts[Color.RED], Color.GREEN in counts, {Tag("new"): 1}["new"])
    by_priority = {1: "low", 5: "medium", 10: "high"}
    print([by_priority[p] for p in Priority], by_priority[Priority.HIGH], sorted(Priority, reverse=True))
    print(describe(Color.RED), describe(Tag("ab")), describe(Priority.LOW), describe(Code(3)), describe(2.5))
    print(sorted(colors), max(tags[:2]), Color.RED == "red", Color("blue") is Color.BLUE, Priority.LOW + 1)
    print(str(Tag("s")), repr(Tag("s")), f"{Tag('s')}", Tag("s") + "!", len(Tag("four")))
    levels = ["none"] * 11
    levels[Priority.HIGH] = "top"
    print(levels[Priority.HIGH], levels[Code(0)], "abcdef"[Priority.MEDIUM], (10, 20)[Code(1)], levels[Priority.LOW:Priority.MEDIUM])


if __name__ == "__main__":
    main()
