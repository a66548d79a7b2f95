# Strings built with `s += x` and `s = s + x + y` in loops (grown in place while only the
# variable holds them): every other holder of an earlier value keeps seeing that value.


def build(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
    return s


def risky(flag):
    if flag:
        raise ValueError("no")
    return "!"


def aliasing():
    s = "ab"
    s += "c"
    t = s
    s += "d"
    u = [s]
    s += "e"
    d = {s: 1}
    s = s + "f"
    s = s + s
    print(s, t, u, d)
    s = s + "-" + s[:3] + "-"
    print(s)
    for flag in (False, True):
        try:
            s = s + "<" + risky(flag) + ">"
        except ValueError:
            print("unchanged after a raise:", s)
    parts = []
    line = ""
    for w in "the quick brown fox jumps".split():
        line += w
        if len(line) > 8:
            parts.append(line)
            line = ""
        line += " "
    parts.append(line)
    print(parts)
    acc = ""
    for i in range(5):
        acc += str(i)
        snap = acc
        acc += "-"
        print(snap, acc, end=" | ")
    print()
    h = ""
    h += "key"
    k = {h: 1}
    h += "2"
    print(k, h, hash("key") == hash(list(k)[0]), "key" in k)
    x = "é"
    x += "ü"
    x += "a"
    print(x, len(x), x[1], x.upper(), x.encode())


def main():
    s = build(100000)
    print(len(s), s[-5:], s[:3], s.count("a"))
    aliasing()


if __name__ == "__main__":
    main()
