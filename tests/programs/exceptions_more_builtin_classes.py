# Built-in exception classes programs raise themselves: SyntaxError from a parser, ImportError...
class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        if not self.text.endswith(";"):
            raise SyntaxError(f"expected ';' at {len(self.text)}")
        return self.text[:-1].split()


def load(name):
    if name.startswith("_"):
        raise ModuleNotFoundError(f"No module named '{name}'")
    return name.upper()


def main():
    for text in ["a b;", "a b"]:
        try:
            print(Parser(text).parse())
        except SyntaxError as exc:
            print("SyntaxError:", exc)
    for name in ["json", "_private"]:
        try:
            print(load(name))
        except ImportError as exc:
            print(type(exc).__name__, exc, isinstance(exc, ImportError))
    try:
        raise UnicodeError("bad text")
    except ValueError as exc:
        print("ValueError caught:", type(exc).__name__, exc)


if __name__ == "__main__":
    main()
