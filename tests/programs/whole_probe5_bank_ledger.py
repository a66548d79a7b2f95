# A small bank ledger: accounts with decimal.Decimal balances, an Enum of
# transaction kinds, interest with quantize(ROUND_HALF_UP), fees split with
# fractions.Fraction, custom exceptions, and a formatted statement.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, localcontext
from enum import Enum
from fractions import Fraction

CENT = Decimal("0.01")


class Kind(Enum):
    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"
    TRANSFER_IN = "transfer in"
    TRANSFER_OUT = "transfer out"
    INTEREST = "interest"
    FEE = "fee"


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("%s cannot pay %s (balance %s)" % (account.owner, amount, account.balance))
        self.shortfall = amount - account.balance


class Account:
    def __init__(self, number, owner, rate="0.00"):
        self.number = number
        self.owner = owner
        self.rate = Decimal(rate)
        self.balance = Decimal("0.00")
        self.history = []

    def _record(self, kind, amount):
        self.history.append((kind, amount, self.balance))

    def deposit(self, amount, kind=Kind.DEPOSIT):
        amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
        if amount <= 0:
            raise ValueError("deposit must be positive, got %s" % amount)
        self.balance += amount
        self._record(kind, amount)
        return self.balance

    def withdraw(self, amount, kind=Kind.WITHDRAW):
        amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._record(kind, -amount)
        return self.balance

    def add_interest(self, months):
        monthly = self.rate / 12
        earned = Decimal("0")
        for _ in range(months):
            interest = (self.balance * monthly).quantize(CENT, rounding=ROUND_HALF_UP)
            self.balance += interest
            earned += interest
        if earned:
            self._record(Kind.INTEREST, earned)
        return earned


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.next_number = 1001

    def open(self, owner, rate="0.00"):
        account = Account(self.next_number, owner, rate)
        self.accounts[account.number] = account
        self.next_number += 1
        return account

    def transfer(self, source, target, amount):
        source.withdraw(amount, Kind.TRANSFER_OUT)
        target.deposit(amount, Kind.TRANSFER_IN)

    def split_fee(self, fee, owners):
        # shares as exact fractions of the fee; the last payer takes the rounding remainder
        total = sum(owners.values())
        fee = Decimal(fee)
        charged = Decimal("0")
        accounts = list(owners.items())
        for i, (account, weight) in enumerate(accounts):
            share = Fraction(weight, total)
            if i == len(accounts) - 1:
                amount = fee - charged
            else:
                amount = (fee * share.numerator / share.denominator).quantize(CENT, rounding=ROUND_DOWN)
            charged += amount
            account.withdraw(amount, Kind.FEE)
            print("  fee share %-6s %5s of %s = %s" % (account.owner, share, fee, amount))
        return charged

    def total_deposits(self):
        return sum((a.balance for a in self.accounts.values()), Decimal("0"))


def statement(account):
    lines = ["Statement for #%d %s" % (account.number, account.owner)]
    for kind, amount, balance in account.history:
        lines.append("  {:<13}{:>10}{:>12,.2f}".format(kind.value, str(amount), balance))
    totals = {}
    for kind, amount, _ in account.history:
        totals[kind] = totals.get(kind, Decimal("0")) + amount
    for kind in Kind:
        if kind in totals:
            lines.append("  total %-12s %s" % (kind.name.lower(), totals[kind]))
    return "\n".join(lines)


def main():
    bank = Bank("Decimal Savings")
    alice = bank.open("alice", "0.045")
    bob = bank.open("bob", "0.0125")
    carol = bank.open("carol")
    alice.deposit("1500.005")
    bob.deposit(250)
    carol.deposit("99.99")
    bank.transfer(alice, bob, "320.50")
    try:
        bank.transfer(carol, alice, "150")
    except InsufficientFunds as e:
        print("refused:", e, "short by", e.shortfall)
    try:
        bob.deposit("-5")
    except ValueError as e:
        print("refused:", e)
    print("interest", alice.add_interest(6), bob.add_interest(6), carol.add_interest(6))
    charged = bank.split_fee("10.00", {alice: 3, bob: 2, carol: 2})
    print("fee charged", charged)
    for account in bank.accounts.values():
        print(statement(account))
    total = bank.total_deposits()
    print("bank total %s, average %s" % (total, (total / len(bank.accounts)).quantize(CENT)))
    with localcontext() as ctx:
        ctx.prec = 5
        print("rough share of alice:", alice.balance / total)
    print("exact share of bob:", Fraction(str(bob.balance)) / Fraction(str(total)))
    richest = max(bank.accounts.values(), key=lambda a: a.balance)
    print("richest:", richest.owner, f"{richest.balance:,.2f}", Kind("fee"), Kind.FEE.value)


if __name__ == "__main__":
    main()
