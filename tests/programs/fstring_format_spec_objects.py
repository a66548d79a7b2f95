# A format spec on an instance whose class defines no __format__: an empty
# spec formats its str(), any other is CPython's TypeError, through format(),
# str.format and f-strings alike.
class C:
    def __str__(self):
        return "C!"


class D:
    pass


def main():
    for spec in ["", ">5", "x"]:
        for obj in [C(), D()]:
            for way in range(3):
                try:
                    if way == 0:
                        r = format(obj, spec)
                    elif way == 1:
                        r = ("{:" + spec + "}").format(obj)
                    else:
                        r = f"{obj:{spec}}"
                    print(repr(r)[:12])
                except TypeError as e:
                    print("TypeError", e)


main()
