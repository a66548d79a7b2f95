"""getattr(C, name[, default]) with a computed name on class objects: class
attributes of the class and its bases, a registry of classes filtered by a
marker attribute, and the default for names the class does not have."""


class Plugin:
    is_plugin = 1
    priority = 10
    label = "base"
    ratio = 0.5


class Fast(Plugin):
    priority = 1
    label = "fast"


class Slow(Plugin):
    ratio = 2.25
    enabled = False


class Helper:
    label = "helper"


def main():
    registry = [Fast, Slow, Helper, Plugin]
    for cls in registry:
        if not getattr(cls, "is_plugin", 0):
            print(cls.__name__, "is not a plugin")
            continue
        print(cls.__name__, getattr(cls, "priority", None), getattr(cls, "label"),
              getattr(cls, "ratio", -1.0), getattr(cls, "enabled", True))
    names = ["priority", "label", "missing"]
    for name in names:
        print(name, [getattr(c, name, "-") for c in registry])
    ordered = sorted((c for c in registry if hasattr(c, "priority")), key=lambda c: getattr(c, "priority"))
    print([c.__name__ for c in ordered])
    try:
        getattr(Helper, names[0])
    except AttributeError as e:
        print("AttributeError:", e)


if __name__ == "__main__":
    main()
