import string
from string import Template, capwords


def main():
    print(string.ascii_lowercase, string.digits)
    t = Template("Hello $name, you owe $$$amount by ${day}day.")
    print(t.substitute(name="Ann", amount=12, day="Mon"))
    print(t.substitute({"name": "Bob", "amount": "3.50", "day": "Fri"}))
    print(t.substitute({"name": "Bob", "amount": 1, "day": "Fri"}, name="Override"))
    print(t.safe_substitute(name="Cy"))
    print(t.template)
    print(Template("$a$b ${a}x $a_1").substitute(a=1, b=2, a_1="u"))
    try:
        t.substitute(name="x")
    except KeyError as e:
        print("KeyError:", e)
    for bad in ["cost: $5", "line1\nnow $ here", "${oops", "end $"]:
        try:
            Template(bad).substitute(x=1)
        except ValueError as e:
            print("ValueError:", e)
        print(repr(Template(bad).safe_substitute(x=1)))
    print(Template("$x and ${y} and $$z").get_identifiers(), Template("$x $ y").is_valid(), Template("$x ${y}").is_valid())
    rows = [{"who": "ann", "n": 3}, {"who": "bob", "n": 10}]
    line = Template("$who: $n items")
    for r in rows:
        print(line.substitute(r))
    print(capwords("hello   wORLD  foo"), capwords("a-b-c", "-"), string.capwords(" x y "))


if __name__ == "__main__":
    main()
