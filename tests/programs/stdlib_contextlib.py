# contextlib.contextmanager (setup, cleanup in finally, exceptions through the yield) and nullcontext.
from contextlib import contextmanager, nullcontext
import contextlib


@contextmanager
def section(name):
    print(f"[{name}]")
    try:
        yield name.upper()
    finally:
        print(f"[/{name}]")


@contextlib.contextmanager
def swallow(kind):
    try:
        yield
    except ValueError as e:
        print("swallowed", kind, e)


@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("final", state["n"])


def main():
    with section("alpha") as tag:
        print("inside", tag)
    try:
        with section("beta"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    with swallow("x"):
        raise ValueError("bad")
    print("after")
    with counter() as c, section("nested"):
        c["n"] += 5
    with nullcontext(42) as v:
        print(v)
    for i in range(2):
        with section(f"loop{i}"):
            if i == 1:
                break
    print("done")


if __name__ == "__main__":
    main()
