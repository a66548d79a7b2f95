# None as a value, returned implicitly, compared and printed.


def nothing():
    x = 1
    x += 1


def maybe(flag):
    if flag:
        return 42
    return None


def main():
    r = nothing()
    print(r, r == None, r != None, bool(r))
    print(maybe(True), maybe(False), maybe(False) == None, maybe(True) == None)
    x = None
    if x:
        print("truthy")
    else:
        print("falsy")
    print(str(None) + "!", f"{None}", f"{x!r}", None == 0, None == False)


if __name__ == "__main__":
    main()
