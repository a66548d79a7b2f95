# typing forms with no run-time behaviour of their own: @overload stubs before the real def
# (module functions and methods), and TypedDict classes, which make plain dicts.
import typing
from typing import List, Optional, TypedDict, Union, overload


class Point(TypedDict):
    x: int
    y: int


class Labelled(typing.TypedDict):
    """A point with a name."""
    name: str
    at: Point


@overload
def scale(v: int, k: int) -> int: ...
@overload
def scale(v: List[int], k: int) -> List[int]: ...


def scale(v: Union[int, List[int]], k: int) -> Union[int, List[int]]:
    if isinstance(v, list):
        return [x * k for x in v]
    return v * k


class Store:
    def __init__(self) -> None:
        self.items: List[Labelled] = []

    @typing.overload
    def find(self, name: str) -> Optional[Labelled]: ...
    @typing.overload
    def find(self, name: str, default: Labelled) -> Labelled: ...

    def find(self, name, default=None):
        for item in self.items:
            if item["name"] == name:
                return item
        return default


def main() -> None:
    p = Point(x=1, y=2)
    q: Point = {"x": 3, "y": 4}
    print(p, q, type(p).__name__, p == {"x": 1, "y": 2})
    store = Store()
    store.items.append(Labelled(name="home", at=p))
    store.items.append({"name": "work", "at": q})
    print(store.find("work"), store.find("gym"), store.find("gym", Labelled(name="none", at=Point(x=0, y=0)))["name"])
    print(scale(4, 3), scale([1, 2], 5))
    total = sum(item["at"]["x"] * item["at"]["y"] for item in store.items)
    print(total, sorted(store.items[0]), len(store.items))


main()
