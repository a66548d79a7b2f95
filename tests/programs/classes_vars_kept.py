# vars(obj) / obj.__dict__ kept in a variable and read later: each read shows the instance's attributes
# as they are then (CPython's dict is the instance's live namespace), in functions and methods.


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        self.last = amount
        return self

    def snapshot(self):
        state = self.__dict__
        fields = sorted(state)
        return ", ".join(f"{k}={state[k]!r}" for k in fields)

    def describe(self):
        attrs = vars(self)
        if "last" in attrs:
            return f"{attrs['owner']} last deposited {attrs['last']}"
        return f"{attrs['owner']} has not deposited"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def summary(obj):
    fields = vars(obj)
    total = 0
    for key, value in fields.items():
        if isinstance(value, int):
            total += value
    return len(fields), total, list(fields)


def main():
    acct = Account("ann", 10)
    seen = vars(acct)
    print(seen, len(seen), "balance" in seen)
    acct.deposit(5)
    print(seen, seen.get("last"), seen["balance"], sorted(seen.keys()))
    print(acct.snapshot(), "|", acct.describe())
    print(Account("bob").describe())

    p = Point(3, 4)
    d = p.__dict__
    before = dict(d)
    p.x = 30
    p.z = -1
    print(before, d, [k for k in d], {k: v * 2 for k, v in d.items()})
    print(summary(p), summary(acct))
    copy = Point(**before)
    print(vars(copy), copy.x + copy.y, d == vars(p), str(d) == repr(vars(p)))
    for name in ("x", "y", "z", "w"):
        print(name, d.get(name, "missing"), name in d)


if __name__ == "__main__":
    main()
