def main():
    name = "world"
    print("hello %s!" % name, "%d items" % 3, "%5.2f|%-6d|%06.1f" % (3.14159, 42, -2.5))
    print("%x %X %o %#x %e %g %%" % (255, 255, 8, 255, 12345.678, 0.0001))
    print("%(a)s=%(b)d" % {"a": "k", "b": 7}, "%r %s" % ("q", None), "%c%c" % (72, "i"))
    print("%+d % d %5s|%-5s|%.2s" % (5, 5, "ab", "ab", "abc"), "%s" % [1, 2], "%d" % 3.9, "%s" % (1.5,))
    try:
        print("%d %d" % (1,))
    except TypeError as e:
        print("error:", e)


main()
