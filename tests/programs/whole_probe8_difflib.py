"""Text comparison with difflib, the way review tools and test runners use it:
SequenceMatcher ratios and opcodes over lines and characters, unified and
context diffs of two versions of a file, ndiff with intraline hints, and
get_close_matches for "did you mean" suggestions."""
import difflib

OLD = """\
def parse_config(path):
    with open(path) as handle:
        lines = handle.readlines()
    result = {}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        key, value = line.split('=', 1)
        result[key.strip()] = value.strip()
    return result


def main():
    config = parse_config('settings.ini')
    print(config)
""".splitlines(True)

NEW = """\
def parse_config(path, defaults=None):
    result = dict(defaults or {})
    with open(path) as handle:
        lines = handle.readlines()
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith(('#', ';')):
            continue
        if '=' not in line:
            raise ValueError('line %d: no =' % number)
        key, value = line.split('=', 1)
        result[key.strip().lower()] = value.strip()
    return result


def main():
    config = parse_config('settings.ini', {'debug': 'no'})
    for key in sorted(config):
        print(key, config[key])
""".splitlines(True)

WORDS = ["apple", "apply", "ape", "maple", "grape", "peach", "pear", "plum", "ample",
         "appeal", "applet", "happily", "sample", "staple", "people", "papal"]


def line_report():
    matcher = difflib.SequenceMatcher(None, OLD, NEW)
    print("ratio %.4f quick %.4f real_quick %.4f" % (matcher.ratio(), matcher.quick_ratio(),
                                                     matcher.real_quick_ratio()))
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        print("%7s a[%d:%d] b[%d:%d]" % (tag, i1, i2, j1, j2))
    for block in matcher.get_matching_blocks():
        print("  match a=%d b=%d size=%d" % (block.a, block.b, block.size))
    groups = list(matcher.get_grouped_opcodes(1))
    print("groups:", len(groups), [len(g) for g in groups])


def char_report():
    pairs = [("kitten", "sitting"), ("abcdefgh", "abxdefyh"), ("private Thread currentThread;",
             "private volatile Thread currentThread;"), ("", "abc"), ("same", "same")]
    for a, b in pairs:
        m = difflib.SequenceMatcher(None, a, b)
        ops = ["%s:%s>%s" % (tag[0], a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in m.get_opcodes()
               if tag != "equal"]
        print("%r vs %r: %.3f %s longest=%s" % (a, b, m.ratio(), ops, tuple(m.find_longest_match(0, len(a), 0, len(b)))))
    junk = difflib.SequenceMatcher(lambda ch: ch == " ", " abcd", "abcd abcd")
    print("junk match:", tuple(junk.find_longest_match(0, 5, 0, 9)))


def diffs():
    udiff = list(difflib.unified_diff(OLD, NEW, fromfile="a/config.py", tofile="b/config.py", n=2))
    print("".join(udiff))
    cdiff = list(difflib.context_diff(OLD[:6], NEW[:6], fromfile="old", tofile="new", n=1))
    print("".join(cdiff))
    for line in difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"]):
        print(line, end="")
    restored = "".join(difflib.restore(difflib.ndiff(OLD, NEW), 2))
    print("restore ok:", restored == "".join(NEW))


def suggestions():
    for word in ("appel", "pleach", "smaple", "xyz", "peple"):
        print(word, "->", difflib.get_close_matches(word, WORDS), difflib.get_close_matches(word, WORDS, n=1, cutoff=0.8))


def workload():
    total = 0.0
    for i in range(30):
        a = NEW[i % 5:] + OLD[: i % 7]
        total += difflib.SequenceMatcher(None, OLD, a).ratio()
        total += len(list(difflib.unified_diff(OLD, a, n=i % 3)))
    return round(total, 6)


def main():
    line_report()
    char_report()
    diffs()
    suggestions()
    print("workload:", workload())


if __name__ == "__main__":
    main()
