# A class attribute read through an instance is the class's value of the moment
# until the instance sets its own: changing the class attribute later is seen by
# instances made before, and an instance's own value hides it for that instance only.


class Config:
    debug = False
    level = 1
    ratio = 0.5
    name = "base"

    def show(self):
        return f"{self.name}: debug={self.debug} level={self.level} ratio={self.ratio}"

    def bump(self):
        self.level += 1
        self.ratio *= 2


class Custom(Config):
    name = "custom"


class Other:
    level = 100

    def __init__(self, mine):
        if mine:
            self.level = -1


def main():
    a = Config()
    b = Custom()
    print(a.show(), "|", b.show())
    Config.debug = True
    Config.level += 10
    Config.ratio = 0.25
    print(a.show(), "|", b.show())
    a.bump()
    print(a.show(), "|", b.show(), "|", Config.level, Config.ratio)
    Config.level = 50
    print(a.level, b.level, Config().level, Custom().level)
    items = [a, b, Other(True), Other(False)]
    print([x.level for x in items])
    Other.level = 7
    print([x.level for x in items])


main()
