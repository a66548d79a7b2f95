# Metaclasses derived from type, as programs use them: a singleton (and a per-argument
# cache) made by __call__, a registry filled by __new__ or __init__ when each class is made.


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name, debug=False):
        print("making Config", name)
        self.name = name
        self.debug = debug


class Logger(metaclass=Singleton):
    def __init__(self):
        self.lines = []

    def log(self, msg):
        self.lines.append(msg)


class Cached(type):
    made = 0

    def __call__(cls, key):
        Cached.made += 1
        cache = cls.cache
        if key not in cache:
            cache[key] = type.__call__(cls, key)
        return cache[key]


class Color(metaclass=Cached):
    cache = {}

    def __init__(self, key):
        self.key = key

    def __repr__(self):
        return f"Color({self.key!r})"


PLUGINS = {}


class PluginMeta(type):
    order = []

    def __new__(mcs, name, bases, namespace):
        cls = super().__new__(mcs, name, bases, namespace)
        mcs.order.append(name)
        if bases:
            PLUGINS[name.lower()] = cls
        return cls


class Plugin(metaclass=PluginMeta):
    def run(self, text):
        return text


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin):
    def run(self, text):
        return text[::-1]


class LoudReverse(Reverse):
    def run(self, text):
        return super().run(text).upper() + "!"


class Registered(type):
    registry = []

    def __init__(cls, name, bases, attrs):
        super().__init__(name, bases, attrs)
        cls.registry.append((name, len(bases)))
        cls.kind = name.lower()


class Model(metaclass=Registered):
    pass


class User(Model):
    pass


class Admin(User):
    pass


def main():
    a = Config("prod")
    b = Config("test", debug=True)
    print(a is b, a.name, b.debug, isinstance(a, Config))
    Logger().log("one")
    Logger().log("two")
    print(Logger().lines, Logger() is Logger())
    print(Color("red"), Color("red") is Color("red"), Color("blue"), Cached.made, len(Color.cache))
    for name in sorted(PLUGINS):
        print(name, PLUGINS[name]().run("Hello"))
    print(PluginMeta.order)
    print(Registered.registry, Model.registry is Registered.registry)
    print(Model.kind, User.kind, Admin.kind, Admin().kind)


main()
