# An attribute first seen as None, later an instance, passed on after a None test.
class P:
    def __init__(self, n):
        self.link = None
        self.n = n


class T:
    def __init__(self):
        self.input = None

    def run_task(self):
        msg = self.input
        if msg is not None:
            self.input = None
        return self.fn(msg)

    def q(self, pkt):
        pkt.link = None
        return pkt.n


class D(T):
    def __init__(self):
        super().__init__()
        self.pending = None

    def fn(self, pkt):
        if pkt is None:
            if self.pending is None:
                return 0
            v = self.pending
            self.pending = None
            return self.q(v)
        self.pending = pkt
        return -1


class W(T):
    def fn(self, pkt):
        if pkt is None:
            return 5
        return self.q(pkt)


def main():
    d = D()
    d.input = P(3)
    w = W()
    w.input = P(4)
    print(d.run_task(), d.run_task(), d.run_task(), w.run_task(), w.run_task())


if __name__ == "__main__":
    main()
