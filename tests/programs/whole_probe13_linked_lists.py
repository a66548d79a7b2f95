# TheAlgorithms/Python data_structures/linked_list/singly_linked_list.py and
# doubly_linked_list.py: dunder-rich linked lists (__iter__, __len__, __repr__,
# __getitem__, __setitem__) with insert_nth / delete_nth / reverse.
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


@dataclass
class Node:
    """
    Create and initialize Node class instance.
    >>> Node(20)
    Node(20)
    >>> Node("Hello, world!")
    Node(Hello, world!)
    """

    data: Any
    next_node: Node | None = None

    def __repr__(self) -> str:
        return f"Node({self.data})"


class LinkedList:
    def __init__(self) -> None:
        self.head: Node | None = None

    def __iter__(self) -> Iterator[Any]:
        node = self.head
        while node:
            yield node.data
            node = node.next_node

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __repr__(self) -> str:
        return " -> ".join([str(item) for item in self])

    def __getitem__(self, index: int) -> Any:
        if not 0 <= index < len(self):
            raise ValueError("list index out of range.")
        for i, node in enumerate(self):
            if i == index:
                return node
        return None

    def __setitem__(self, index: int, data: Any) -> None:
        if not 0 <= index < len(self):
            raise ValueError("list index out of range.")
        current = self.head
        for _ in range(index):
            assert current is not None
            current = current.next_node
        assert current is not None
        current.data = data

    def insert_tail(self, data: Any) -> None:
        self.insert_nth(len(self), data)

    def insert_head(self, data: Any) -> None:
        self.insert_nth(0, data)

    def insert_nth(self, index: int, data: Any) -> None:
        if not 0 <= index <= len(self):
            raise IndexError("list index out of range")
        new_node = Node(data)
        if self.head is None:
            self.head = new_node
        elif index == 0:
            new_node.next_node = self.head  # link new_node to head
            self.head = new_node
        else:
            temp = self.head
            for _ in range(index - 1):
                assert temp.next_node is not None
                temp = temp.next_node
            new_node.next_node = temp.next_node
            temp.next_node = new_node

    def print_list(self) -> None:  # print every node data
        print(self)

    def delete_head(self) -> Any:
        return self.delete_nth(0)

    def delete_tail(self) -> Any:  # delete from tail
        return self.delete_nth(len(self) - 1)

    def delete_nth(self, index: int = 0) -> Any:
        if not 0 <= index <= len(self) - 1:  # test if index is valid
            raise IndexError("List index out of range.")
        delete_node = self.head  # default first node
        assert delete_node is not None
        if index == 0:
            self.head = self.head.next_node if self.head else None
        else:
            temp = self.head
            assert temp is not None
            for _ in range(index - 1):
                assert temp.next_node is not None
                temp = temp.next_node
            delete_node = temp.next_node
            assert delete_node is not None
            temp.next_node = delete_node.next_node
        return delete_node.data

    def is_empty(self) -> bool:
        return self.head is None

    def reverse(self) -> None:
        prev = None
        current = self.head

        while current:
            # Store the current node's next node.
            next_node = current.next_node
            # Make the current node's next_node point backwards
            current.next_node = prev
            # Make the previous node be the current node
            prev = current
            # Make the current node the next_node node (to progress iteration)
            current = next_node
        # Return prev in order to put the head at the end
        self.head = prev


class DNode:
    def __init__(self, data: Any, previous: DNode | None = None, next_node: DNode | None = None):
        self.data = data
        self.previous = previous
        self.next = next_node

    def __str__(self) -> str:
        return f"{self.data}"


class DoublyLinkedList:
    def __init__(self) -> None:
        self.head: DNode | None = None
        self.tail: DNode | None = None

    def __iter__(self) -> Iterator[Any]:
        node = self.head
        while node:
            yield node.data
            node = node.next

    def __str__(self) -> str:
        return "->".join([str(item) for item in self])

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def insert_at_head(self, data: Any) -> None:
        self.insert_at_nth(0, data)

    def insert_at_tail(self, data: Any) -> None:
        self.insert_at_nth(len(self), data)

    def insert_at_nth(self, index: int, data: Any) -> None:
        length = len(self)

        if not 0 <= index <= length:
            raise IndexError("list index out of range")
        new_node = DNode(data)
        if self.head is None:
            self.head = self.tail = new_node
        elif index == 0:
            self.head.previous = new_node
            new_node.next = self.head
            self.head = new_node
        elif index == length:
            assert self.tail is not None
            self.tail.next = new_node
            new_node.previous = self.tail
            self.tail = new_node
        else:
            temp = self.head
            for _ in range(index):
                assert temp is not None
                temp = temp.next
            assert temp is not None and temp.previous is not None
            temp.previous.next = new_node
            new_node.previous = temp.previous
            new_node.next = temp
            temp.previous = new_node

    def delete_head(self) -> Any:
        return self.delete_at_nth(0)

    def delete_tail(self) -> Any:
        return self.delete_at_nth(len(self) - 1)

    def delete_at_nth(self, index: int) -> Any:
        length = len(self)

        if not 0 <= index <= length - 1:
            raise IndexError("list index out of range")
        delete_node = self.head  # default first node
        assert delete_node is not None
        if length == 1:
            self.head = self.tail = None
        elif index == 0:
            assert self.head is not None and self.head.next is not None
            self.head = self.head.next
            self.head.previous = None
        elif index == length - 1:
            assert self.tail is not None and self.tail.previous is not None
            delete_node = self.tail
            self.tail = self.tail.previous
            self.tail.next = None
        else:
            temp = self.head
            for _ in range(index):
                assert temp is not None
                temp = temp.next
            assert temp is not None and temp.previous is not None and temp.next is not None
            delete_node = temp
            temp.next.previous = temp.previous
            temp.previous.next = temp.next
        return delete_node.data

    def delete(self, data: Any) -> str:
        current = self.head

        while current and current.data != data:  # Find the position to delete
            current = current.next

        if current is None:
            raise ValueError("No data matching given value")

        if current == self.head:
            self.delete_head()

        elif current == self.tail:
            self.delete_tail()

        else:  # Before: 1 <--> 2(current) <--> 3
            assert current.previous is not None and current.next is not None
            current.previous.next = current.next  # 1 --> 3
            current.next.previous = current.previous  # 1 <--> 3
        return data

    def is_empty(self) -> bool:
        return len(self) == 0


