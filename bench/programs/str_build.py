# Strings built piece by piece with `+=` (a report, an escaped document, a run-length
# encoding): each loop appends to a string only its variable holds.


def escape(text):
    out = ""
    for ch in text:
        if ch == "<":
            out += "&lt;"
        elif ch == ">":
            out += "&gt;"
        elif ch == "&":
            out += "&amp;"
        else:
            out += ch
    return out


def run_length(text):
    encoded = ""
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        encoded = encoded + str(j - i) + text[i]
        i = j
    return encoded


def report(rows):
    doc = "<table>\n"
    for name, qty, price in rows:
        doc += f"  <tr><td>{name}</td><td>{qty:>5}</td><td>{price:10.2f}</td></tr>\n"
    doc += "</table>\n"
    return doc


def main():
    rows = [("item<%d>" % i, i % 17, i * 1.25) for i in range(60000)]
    doc = report(rows)
    escaped = escape(doc)
    runs = run_length("".join("ab"[(i // 3) % 2] * (1 + i % 4) for i in range(200000)))
    print(len(doc), len(escaped), escaped[-40:].strip(), len(runs), runs[:24])


if __name__ == "__main__":
    main()
