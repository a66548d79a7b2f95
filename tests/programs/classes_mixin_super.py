# A mixin whose method calls super().run(): the mixin's own base (object) has
# no run, so the call only works along the MRO of a class that combines the
# mixin with a class defining run (pyperformance's async_tree EagerMixin).
# Called on an instance of the mixin alone it is CPython's AttributeError.


class Base:
    def __init__(self, name):
        self.name = name

    def run(self):
        return "Base.run(%s)" % self.name


class Loud(Base):
    def run(self):
        return "Loud.run(%s)" % self.name


class TraceMixin:
    def run(self):
        return "trace[" + super().run() + "]"


class Traced(TraceMixin, Base):
    pass


class TracedLoud(TraceMixin, Loud):
    pass


class Plain(TraceMixin):
    def __init__(self):
        self.name = "plain"


def main():
    a = Traced("a")
    b = TracedLoud("b")
    print(a.run(), b.run(), Base("c").run())
    print(type(a).__name__, type(b).__name__)
    try:
        print(Plain().run())
    except AttributeError as e:
        print("AttributeError:", e)


if __name__ == "__main__":
    main()
