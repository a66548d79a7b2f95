# functools.singledispatch: the registry mapping (object first, then each registered class),
# read through keys/items/values/get, [cls], in, len and iteration.
from functools import singledispatch


class Shape:
    pass


class Circle(Shape):
    pass


@singledispatch
def show(x):
    return "obj"


@show.register
def _(x: int):
    return "int"


@show.register(str)
def show_str(x):
    return "str:" + x


@show.register(Shape)
def _(x):
    return "shape"


def main():
    print(show(1), show("s"), show(2.5), show(Circle()))
    print([k.__name__ for k in show.registry.keys()])
    print(len(show.registry), int in show.registry, float in show.registry, float not in show.registry)
    print(show.registry[str]("x"), show.registry.get(object)(0), show.registry.get(bytes))
    for cls in show.registry:
        print(cls.__name__, show.registry[cls].__name__ == "show_str")
    print(sorted(k.__name__ for k, v in show.registry.items()))


main()
