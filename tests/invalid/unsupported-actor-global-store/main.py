# A spawned actor stores a list of its own into a module global. The list
# lives in the actor's heap, freed when the actor ends: the global would
# dangle, so the build stops. Storing an int (no heap object) is allowed.
from aithon.actors import receive, self_pid, send, spawn, wait_idle

table = None
count = 0


def load(parent, n):
    global table, count
    count = n
    table = [str(i) for i in range(n)]
    send(parent, n)


def main():
    spawn(load, self_pid(), 10)
    print(receive())
    wait_idle()
    print(count, table)


if __name__ == "__main__":
    main()
