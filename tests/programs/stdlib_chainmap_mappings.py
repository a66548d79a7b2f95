"""collections.ChainMap, the keyword forms of OrderedDict/Counter/defaultdict, OrderedDict.move_to_end and
popitem(last=), and dataclasses.is_dataclass/fields/asdict/astuple/replace."""
import dataclasses
from collections import ChainMap, Counter, OrderedDict, defaultdict
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)


class Plain:
    def __init__(self):
        self.x = 1


def chainmap_demo():
    defaults = {"color": "red", "user": "guest", "lang": "en"}
    env = {"user": "admin"}
    cm = ChainMap(env, defaults)
    print(cm["user"], cm["color"], len(cm), list(cm), "user" in cm, "nope" in cm, cm.get("x", 1), cm.get("lang"))
    cm["color"] = "blue"
    print(env, defaults, cm)
    child = cm.new_child()
    child["user"] = "root"
    print(child["user"], child.parents["user"], child.maps, dict(child))
    print(child.parents, child.parents.parents, len(child.maps))
    del cm["color"]
    print(cm, list(cm.items()), list(cm.keys()), list(cm.values()))
    try:
        del cm["lang"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        cm["missing"]
    except KeyError as e:
        print("KeyError:", e)
    print(cm.pop("user"), cm, bool(ChainMap()), bool(cm), ChainMap())
    layered = ChainMap({"a": 1}).new_child({"b": 2})
    layered.update({"c": 3})
    print(layered, sorted(layered), layered.setdefault("a", 9), layered.setdefault("z", 0), layered.maps[0])
    counts = {}
    for scope in [ChainMap({"k": i}, {"k": 0, "j": i}) for i in range(3)]:
        for key in scope:
            counts[key] = counts.get(key, 0) + scope[key]
    print(counts)


def mapping_keywords_demo():
    od = OrderedDict(a=1, b=2, c=3)
    od.move_to_end("a")
    print(od, list(od))
    print(od.popitem(last=False), od.popitem(), od)
    od2 = OrderedDict([("x", 1)], y=2)
    od2.move_to_end("y", last=False)
    print(od2, dict(od2, z=3), od2 == {"y": 2, "x": 1})
    try:
        od2.move_to_end("q")
    except KeyError as e:
        print("KeyError:", e)
    c = Counter(apples=3, pears=1)
    c["apples"] += 1
    print(c, c.most_common(1))
    dd = defaultdict(int, hits=2)
    dd["miss"] += 1
    print(sorted(dd.items()))
    dl = defaultdict(list, [("a", [1])], b=[2])
    dl["c"].append(3)
    print(sorted(dl.items()))


def dataclass_demo():
    it = Item("pen", 3)
    print(dataclasses.is_dataclass(it), dataclasses.is_dataclass(Item), dataclasses.is_dataclass(5), dataclasses.is_dataclass(Plain()))
    print([f.name for f in dataclasses.fields(it)])
    print(dataclasses.asdict(it), dataclasses.astuple(it), dataclasses.replace(it, qty=9), it)


def main():
    chainmap_demo()
    mapping_keywords_demo()
    dataclass_demo()


if __name__ == "__main__":
    main()
