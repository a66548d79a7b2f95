from dataclasses import dataclass
from typing import Optional


@dataclass
class Node:
    value: int
    next: Optional["Node"] = None


def main():
    a = Node(1, Node(2))
    b = Node(1, Node(2))
    c = Node(1, Node(3))
    print(a == b, a == c, a.next == b.next, Node(5) == Node(5, None))
    print(a)


if __name__ == "__main__":
    main()
