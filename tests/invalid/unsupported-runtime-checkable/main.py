# @runtime_checkable protocols are checked structurally by isinstance(): not
# supported yet, so the build rejects the decorator.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self):
        print("closed")


def main():
    r = Resource()
    if isinstance(r, Closable):
        r.close()


if __name__ == "__main__":
    main()
