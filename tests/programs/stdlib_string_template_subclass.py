"""string.Template subclasses with their own delimiter, idpattern and
braceidpattern (the documented BatchRename idiom), and dict subclasses built
from keyword arguments (a format_map mapping with __missing__)."""
from string import Template


class BatchRename(Template):
    delimiter = "%"


class LowerOnly(Template):
    idpattern = r"[a-z][a-z0-9]*"


class BracedDotted(Template):
    braceidpattern = r"[a-z]+(?:\.[a-z]+)*"


class Defaulting(dict):
    def __missing__(self, key):
        return "<" + key + ">"


def main():
    fmt = BatchRename("Ashley_%n%f")
    for i, name in enumerate(["img_1074.jpg", "img_1076.jpg"]):
        print(fmt.substitute(d="2024", n=i, f=name[name.rfind("."):]))
    print(BatchRename("100%% of %{what}s, %? and %x").safe_substitute(what="case"), BatchRename.delimiter, Template.delimiter)
    print(BatchRename("%a %b").get_identifiers(), BatchRename("%").is_valid(), BatchRename("%%").is_valid())
    try:
        BatchRename("bad %! here").substitute()
    except ValueError as e:
        print("ValueError:", e)
    print(LowerOnly("$abc1 $ABC $_x").safe_substitute(abc1="lo", ABC="up"))
    print(BracedDotted("${user.name} is $user").substitute({"user.name": "ann", "user": "U"}))
    print(Template("$who likes $$ and ${what}").substitute(who="Tim", what="kung pao"))
    d = Defaulting(name="Cy", amount=3.5)
    print(d, d["other"], "{name}: {amount:.2f} {unit}".format_map(d))
    e = Defaulting([("a", 1)], b=2)
    print(sorted(e.items()), len(e), e["zz"])


main()
