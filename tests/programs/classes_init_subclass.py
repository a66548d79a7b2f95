# __init_subclass__: registries, a chain of hooks, super() between them, and the hook's own class
# not hooked by itself.
registry = {}
order = []


class Plugin:
    plugins = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.plugins.append(cls.__name__)
        registry[cls.__name__.lower()] = cls
        order.append('Plugin hook for ' + cls.__name__)

    def run(self, text):
        return text


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin):
    def run(self, text):
        return text[::-1]


class Tracked(Plugin):
    count = 0

    @classmethod
    def __init_subclass__(cls):
        super().__init_subclass__()
        order.append('Tracked hook for ' + cls.__name__)

    def run(self, text):
        return text + '!'


class Loud(Tracked):
    def run(self, text):
        return text.upper() + '!!'


class Quiet(Loud):
    pass


class Node:
    def __init_subclass__(cls):
        order.append('Node hook for ' + cls.__name__)


class Leaf(Node):
    pass


def main():
    print(Plugin.plugins)
    print(sorted(registry))
    for line in order:
        print(line)
    for name in sorted(registry):
        print(name, registry[name]().run('Hello'))
    print(isinstance(registry['quiet'](), Tracked), type(Leaf()).__name__)


if __name__ == '__main__':
    main()
