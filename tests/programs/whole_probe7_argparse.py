"""
Benchmark argparse programs with:
1) multiple subparsers, each with their own subcommands, and then parse a series of command-line arguments.
2) a large number of optional arguments, and then parse a series of command-line arguments.

Author: Savannah Ostrowski (pyperformance's bm_argparse), with pyperf's runner replaced by a
main() that runs each workload a fixed number of times and prints what the parsers returned.
"""

import argparse


def generate_arguments(i: int) -> list:
    arguments = ["input.txt", "output.txt"]
    for i in range(i):
        arguments.extend([f"--option{i}", f"value{i}"])
    return arguments


def bm_many_optionals() -> list:
    parser = argparse.ArgumentParser(description="A parser with many optional arguments.")

    parser.add_argument("input_file", type=str, help="The input file")
    parser.add_argument("output_file", type=str, help="The output file")

    for i in range(200):
        parser.add_argument(f"--option{i}", type=str, help=f"Optional argument {i}")

    argument_lists = [
        generate_arguments(50),
        generate_arguments(100),
        generate_arguments(200),
    ]

    results = []
    for args in argument_lists:
        ns = parser.parse_args(args)
        set_options = sum(1 for i in range(200) if getattr(ns, f"option{i}") is not None)
        results.append((ns.input_file, ns.output_file, set_options, getattr(ns, "option49")))
    return results


def bm_subparsers() -> list:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", "-v", action="count", default=0)

    subparsers = parser.add_subparsers(dest="command")

    for i in range(50):
        subparser = subparsers.add_parser(f"command{i}", help=f"Help for command {i}")
        subparser.add_argument("--flag", action="store_true", help=f"Flag for command {i}")
        subparser.add_argument("--option", type=int, default=i, help=f"Option for command {i}")
        subparser.add_argument("items", nargs="*", help="Items to process")

    argument_lists = [
        ["--verbose", "command1", "--flag", "--option", "42"],
        ["command5", "--option", "7", "a", "b", "c"],
        ["-vv", "command10", "x"],
        ["command25", "--flag"],
        ["-v", "command49", "--option", "-3", "p", "q"],
    ]

    results = []
    for args in argument_lists:
        ns = parser.parse_args(args)
        results.append((ns.command, ns.verbose, ns.flag, ns.option, ns.items))
    return results


def bm_mixed_actions() -> list:
    parser = argparse.ArgumentParser(prog="tool", description="Mixed actions.")
    parser.add_argument("--name", default="world")
    parser.add_argument("--count", "-c", type=int, default=1)
    parser.add_argument("--ratio", type=float, default=0.5)
    parser.add_argument("--tag", action="append", default=[])
    parser.add_argument("--mode", choices=["fast", "slow", "auto"], default="auto")
    parser.add_argument("--quiet", "-q", action="store_true")
    parser.add_argument("--no-color", dest="color", action="store_false")
    parser.add_argument("--level", action="store_const", const=3, default=0)
    parser.add_argument("files", nargs="+")

    argument_lists = [
        ["a.txt"],
        ["--name", "bob", "-c", "3", "a.txt", "b.txt"],
        ["--tag", "x", "--tag", "y", "--mode", "fast", "--ratio", "0.25", "f"],
        ["-q", "--no-color", "--level", "one", "two", "three"],
        ["--count=7", "--name=eve", "z"],
    ]
    results = []
    for args in argument_lists:
        ns = parser.parse_args(args)
        results.append((ns.name, ns.count, ns.ratio, ns.tag, ns.mode, ns.quiet, ns.color, ns.level, ns.files))
    return results


def main():
    loops = 3
    many = subs = mixed = None
    for _ in range(loops):
        many = bm_many_optionals()
        subs = bm_subparsers()
        mixed = bm_mixed_actions()
    for r in many:
        print("many_optionals:", r)
    for r in subs:
        print("subparsers:", r)
    for r in mixed:
        print("mixed:", r)


if __name__ == "__main__":
    main()
