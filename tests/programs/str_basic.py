# String literals, concatenation with + and len().


def greet(name):
    return "Hello, " + name + "!"


def main():
    s = "abc"
    t = 'def'
    print(s + t, s + "" + t, "" + "")
    print(len(s), len(""), len(s + t), len("a b c"))
    print(greet("world"))
    print("single 'quoted' inside", 'double "quoted" inside')
    print("implicit " "concatenation", """triple
quoted""", '''also triple''')
    acc = ""
    for i in range(5):
        acc = acc + str(i)
    print(acc, len(acc))
    empty = ""
    print("[" + empty + "]", len(empty) == 0)
    long = "x" * 1000
    print(len(long + long))


if __name__ == "__main__":
    main()
