# issubclass() against a protocol checks the class's members structurally in
# CPython; not supported yet, so the build rejects it.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self):
        print("closed")


def main():
    print(issubclass(Resource, Closable))


if __name__ == "__main__":
    main()
