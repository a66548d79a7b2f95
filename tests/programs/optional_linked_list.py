class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __repr__(self):
        return f"Node({self.value})"


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def main():
    head = build(5)
    node = head
    total = 0
    while node is not None:
        total += node.value
        node = node.next
    print(total, head, head.next.next, build(0))
    last = head
    while last.next:
        last = last.next
    print(last, last.next)
    try:
        print(last.next.value)
    except AttributeError as e:
        print("error:", e)


if __name__ == "__main__":
    main()
