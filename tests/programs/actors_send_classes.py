from aithon.actors import spawn, send, receive, self_pid


class Job:
    def __init__(self, n):
        self.n = n


def worker():
    reply, kinds = receive()
    send(reply, [k.__name__ for k in kinds])
    send(reply, kinds[0] is int)


def main():
    w = spawn(worker)
    send(w, (self_pid(), [type(1), str, type(Job(2)), Job]))
    print(receive())
    print(receive())


if __name__ == "__main__":
    main()
