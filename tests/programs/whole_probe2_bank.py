"""Bank simulation with classes, custom exceptions, class/static methods, properties."""
import random


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Account:
    _next_number = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.number = Account._allocate()
        self.frozen = False
        self.history = []

    @classmethod
    def _allocate(cls):
        n = Account._next_number
        Account._next_number += 1
        return n

    @staticmethod
    def validate(amount):
        if amount <= 0:
            raise ValueError(f"amount must be positive, got {amount}")

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        Account.validate(amount)
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        Account.validate(amount)
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if amount > self.limit():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))

    def limit(self):
        return self._balance

    def month_end(self):
        interest = self._balance * self.interest_rate / 12
        if interest:
            self._balance += interest
            self.history.append(("int", interest))

    def kind(self):
        return "basic"

    def __repr__(self):
        return f"<{type(self).__name__} #{self.number} {self.owner} {self._balance:,.2f}>"


class Savings(Account):
    interest_rate = 0.03

    def kind(self):
        return "savings"


class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def limit(self):
        return self._balance + self.overdraft

    def month_end(self):
        if self._balance < 0:
            fee = 15.0
            self._balance -= fee
            self.history.append(("fee", fee))
        super().month_end()

    def kind(self):
        return "checking"


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.failures = {}

    def open(self, cls, owner, *args):
        acct = cls(owner, *args)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a = self.accounts[src]
        b = self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)
            raise

    def record(self, exc):
        key = type(exc).__name__
        self.failures[key] = self.failures.get(key, 0) + 1

    def total(self):
        return sum(a.balance for a in self.accounts.values())


def main():
    random.seed(2024); rng = random
    bank = Bank("First Probe")
    names = ["ann", "bob", "cy", "dee", "eve", "fay"]
    for i, name in enumerate(names):
        if i % 3 == 0:
            bank.open(Savings, name, 500.0 + i * 100)
        elif i % 3 == 1:
            bank.open(Checking, name, 200.0, 250.0)
        else:
            bank.open(Account, name, 50.0)
    numbers = sorted(bank.accounts)
    for month in range(1, 7):
        for _ in range(25):
            src, dst = rng.sample(numbers, 2)
            amount = round(rng.uniform(1, 180), 2)
            try:
                if rng.random() < 0.05:
                    amount = -amount
                bank.transfer(src, dst, amount)
            except InsufficientFunds as e:
                bank.record(e)
                if rng.random() < 0.1:
                    print("  ", e)
            except AccountFrozen as e:
                bank.record(e)
            except ValueError as e:
                bank.record(e)
                print("   bad:", e)
        if month == 3:
            bank.accounts[numbers[2]].frozen = True
        for acct in bank.accounts.values():
            acct.month_end()
        print(f"month {month}: total {bank.total():>10.2f}")
    for acct in bank.accounts.values():
        kinds = {}
        for k, amt in acct.history:
            kinds[k] = kinds.get(k, 0) + 1
        print(f"{acct!r:40} {acct.kind():<9} {kinds}")
    print("failures:", dict(sorted(bank.failures.items())))
    try:
        bank.accounts[numbers[0]].withdraw(10 ** 6)
    except BankError as e:
        print(type(e).__name__, "->", e, isinstance(e, Exception), e.amount)


if __name__ == "__main__":
    main()
