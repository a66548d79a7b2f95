"""tomllib.loads on a generated document shaped like a dump of pull-request
records (arrays of tables, nested tables, escaped strings, inline arrays),
as pyperformance's tomllib benchmark parses; then summaries of the result."""
import tomllib

LABELS = ["bug", "docs", "perf", "tests", "build", "typing", "gc", "re"]
USERS = ["ada", "brian", "cleo", "dmitri", "eun-ji", "farid", "grace", "hugo"]


def escape(text):
    out = []
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def make_document(count, seed):
    state = seed
    lines = ["# generated pull requests", 'source = "synthetic"', "version = 3", ""]
    for number in range(1, count + 1):
        state = (state * 1103515245 + 12345) % 2147483648
        user = USERS[state % len(USERS)]
        labels = [LABELS[(state >> k) % len(LABELS)] for k in range(state % 3 + 1)]
        lines.append("[[data]]")
        lines.append("number = " + str(number))
        lines.append("title = " + escape("gh-" + str(number) + ': fix "case" \\ in\tmodule ' + user))
        lines.append("draft = " + ("true" if state % 5 == 0 else "false"))
        lines.append("additions = " + str(state % 4000))
        lines.append("ratio = " + str((state % 1000) / 8))
        lines.append("labels = [ " + ", ".join(escape(x) for x in labels) + ", ]")
        lines.append("body = '''")
        lines.append("Line one of #" + str(number))
        lines.append("Line two'''")
        lines.append("reviewers = [")
        for r in range(state % 3):
            lines.append("  { login = " + escape(USERS[(state + r) % len(USERS)]) + ", approved = " + ("true" if r % 2 == 0 else "false") + " },  # r" + str(r))
        lines.append("]")
        lines.append("")
        lines.append("[data.user]")
        lines.append("login = " + escape(user))
        lines.append("id = 0x" + format(state % 65536, "x"))
        lines.append("site.admin = " + ("true" if user == "grace" else "false"))
        lines.append("")
        lines.append("[data.base.repo]")
        lines.append("full_name = 'python/cpython'")
        lines.append("stars = 1_000_" + str(100 + state % 900))
        lines.append("")
    return "\n".join(lines) + "\n"


def summarise(doc):
    prs = doc["data"]
    by_user = {}
    label_counts = {}
    approvals = 0
    total_additions = 0
    ratio_sum = 0.0
    for pr in prs:
        login = pr["user"]["login"]
        by_user[login] = by_user.get(login, 0) + 1
        for label in pr["labels"]:
            label_counts[label] = label_counts.get(label, 0) + 1
        for reviewer in pr["reviewers"]:
            if reviewer["approved"]:
                approvals += 1
        total_additions += pr["additions"]
        ratio_sum += pr["ratio"]
    print("records:", len(prs), "source:", doc["source"], "version:", doc["version"])
    print("by user:", sorted(by_user.items()))
    print("labels:", sorted(label_counts.items(), key=lambda kv: (-kv[1], kv[0])))
    print("approvals:", approvals, "additions:", total_additions, "ratio sum:", ratio_sum)
    print("first:", prs[0])
    print("last title:", prs[-1]["title"])
    print("admins:", sum(1 for pr in prs if pr["user"]["site"]["admin"]))
    print("stars:", prs[3]["base"]["repo"]["stars"], "draft count:", sum(1 for pr in prs if pr["draft"]))


def show_error(text):
    try:
        tomllib.loads(text)
        print("parsed:", repr(text))
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError:", e)


def main():
    text = make_document(400, 2024)
    print("document:", len(text), "chars,", text.count("\n"), "lines")
    doc = tomllib.loads(text)
    summarise(doc)
    # Parsing again gives an equal, separate structure.
    again = tomllib.loads(text)
    print("equal:", again == doc, "same:", again is doc)
    # The errors a hand-written config file meets.
    show_error("[[data]]\nnumber = 1\nnumber = 2\n")
    show_error("[server]\nport = 80\n[server]\n")
    show_error("name = 'unterminated\n")
    show_error("list = [1, 2\n")
    show_error("point = { x = 1 }\npoint.y = 2\n")
    show_error("when = 2023-02-29\n")
    show_error("x = 1 # fine\ny = \n")
    special = tomllib.loads("a = inf\nb = -inf\nc = nan\nd = 0o17\ne = 0b101\nf = -0.0\ng = 1e3\n")
    print(special)
    dates = tomllib.loads("d = 2024-02-29\nt = 2024-02-29T23:59:58.5\n")
    print(dates["d"], dates["t"], repr(dates["d"]))


if __name__ == "__main__":
    main()
