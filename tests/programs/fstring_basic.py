# Simple f-string interpolation.


def main():
    name = "Ada"
    age = 36
    height = 1.65
    ok = True
    nothing = None
    print(f"{name} is {age} years old and {height} m tall; ok={ok}; {nothing}")
    print(f"sum={age + 4} product={age * 2} expr={age // 5 if ok else 0}")
    print(f"{{literal braces}} and {name}{name}")
    print(f"")
    print(f"no fields")
    print(f"{'nested quotes'} {len(name)}")
    print(f"{2 ** 100} {1 / 3} {-0.0} {1e16}")
    print(f"multi " f"part {age}" " plain")
    x = 5
    print(f"{x}{x}{x}", f"[{x}]")
    print(f"é{name}✓")


if __name__ == "__main__":
    main()
