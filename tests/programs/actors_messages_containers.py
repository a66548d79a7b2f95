# Dicts, sets, frozensets and nested, shared and cyclic structures round-trip
# through actors as copies: insertion order kept, sharing and cycles kept,
# and a change made by the receiver is not seen by the sender.
from aithon.actors import spawn, send, receive, self_pid


class Inventory:
    def __init__(self, owner, stock, tags):
        self.owner = owner
        self.stock = stock
        self.tags = tags


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def echo(parent):
    # Sends back each message as it arrived, until "stop".
    while True:
        msg = receive()
        if msg == "stop":
            return
        send(parent, msg)


def mutator(parent):
    # Changes what it received, and reports what it now holds.
    msg = receive()
    msg["counts"]["a"] = 100
    msg["counts"]["new"] = 1
    msg["seen"].add("mutator")
    msg["items"].append(99)
    send(parent, msg)


def main():
    me = self_pid()
    e = spawn(echo, me)

    d = {"zeta": 1, "alpha": 2, "mid": 3}
    del d["alpha"]
    d["alpha"] = 4
    d[(1, 2)] = "tuple key"
    d[7] = [1.5, None, True]
    send(e, d)
    got = receive(timeout=10)
    print(got)
    print(list(got.keys()), got == d, got is d)

    s = set(range(0, 400, 7))
    for n in range(20, 380):
        s.discard(n)
    send(e, s)
    got_s = receive(timeout=10)
    print(got_s == s, sorted(got_s))
    print(list(got_s) == list(set(list(s))), list(got_s))
    f = frozenset([3, 1, 2, (4, 5)])
    send(e, (f, {f: "frozen key"}))
    gf, gd = receive(timeout=10)
    print(gf == f, gd[f], hash(gf) == hash(f), len(gf))

    nested = {"points": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "sets": [{1, 2}, {3}], "empty": ({}, set(), [])}
    send(e, nested)
    print(receive(timeout=10) == nested)

    shared = [1, 2]
    pair = {"first": shared, "second": shared}
    send(e, pair)
    got_pair = receive(timeout=10)
    print(got_pair["first"] is got_pair["second"], got_pair["first"] is shared)
    got_pair["first"].append(3)
    print(got_pair["second"], shared)

    loop = [0]
    loop.append(loop)
    send(e, loop)
    got_loop = receive(timeout=10)
    print(got_loop, got_loop[1] is got_loop, got_loop is loop)

    table = {"name": "t"}
    table["self"] = table
    send(e, table)
    got_table = receive(timeout=10)
    print(got_table, got_table["self"] is got_table)

    inv = Inventory("ann", {"apples": 3, "pears": 0}, {"fruit", "fresh"})
    send(e, [inv, inv])
    got_inv = receive(timeout=10)
    a, b = got_inv
    print(a is b, a.owner, a.stock, sorted(a.tags))
    a.stock["apples"] = 0
    print(b.stock["apples"], inv.stock["apples"])

    big = {}
    for i in range(5000):
        big["k" + str(i)] = i * i
    send(e, big)
    got_big = receive(timeout=10)
    print(len(got_big), got_big == big, list(got_big)[:3], list(got_big)[-1])

    m = spawn(mutator, me)
    original = {"counts": {"a": 1, "b": 2}, "seen": {"main"}, "items": [1, 2]}
    send(m, original)
    changed = receive(timeout=10)
    print(changed["counts"], sorted(changed["seen"]), changed["items"])
    print(original["counts"], sorted(original["seen"]), original["items"])

    # Exceptions travel with their args and attributes.
    detail = {"why": ["disk", "full"]}
    send(e, [KeyError("k"), AppError(7, detail), ValueError()])
    ke, ae, ve = receive(timeout=10)
    print(repr(ke), type(ae).__name__, ae.args, ae.code, ae.detail, ae.detail is detail, ae.args[1] is ae.detail, repr(ve))

    # What cannot be copied is refused at the send, named as the reference names it.
    for bad in [{"gen": countdown(3)}, [1, Inventory("bob", {}, {"x"}), Inventory("gen", countdown(2), set())]]:
        try:
            send(e, bad)
            print("sent")
        except TypeError as err:
            print("TypeError:", err)

    send(e, "stop")


if __name__ == "__main__":
    main()
