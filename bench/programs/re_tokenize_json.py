# A regex tokenizer (named-group alternation, finditer, lastgroup), sub with
# a template and with a function, split and case-insensitive search over
# generated source text, then a JSON round trip of a big nested document
# with escapes and non-ASCII strings.
import json
import re

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<STRING>"(?:[^"\\]|\\.)*")
  | (?P<NAME>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<OP>\*\*|//|==|!=|<=|>=|[-+*/%()<>=,:\[\]{}.])
  | (?P<NEWLINE>\n)
  | (?P<SKIP>[ \t]+)
  | (?P<COMMENT>\#[^\n]*)
  | (?P<MISMATCH>.)
""", re.VERBOSE)

KEYWORDS = {"def", "return", "if", "else", "for", "in", "while", "and", "or", "not"}


def source(n):
    out = []
    for i in range(n):
        out.append("def f%d(x, y=%d):  # helper number %d" % (i, i % 17, i))
        out.append("    if x >= %d.5e%d and y != 0:" % (i % 9, i % 3))
        out.append('        return "val\\"%d" + str(x ** 2 // y)' % i)
        out.append("    for k in [%d, %d, %d]: x = x * k %% 7" % (i, i + 1, i * 3))
        out.append("    return {\"k\": x, 'q': y} $ %d" % i)
    return "\n".join(out) + "\n"


def tokenize(text):
    counts = {}
    names = {}
    line = 1
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        value = m.group()
        if kind == "SKIP" or kind == "COMMENT":
            continue
        if kind == "NEWLINE":
            line += 1
            continue
        if kind == "NAME" and value in KEYWORDS:
            kind = "KEYWORD"
        elif kind == "NAME":
            names[value] = names.get(value, 0) + 1
        counts[kind] = counts.get(kind, 0) + 1
    return counts, names, line


def rewrite(text):
    a = re.sub(r"\bf(\d+)\(", r"func_\1(", text)
    b = re.sub(r"\d+\.\d+e\d+", lambda m: str(round(float(m.group()), 1)), a)
    c = re.subn(r"(?i)RETURN\s+", "yield ", b)
    parts = re.split(r"[:;]\s*\n", c[0])
    hits = len(re.findall(r"(?i)\bIF\b|\bFOR\b", text))
    return len(a), len(b), c[1], len(parts), hits


def document(n):
    users = []
    for i in range(n):
        users.append({
            "id": i,
            "name": "user_%d" % i,
            "city": ["Zürich", "São Paulo", "Kraków", "東京", "Paris"][i % 5],
            "bio": "line one\nline \"two\"\t\\ end %d" % i,
            "score": i * 1.25 - 3,
            "tags": ["t%d" % (i % 7), "t%d" % (i % 11)],
            "active": i % 3 == 0,
            "manager": None if i % 4 else i // 4,
        })
    return {"users": users, "count": n, "meta": {"version": 3, "ratio": 2 / 3}}


def main():
    text = source(3000)
    counts, names, lines = tokenize(text)
    print(lines, sorted(counts.items()), len(names), names["x"])
    print(rewrite(text))
    doc = document(4000)
    plain = json.dumps(doc)
    pretty = json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False)
    back = json.loads(plain)
    back2 = json.loads(pretty)
    print(len(plain), len(pretty), back == doc, back2 == doc)
    print(back["users"][1234]["city"], back["users"][7]["bio"], back["meta"])
    total = 0.0
    for u in back2["users"]:
        total += u["score"]
    print(total, sum(1 for u in back["users"] if u["active"]))


if __name__ == "__main__":
    main()
