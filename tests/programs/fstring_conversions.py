# f-string conversions !r !s and the self-documenting = form.


def main():
    v = "it's"
    w = 'say "hi"'
    both = "it's \"x\""
    n = 7
    x = 2.5
    b = False
    z = None
    print(f"{v!r} {w!r} {both!r} {n!r} {x!r} {b!r} {z!r}")
    tabbed = "tab\there"
    print(f"{v!s} {n!s} {tabbed!r} {'é✓'!r}")
    print(f"{x=} {n=} {v=} {b=} {z=}")
    print(f"{x = } {n + 1 = } {x=:.3f} {n=:>4} {v=!s}")
    print(f"{'a' + 'b'!r:>8}|{n!r:<4}|")
    print(f"{'new' + chr_like()!r}")


def chr_like():
    return "\n"


if __name__ == "__main__":
    main()
