from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

    def add(self, other):
        return Money(self.amount + other.amount, self.currency)


def main():
    wallet = Money(5)
    wallet = wallet.add(Money(7))
    print(wallet)
    wallet.amount = 0
    print("not reached")


if __name__ == "__main__":
    main()
