import argparse


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


def build():
    p = argparse.ArgumentParser(prog="wc.py", description="Count words, lines and characters in the given files, "
                                "with a few options to show how argparse lays out its help text.",
                                epilog="Exit status is 0 on success.")
    p.add_argument("files", nargs="+", help="input files")
    p.add_argument("-n", "--count", type=int, default=10, help="how many lines (default: %(default)s)")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--mode", choices=["words", "lines", "chars"], default="words")
    p.add_argument("-q", "--quiet", action="store_true")
    p.add_argument("--scale", type=float, default="1.5")
    p.add_argument("--tag", action="append", dest="tags", metavar="TAG")
    p.add_argument("--min", type=positive)
    p.add_argument("--limit", nargs="?", const=100, type=int)
    p.add_argument("--pair", nargs=2, metavar="X")
    return p


def main():
    p = build()
    print(p.format_usage(), end="")
    p.print_help()
    for argv in (["a.txt"],
                 ["a.txt", "b.txt", "-n", "5", "-vv", "--mode", "lines"],
                 ["--count=3", "x", "--tag", "t1", "--tag=t2", "-q", "--scale", "2"],
                 ["-n7", "f", "--limit"],
                 ["f", "--limit", "42", "--pair", "p", "q", "--verb"],
                 ["--", "-weird", "--mode"],
                 ["f", "-v", "--min", "3"]):
        args = p.parse_args(argv)
        print(args)
        print(args.files, args.count + 1, args.verbose, args.mode.upper(), args.quiet, args.scale * 2, args.tags)
    for argv in (["-n", "x", "f"], [], ["f", "--mode", "bytes"], ["f", "--bogus"], ["f", "-n"],
                 ["f", "--min", "-2"], ["f", "--pair", "1"], ["f", "--m", "words"]):
        try:
            p.parse_args(argv)
        except SystemExit as e:
            print("exit", e.code, argv)
    ns, extra = p.parse_known_args(["f", "--other", "g"])
    print(ns.files, extra)
    try:
        p.parse_args(["-h"])
    except SystemExit as e:
        print("help exit", e.code)


if __name__ == "__main__":
    main()
