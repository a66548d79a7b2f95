"""A command-line report tool as scripts write it: argparse over a fixed argv,
string.Template for the header, textwrap for paragraphs, heapq/bisect for
ranking and histogram buckets, statistics for the summary.
"""
import argparse
import bisect
import heapq
import statistics
import textwrap
from string import Template
from collections import Counter, defaultdict

HEADER = Template("$title\n${rule}\nGenerated for $$user=${user} (top $top)")

TEXT = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen
liquor jugs. How vexingly quick daft zebras jump! The five boxing wizards jump
quickly. Sphinx of black quartz, judge my vow. Jackdaws love my big sphinx of
quartz. The jay, pig, fox, zebra and my wolves quack! Blowzy red vixens fight
for a quick jump."""

SCORES = [("ann", 71), ("bob", 88), ("cyd", 64), ("dee", 93), ("eve", 88), ("fay", 55),
          ("gus", 79), ("hal", 91), ("ivy", 67), ("jon", 84), ("kim", 73), ("lee", 99)]


def build_parser():
    parser = argparse.ArgumentParser(prog="report", description="Summarise scores and text.")
    parser.add_argument("title", help="report title")
    parser.add_argument("--top", type=int, default=3, help="how many leaders")
    parser.add_argument("-w", "--width", type=int, default=40)
    parser.add_argument("--user", default="nobody")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    parser.add_argument("--bucket", dest="buckets", action="append", type=int)
    parser.add_argument("--mode", choices=["plain", "fancy"], default="plain")
    parser.add_argument("--no-text", dest="text", action="store_false")
    return parser


def grade_histogram(scores, edges):
    names = ["F"] + [f">={e}" for e in edges]
    counts = Counter()
    for _, s in scores:
        counts[names[bisect.bisect_right(edges, s)]] += 1
    return [(n, counts[n]) for n in names]


def word_stats(text):
    words = [w.strip(".,!").lower() for w in text.split()]
    by_len = defaultdict(list)
    for w in words:
        by_len[len(w)].append(w)
    letters = Counter(c for c in text.lower() if c.isalpha())
    return words, by_len, letters


def run(argv):
    args = build_parser().parse_args(argv)
    rule = ("=" if args.mode == "fancy" else "-") * len(args.title)
    print(HEADER.substitute(title=args.title, rule=rule, user=args.user, top=args.top))
    leaders = heapq.nlargest(args.top, SCORES, key=lambda p: (p[1], p[0]))
    for rank, (name, score) in enumerate(leaders, 1):
        print(f"{rank:>2}. {name:<5}{score:>4}")
    lows = heapq.nsmallest(2, SCORES, key=lambda p: p[1])
    print("lowest:", ", ".join(f"{n}={s}" for n, s in lows))
    values = [s for _, s in SCORES]
    print(f"mean={statistics.mean(values):.3f} median={statistics.median(values)} "
          f"stdev={statistics.stdev(values):.4f} mode={statistics.mode(values)}")
    edges = sorted(args.buckets or [60, 70, 80, 90])
    for label, n in grade_histogram(SCORES, edges):
        print(f"  {label:>4} {'#' * n}")
    if args.text:
        words, by_len, letters = word_stats(TEXT)
        print(textwrap.fill(" ".join(words[:30]), width=args.width, initial_indent="> ", subsequent_indent="  "))
        longest = max(by_len)
        print("longest words:", sorted(set(by_len[longest])))
        print("pangram:", len(letters) == 26, letters.most_common(3))
        if args.verbose > 1:
            print(textwrap.indent(textwrap.dedent("""\
                notes:
                  widths are in characters
                  buckets are lower bounds
                """), "| "))
        print(textwrap.shorten(TEXT, width=args.width + 10, placeholder=" [...]"))
    queue = []
    for i, (name, score) in enumerate(SCORES):
        heapq.heappush(queue, (-score, i, name))
    order = [heapq.heappop(queue)[2] for _ in range(5)]
    print("by score:", order)
    print("verbosity", args.verbose, "mode", args.mode)


def main():
    run(["Quarterly Scores", "--top", "4", "-w", "36", "--user", "kim", "-vv", "--mode", "fancy"])
    print()
    run(["Short", "--bucket", "75", "--bucket", "50", "--no-text"])
    try:
        Template("cost: $amount and $").substitute(amount=3)
    except ValueError as e:
        print("template error:", e)
    print(Template("$a/$b").safe_substitute(a=1))
    try:
        build_parser().parse_args(["T", "--top", "x"])
    except SystemExit as e:
        print("exit code", e.code)


if __name__ == "__main__":
    main()
