# A small INI/TOML-like parser with error reporting via a custom exception.
class ParseError(Exception):
    pass


def parse_value(raw, lineno):
    raw = raw.strip()
    if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
        return raw[1:-1]
    if raw in ("true", "false"):
        return raw == "true"
    if raw.startswith("[") and raw.endswith("]"):
        inner = raw[1:-1].strip()
        if not inner:
            return []
        return [parse_value(p, lineno) for p in inner.split(",")]
    try:
        return int(raw)
    except ValueError:
        pass
    try:
        return float(raw)
    except ValueError:
        raise ParseError("line %d: bad value %r" % (lineno, raw))


def parse(text):
    doc = {}
    section = doc
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip()
            section = doc.setdefault(name, {})
            continue
        if "=" not in line:
            raise ParseError("line %d: expected key = value" % lineno)
        key, _, value = line.partition("=")
        section[key.strip()] = parse_value(value, lineno)
    return doc


SAMPLE = """
title = "demo"   # comment
version = 3
ratio = 0.75
[server]
host = "localhost"
ports = [8000, 8001, 8002]
debug = true
[client]
retries = 5
names = ["a", "b"]
"""


def main():
    doc = parse(SAMPLE)
    for k in sorted(doc):
        print(k, "=", doc[k])
    for bad in ("x = @", "novalue"):
        try:
            parse(bad)
        except ParseError as e:
            print("error:", e)


if __name__ == "__main__":
    main()
