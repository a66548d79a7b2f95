# Decorators imported from a project module, by name and through the module.
import helpers
from helpers import traced, times


@traced
def add(a, b):
    return a + b


@helpers.times(2)
def hello(name):
    return "hi " + name


@times(3)
@helpers.traced
def sq(x):
    return x * x


def main():
    print(add(1, 2), add.__name__, hello("bo"), sq(4))
    print(helpers.CALLS)


if __name__ == "__main__":
    main()
