# A command-line text tool in the usual shape: an argparse parser with
# subcommands, a handler per command picked from a dict, and main() run on
# fixed argument lists instead of sys.argv.
import argparse
from collections import Counter

TEXT = """\
The quick brown fox jumps over the lazy dog. The dog sleeps.
A fox is quick; a dog is lazy. Quick thinking wins the day!
Over and over, the fox returns to the same spot by the river.
"""


def build_parser():
    parser = argparse.ArgumentParser(prog="textool", description="Small text utilities.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="print more details")
    parser.add_argument("--ignore-case", "-i", action="store_true", help="fold case before comparing")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    top = commands.add_parser("top", help="most common words")
    top.add_argument("-n", "--count", type=int, default=3, help="how many words (default: %(default)s)")
    top.add_argument("--min-length", type=int, default=1)
    top.add_argument("--exclude", action="append", default=[], metavar="WORD")

    grep = commands.add_parser("grep", help="lines containing a word")
    grep.add_argument("pattern")
    grep.add_argument("--number", "-n", action="store_true", help="prefix line numbers")
    grep.add_argument("--max", type=int, default=None)

    stats = commands.add_parser("stats", help="counts")
    stats.add_argument("fields", nargs="*", choices=["lines", "words", "chars", "sentences"],
                       default=["lines", "words"])
    stats.add_argument("--format", choices=["plain", "kv"], default="plain")
    return parser


def words_of(text, fold):
    cleaned = "".join(c if c.isalpha() or c.isspace() else " " for c in text)
    return [w.lower() if fold else w for w in cleaned.split()]


def cmd_top(args, text):
    words = [w for w in words_of(text, args.ignore_case) if len(w) >= args.min_length and w not in args.exclude]
    counts = Counter(words)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:args.count]
    for rank, (word, n) in enumerate(ranked, start=1):
        print("{rank:>2}. {word:<8} {n}".format_map({"rank": rank, "word": word, "n": n}))
    if args.verbose:
        print("  (%d distinct of %d words)" % (len(counts), len(words)))
    return 0


def cmd_grep(args, text):
    pattern = args.pattern.lower() if args.ignore_case else args.pattern
    found = 0
    for number, line in enumerate(text.splitlines(), start=1):
        hay = line.lower() if args.ignore_case else line
        if pattern in hay:
            found += 1
            print("%d:%s" % (number, line) if args.number else line)
            if args.max is not None and found >= args.max:
                break
    if args.verbose > 1:
        print("  matches:", found)
    return 0 if found else 1


def cmd_stats(args, text):
    values = {
        "lines": len(text.splitlines()),
        "words": len(text.split()),
        "chars": len(text),
        "sentences": sum(text.count(p) for p in ".!?"),
    }
    for field in args.fields:
        if args.format == "kv":
            print("%s=%d" % (field, values[field]))
        else:
            print(field.ljust(10), values[field])
    return 0


HANDLERS = {"top": cmd_top, "grep": cmd_grep, "stats": cmd_stats}


def run(argv):
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        print("[exit %s]" % e.code)
        return e.code
    status = HANDLERS[args.command](args, TEXT)
    print("[%s -> %d]" % (" ".join(argv), status))
    return status


def main():
    build_parser().print_help()
    runs = [
        ["top"],
        ["-i", "top", "-n", "5", "--exclude", "the", "--exclude", "a"],
        ["-v", "top", "--min-length=4", "--count", "2"],
        ["grep", "fox", "-n"],
        ["-ivv", "grep", "QUICK", "--max", "1"],
        ["grep", "cat"],
        ["stats"],
        ["stats", "chars", "sentences", "--format", "kv"],
        ["stats", "pages"],
        ["top", "-n", "many"],
        [],
    ]
    statuses = [run(argv) for argv in runs]
    print("statuses:", statuses, "worst:", max(statuses))


if __name__ == "__main__":
    main()
