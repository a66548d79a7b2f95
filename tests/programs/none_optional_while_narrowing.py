"""`while x is not None:` and `while x:` narrow an optional variable in the loop body up to the
statement that assigns it again (and through `x = f(x)`, whose value is read before the store)."""


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def chain(n):
    nxt = {}
    for i in range(n):
        nxt[i] = i + 1 if i + 1 < n else None
    return nxt


def walk(nxt, start):
    total = 0
    steps = 0
    cur = start
    while cur is not None:
        total += cur * 3
        steps += 1
        cur = nxt[cur]
    return total, steps, cur


def walk_truth(nxt, start):
    total = 0
    cur = nxt[start]
    while cur:
        total += cur % 7
        cur = nxt[cur]
        if cur is not None:
            total += 1
        total += 0 if cur is None else cur // 2
    return total


def path(prev, s):
    out = []
    while s is not None:
        out.append(s[0] + s[1])
        s = prev[s]
    return out


def skip_pairs(nxt, start):
    seen = []
    cur = start
    k = 0
    while cur is not None:
        seen.append(cur - k)
        cur, k = nxt[cur], k + 1
        if cur is None:
            break
        cur = nxt[cur]
    return seen, cur


def reassigned_after_guard(d, key):
    v = d.get(key)
    if v is None:
        return -1
    total = v * 2
    v = d.get(v)
    return total + (0 if v is None else v)


def count_down(limit):
    n = limit if limit > 0 else None
    out = []
    while n:
        out.append(n)
        n -= 1
    return out, n


def linked_sum(head):
    s = 0
    node = head
    while node is not None:
        s += node.value
        node = node.next
    return s


def main():
    nxt = chain(12)
    print(walk(nxt, 0), walk(nxt, 11), walk(nxt, 5))
    print(walk_truth(nxt, 0), walk_truth(nxt, 10))
    prev = {(0, 0): None}
    last = (0, 0)
    for i in range(1, 6):
        s = (i, i * 2)
        prev[s] = last
        last = s
    print(path(prev, last), path(prev, (0, 0)))
    print(skip_pairs(nxt, 0), skip_pairs(nxt, 9))
    d = {1: 4, 4: 9, 9: 2}
    print(reassigned_after_guard(d, 1), reassigned_after_guard(d, 4), reassigned_after_guard(d, 7), reassigned_after_guard(d, 9))
    print(count_down(4), count_down(0))
    head = None
    for i in range(5):
        head = Node(i, head)
    print(linked_sum(head), linked_sum(None))


main()
