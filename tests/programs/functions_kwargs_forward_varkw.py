# **kwargs forwarded into functions that take **kwargs themselves.
def target(a, b=2, *rest, flag=False, **extra):
    return f"a={a} b={b} rest={rest} flag={flag} extra={sorted(extra.items())}"


def plain(**opts):
    return ", ".join(f"{k}={v!r}" for k, v in opts.items())


def forward(*args, **kwargs):
    return target(*args, **kwargs)


def forward_plain(**kwargs):
    return plain(**kwargs)


class Base:
    def __init__(self, name, **options):
        self.name = name
        self.options = options

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.options})"


class Child(Base):
    def __init__(self, name, size=1, **kwargs):
        super().__init__(name, **kwargs)
        self.size = size


def main():
    print(forward(1))
    print(forward(1, 5, 6, 7, flag=True, color="red", n=3))
    print(forward(a=9, z=0))
    print(forward_plain(x=1, y="two", z=[3]))
    print(forward_plain())
    d = {"b": 4, "q": 5}
    print(target(0, **d))
    c = Child("box", size=3, weight=2.5, fragile=True)
    print(c, c.size)
    print(Child("bare"))
    try:
        forward(1, a=2)
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        forward(b=2)
    except TypeError as exc:
        print("TypeError:", exc)


if __name__ == "__main__":
    main()
