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


class PluginMount(type):
    # Marty Alchin's plugin mount: the first class gets the list, the others join it.
    def __init__(cls, name, bases, attrs):
        if not hasattr(cls, "plugins"):
            cls.plugins = []
        else:
            cls.plugins.append(cls)


class Action(metaclass=PluginMount):
    def run(self):
        return "?"


class Hello(Action):
    def run(self):
        return "hello"


class Bye(Action):
    def run(self):
        return "bye"


class Traced(type):
    count = 0

    def __init__(cls, name, bases, ns):
        type.__init__(cls, name, bases, ns)
        Traced.count += 1
        cls.ident = Traced.count
        print("made", cls.__name__, name, [b.__name__ for b in bases])


class Hooked(metaclass=Traced):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("init_subclass", cls.__name__)


class HookedChild(Hooked):
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
    for p in Action.plugins:
        print(p.__name__, p().run())
    print(len(Hello.plugins), Traced.count, Hooked.ident, HookedChild.ident)


main()
