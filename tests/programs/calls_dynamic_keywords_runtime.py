"""Keyword arguments and **mapping in calls of values of unknown type that may be an instance with __call__ or a
bound method from getattr(): they bind by the parameters' names when the call runs (tornado's handler dispatch)."""


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def __call__(self, name, punct="!", times=1):
        return (self.greeting + ", " + name + punct) * times


class Handler:
    def get(self, item, fmt="text", verbose=False):
        return "GET %s as %s%s" % (item, fmt, " (verbose)" if verbose else "")

    def post(self, item, body=""):
        return "POST %s <- %r" % (item, body)


def shout(name, punct="?", times=1):
    return (name.upper() + punct) * times


def main():
    callables = [Greeter("Hello"), shout, Greeter("Hi")]
    for f in callables:
        print(f("Ann"), f("Bob", punct="."), f("Cy", times=2), f("Di", **{"punct": ";", "times": 2}))
    h = Handler()
    for method, kwargs in [("get", {"fmt": "json"}), ("post", {"body": "x=1"}), ("get", {})]:
        fn = getattr(h, method, None)
        print(fn("item1", **kwargs))
        if method == "get":
            print(fn("item2", verbose=True), fn("item3", fmt="xml", verbose=False))
    try:
        callables[0]("Ed", volume=3)
    except TypeError as e:
        print("TypeError:", e)


if __name__ == "__main__":
    main()
