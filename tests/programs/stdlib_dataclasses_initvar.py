# dataclasses.InitVar: an __init__ parameter passed on to __post_init__, not stored (repr, ==, fields(),
# asdict(), replace() leave it out), inherited by subclasses; its default is a class attribute.
import dataclasses
from dataclasses import dataclass, field, InitVar, fields, asdict, replace


@dataclass
class Config:
    path: str
    debug: InitVar[bool] = False
    level: int = field(default=0)

    def __post_init__(self, debug):
        if debug:
            self.level = 10


@dataclass
class Account:
    owner: str
    opening: InitVar[float]
    rate: dataclasses.InitVar[float] = 0.0
    history: list = field(default_factory=list)

    def __post_init__(self, opening, rate):
        self.balance = round(opening * (1 + rate), 2)
        self.history.append(("open", opening))


@dataclass
class Savings(Account):
    bonus: InitVar[int] = 5

    def __post_init__(self, opening, rate, bonus):
        super().__post_init__(opening, rate)
        self.balance += bonus


def main():
    c = Config("/tmp", debug=True)
    print(c, Config("/x"), Config("/y", True, 3), Config.debug)
    print([f.name for f in fields(c)], asdict(c), c == Config("/tmp", level=10))
    print(replace(c, level=1))
    a = Account("ann", 100.0, 0.05)
    print(a, a.balance, a.history, [f.name for f in fields(a)])
    s = Savings("bob", 10.0, bonus=1)
    print(s, s.balance, asdict(s))


if __name__ == "__main__":
    main()
