import argparse
import sys


def run(parser, argv):
    try:
        args = parser.parse_args(argv)
        print(argv, "->", args)
        return args
    except SystemExit as e:
        print(argv, "-> exit", e.code)
        return None


def main():
    git = argparse.ArgumentParser(prog="minigit", description="A tiny version control tool.")
    git.add_argument("--version", action="version", version="%(prog)s 1.2")
    git.add_argument("-C", dest="directory", default=".", help="run as if started in DIR", metavar="DIR")
    sub = git.add_subparsers(dest="command", help="sub-command help")
    commit = sub.add_parser("commit", help="record changes")
    commit.add_argument("-m", "--message", required=True)
    commit.add_argument("--amend", action="store_true")
    commit.add_argument("paths", nargs="*", default=["."])
    log = sub.add_parser("log", help="show history")
    log.add_argument("-n", type=int, default=5)
    log.add_argument("--oneline", action="store_const", const="short", default="full", dest="format")
    git.print_help()
    commit.print_help()
    run(git, ["commit", "-m", "first"])
    run(git, ["-C", "/tmp", "commit", "--amend", "-m", "fix", "a.py", "b.py"])
    run(git, ["log", "-n", "3", "--oneline"])
    run(git, ["log"])
    run(git, [])
    run(git, ["push"])
    run(git, ["commit"])
    run(git, ["--version"])

    calc = argparse.ArgumentParser(prog="calc")
    calc.add_argument("numbers", nargs="*", type=float, metavar="N")
    group = calc.add_mutually_exclusive_group()
    group.add_argument("--sum", action="store_const", const="sum", dest="op")
    group.add_argument("--max", action="store_const", const="max", dest="op")
    calc.add_argument("--round", nargs="?", const=0, default=None, type=int)
    calc.add_argument("--include", action="extend", nargs="+", type=int, default=[])
    calc.add_argument("--flag", action="append_const", const="f", dest="flags")
    calc.set_defaults(op="sum", verbose=False)
    calc.print_usage()
    for argv in (["1", "2.5", "-3"], ["--max", "4", "9"], ["--sum", "--max"], ["--round", "2", "1.234", "--include", "1", "2", "--include", "3"],
                 ["--flag", "--flag", "--round", "7"], ["x"]):
        args = run(calc, argv)
        if args is not None:
            values = args.numbers + [float(v) for v in args.include]
            result = sum(values) if args.op == "sum" else max(values, default=0.0)
            if args.round is not None:
                result = round(result, args.round)
            print("  result", result, "flags", args.flags, "verbose", args.verbose)
    print(calc.get_default("op"), calc.get_default("round"))

    tool = argparse.ArgumentParser(prog="convert-images-in-a-directory-with-a-long-name", add_help=False,
                                   usage=None, epilog="See the manual for more.")
    inputs = tool.add_argument_group("input options", "Where the images come from.")
    inputs.add_argument("source", help="source directory")
    inputs.add_argument("--recursive", "-r", action="store_true", help="descend into subdirectories of the source directory as well, following symbolic links")
    outputs = tool.add_argument_group("output options")
    outputs.add_argument("--format", choices=["png", "jpg", "webp"], default="png", help="output format (one of %(choices)s; default %(default)s)")
    outputs.add_argument("--quality", type=int, default=90, help="")
    outputs.add_argument("--output-directory", "-o", default="out")
    tool.print_help()
    args = run(tool, ["imgs", "-r", "--format", "jpg", "-o", "dst"])
    print(args.source, args.recursive, args.format, args.quality, args.output_directory)
    ns, rest = tool.parse_known_args(["a", "--unknown", "b", "--quality", "50"])
    print(ns, rest)
    print("error" if "--nope" in sys.argv else "done")


if __name__ == "__main__":
    main()
