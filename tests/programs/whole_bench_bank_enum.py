# Account simulation with an Enum of transaction kinds, custom exceptions and properties.
from enum import Enum
import random


class Kind(Enum):
    DEPOSIT = 1
    WITHDRAW = 2
    TRANSFER = 3


class InsufficientFunds(Exception):
    pass


class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def apply(self, kind, amount, other=None):
        if kind is Kind.DEPOSIT:
            self._balance += amount
        elif kind is Kind.WITHDRAW or kind is Kind.TRANSFER:
            if amount > self._balance:
                raise InsufficientFunds("%s cannot pay %d" % (self.owner, amount))
            self._balance -= amount
            if kind is Kind.TRANSFER:
                other.apply(Kind.DEPOSIT, amount)
        self.history.append((kind.name, amount))


def main():
    random.seed(5)
    accounts = [Account(name, 100) for name in ("ann", "bob", "cy")]
    failures = 0
    for step in range(60):
        a = random.choice(accounts)
        kind = random.choice(list(Kind))
        amount = random.randint(1, 80)
        try:
            a.apply(kind, amount, random.choice(accounts))
        except InsufficientFunds as e:
            failures += 1
            if failures <= 3:
                print("failed:", e)
    for a in accounts:
        print(a.id, a.owner, a.balance, len(a.history), a.history[:2])
    print(failures, Kind.TRANSFER, Kind(2), Kind["DEPOSIT"].value)


if __name__ == "__main__":
    main()
