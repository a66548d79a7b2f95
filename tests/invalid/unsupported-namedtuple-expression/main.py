# A namedtuple class made inside an expression (not assigned to one name in a
# function body or at module level) is not supported: the build fails instead
# of leaving an undefined name behind.
from collections import namedtuple


def main():
    pairs = [namedtuple('Pair', 'a b')(1, 2)]
    print(pairs)


if __name__ == "__main__":
    main()