def test_singly_linked_list() -> None:
    linked_list = LinkedList()
    assert linked_list.is_empty() is True
    assert str(linked_list) == ""

    try:
        linked_list.delete_head()
        raise AssertionError  # This should not happen.
    except IndexError:
        assert True  # This should happen.

    try:
        linked_list.delete_tail()
        raise AssertionError  # This should not happen.
    except IndexError:
        assert True  # This should happen.

    for i in range(10):
        assert len(linked_list) == i
        linked_list.insert_nth(i, i + 1)
    assert str(linked_list) == " -> ".join(str(i) for i in range(1, 11))

    linked_list.insert_head(0)
    linked_list.insert_tail(11)
    assert str(linked_list) == " -> ".join(str(i) for i in range(12))

    assert linked_list.delete_head() == 0
    assert linked_list.delete_nth(9) == 10
    assert linked_list.delete_tail() == 11
    assert len(linked_list) == 9
    assert str(linked_list) == " -> ".join(str(i) for i in range(1, 10))

    assert all(linked_list[i] == i + 1 for i in range(9)) is True

    for i in range(9):
        linked_list[i] = -i
    assert all(linked_list[i] == -i for i in range(9)) is True

    linked_list.reverse()
    assert str(linked_list) == " -> ".join(str(i) for i in range(-8, 1))


def test_singly_linked_list_2() -> None:
    test_input = [
        -9,
        100,
        Node(77345112),
        "dlrow olleH",
        7,
        5555,
        0,
        -192.55555,
        "Hello, world!",
        77.9,
        Node(10),
        None,
        None,
        12.20,
    ]
    linked_list = LinkedList()

    for i in test_input:
        linked_list.insert_tail(i)

    # Check if it's empty or not
    assert linked_list.is_empty() is False
    assert (
        str(linked_list) == "-9 -> 100 -> Node(77345112) -> dlrow olleH -> 7 -> 5555 -> "
        "0 -> -192.55555 -> Hello, world! -> 77.9 -> Node(10) -> None -> None -> 12.2"
    )

    # Delete the head
    result = linked_list.delete_head()
    assert result == -9
    assert (
        str(linked_list) == "100 -> Node(77345112) -> dlrow olleH -> 7 -> 5555 -> 0 -> "
        "-192.55555 -> Hello, world! -> 77.9 -> Node(10) -> None -> None -> 12.2"
    )

    # Delete the tail
    result = linked_list.delete_tail()
    assert result == 12.2

    # Delete a node in specific location in linked list
    result = linked_list.delete_nth(10)
    assert result is None

    # Add a Node instance to its head
    linked_list.insert_head(Node("Hello again, world!"))
    assert (
        str(linked_list)
        == "Node(Hello again, world!) -> 100 -> Node(77345112) -> dlrow olleH -> "
        "7 -> 5555 -> 0 -> -192.55555 -> Hello, world! -> 77.9 -> Node(10) -> None"
    )

    # Add None to its tail
    linked_list.insert_tail(None)
    linked_list.reverse()
    print(linked_list)


def workload(n: int) -> int:
    sll = LinkedList()
    dll = DoublyLinkedList()
    for i in range(n):
        sll.insert_head(i)
        dll.insert_at_tail(i * 2)
    total = 0
    for i in range(0, n, 7):
        total += sll[i] + dll.delete(i * 2 if i * 2 < 2 * n else 0) * 0
    sll.reverse()
    while not dll.is_empty():
        total += dll.delete_head()
        if not dll.is_empty():
            total -= dll.delete_tail()
    while len(sll) > 3:
        total += sll.delete_nth(len(sll) // 2)
    return total + len(sll)


def main() -> None:
    test_singly_linked_list()
    test_singly_linked_list_2()
    linked_list = LinkedList()
    linked_list.insert_head("a")
    linked_list.insert_tail("c")
    linked_list.insert_nth(1, "b")
    linked_list.print_list()
    print(linked_list[1], len(linked_list), repr(linked_list))
    print(Node(20), Node("Hello, world!"))
    dll = DoublyLinkedList()
    for ch in "python":
        dll.insert_at_head(ch)
    print(dll, len(dll))
    dll.insert_at_nth(3, "*")
    print(dll)
    print(dll.delete("*"), dll)
    try:
        dll.delete("z")
    except ValueError as e:
        print("ValueError:", e)
    try:
        linked_list[7] = 1
    except ValueError as e:
        print("ValueError:", e)
    for _ in range(3):
        print(workload(150))


if __name__ == "__main__":
    main()
