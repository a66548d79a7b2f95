# vars(obj) and obj.__dict__ of plain instances, read where they are made:
# printed, formatted, indexed, iterated, copied, unpacked into a call,
# serialised. Attributes set conditionally appear only when set.
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r)" % self.__dict__


class Particle(Point):
    def __init__(self, x, y, mass):
        super().__init__(x, y)
        self.mass = mass
        self.tags = ["a"]
        if mass > 10:
            self.heavy = True


class Config:
    debug = False

    def __init__(self, name="default", level=1):
        self.name = name
        self.level = level

    def describe(self):
        return ", ".join(f"{k}={v!r}" for k, v in vars(self).items())

    def to_json(self):
        return json.dumps(self.__dict__, sort_keys=True)


def main():
    p = Point(1, 2)
    print(p)
    print(vars(p))
    q = Particle(0.5, 1.5, 3.25)
    print(vars(q), q.__dict__["mass"])
    r = Particle(1.0, 2.0, 20.0)
    print(r.__dict__)
    for k, v in vars(Config(name="x")).items():
        print(k, v)
    print(sorted(vars(r)), len(r.__dict__), "x" in vars(r), "debug" in vars(Config()))
    d = dict(vars(q))
    d["extra"] = 1
    print(sorted(d), "extra" in vars(q))
    print(f"{p.__dict__}", "%s" % vars(p), Point(**vars(p)), vars(p).get("x"), list(vars(p).values()))
    print({k: v for k, v in vars(r).items() if k != "tags"}, vars(r)["heavy"])
    c = Config("svc", 3)
    print(c.describe(), c.to_json())
    c.level = 4
    c.name = "changed"
    print(c.describe())
    shapes = [Point(i, i * i) for i in range(3)]
    print([sorted(vars(s).items()) for s in shapes])


if __name__ == "__main__":
    main()
