"""str.find/index/count/startswith with IntEnum members (and bools) as start and end."""
import enum


class Pos(enum.IntEnum):
    START = 2
    MID = 5
    END = 8


def main():
    s = "abcabcabcabc"
    print(s.find("a", Pos.START), s.find("c", Pos.MID), s.find("a", Pos.START, Pos.END), s.rfind("b", Pos.START, Pos.MID))
    print(s.index("b", Pos.START), s.rindex("a", 0, Pos.END), s.count("a", Pos.START), s.count("c", Pos.START, Pos.END))
    print(s.startswith("c", Pos.START), s.endswith("b", 0, Pos.MID), s[Pos.START:Pos.MID], s[Pos.END], s.find("a", True))
    try:
        s.index("z", Pos.START)
    except ValueError as e:
        print("ValueError:", e)
    for p in Pos:
        print(p.name, s.find("b", p), s[p:])


if __name__ == "__main__":
    main()
