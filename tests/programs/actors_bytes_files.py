# Actors exchanging bytes: a worker reads a file in a blocking call while others run.
import os
import aithon.actors as actors


def checksum_worker(parent, name, data):
    total = 0
    for b in data:
        total = (total * 31 + b) % 1000003
    actors.send(parent, (name, len(data), total, data[:4], bytes(reversed(data[:3]))))


def file_worker(parent, path):
    with open(path, "rb") as f:
        data = f.read()
    actors.send(parent, ("file", data, bytearray(data[:2])))


def main():
    me = actors.self_pid()
    path = "actors_bytes_%d.bin" % os.getpid()
    with open(path, "wb") as f:
        f.write(bytes(range(50)))
    actors.spawn(file_worker, me, path)
    print(actors.receive(timeout=10))
    blobs = {"a": b"hello world", "b": bytes(range(200)), "c": "text".encode() * 3}
    for name in sorted(blobs):
        actors.spawn(checksum_worker, me, name, blobs[name])
    results = sorted(actors.receive(timeout=10) for _ in range(3))
    for r in results:
        print(r)
    os.remove(path)


main()
