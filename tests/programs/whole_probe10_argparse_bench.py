"""
Benchmark argparse programs with:
1) multiple subparsers, each with their own subcommands, and then parse a series of command-line arguments.
2) a large number of optional arguments, and then parse a series of command-line arguments.

Author: Savannah Ostrowski

(pyperformance's bm_argparse, with pyperf's runner replaced by a main()
that runs both benchmarks a fixed number of times and prints what the
parsers returned.)
"""

import argparse


def generate_arguments(i: int) -> list:
    arguments = ["input.txt", "output.txt"]
    for i in range(i):
        arguments.extend([f"--option{i}", f"value{i}"])
    return arguments


def bm_many_optionals() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="A parser with many optional arguments.")

    parser.add_argument("input_file", type=str, help="The input file")
    parser.add_argument("output_file", type=str, help="The output file")

    for i in range(1000):
        parser.add_argument(f"--option{i}", type=str, help=f"Optional argument {i}")

    argument_lists = [
        ["input.txt", "output.txt"],
        generate_arguments(500),
        generate_arguments(1000),
    ]

    results = []
    for args in argument_lists:
        results.append(parser.parse_args(args))
    return results


def bm_subparsers() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()

    parser.add_argument("--verbose", action="store_true", help="Enable verbose output")
    parser.add_argument("--quiet", action="store_true", help="Suppress output")

    subparsers = parser.add_subparsers(dest="command")

    for i in range(1, 11):
        subparser = subparsers.add_parser(f"subcommand{i}", help=f"Subcommand {i}")
        subparser.add_argument("--config", type=str, help="Path to config file")
        subparser.add_argument("--output", type=str, help="Output file")
        subparser.add_argument("--level", type=int, default=0, help="Level")
        subparser.add_argument("--flag", action="store_true", help="A flag")

        nested_subparsers = subparser.add_subparsers(dest=f"subcommand{i}_subcommand")
        for j in range(1, 6):
            nested_subparser = nested_subparsers.add_parser(f"nested{j}", help=f"Nested subcommand {j}")
            nested_subparser.add_argument("--nested-option", type=int, help="Nested option")
            nested_subparser.add_argument("--nested-flag", action="store_true", help="Nested flag")
            nested_subparser.add_argument("items", nargs="*", help="Items")

    argument_lists = [
        ["--verbose", "subcommand1", "--config", "config1.yaml", "nested1", "--nested-option", "10"],
        ["--quiet", "subcommand2", "--output", "output.txt", "nested2", "--nested-flag"],
        ["subcommand3", "--config", "config3.yaml", "--output", "output3.txt", "nested3", "--nested-option", "5", "--nested-flag"],
        ["subcommand4", "--level", "7", "--flag", "nested4", "a", "b", "c"],
        ["--verbose", "--quiet", "subcommand10", "nested5", "--nested-option=42", "x"],
        ["subcommand5"],
        [],
    ]

    results = []
    for arguments in argument_lists:
        results.append(parser.parse_args(arguments))
    return results


BENCHMARKS = {
    "many_optionals": bm_many_optionals,
    "subparsers": bm_subparsers,
}


def add_parser_args(parser):
    parser.add_argument("benchmark", choices=BENCHMARKS, help="Which benchmark to run.")


def show(ns):
    d = vars(ns)
    keys = sorted(d)
    set_keys = [k for k in keys if d[k] is not None and d[k] is not False]
    return "%d names, set: %s" % (len(keys), ", ".join("%s=%r" % (k, d[k]) for k in set_keys[:8]))


def main():
    runner_parser = argparse.ArgumentParser(prog="bm_argparse")
    add_parser_args(runner_parser)
    for name in ("many_optionals", "subparsers"):
        args = runner_parser.parse_args([name])
        benchmark = args.benchmark
        results = None
        for _ in range(3):
            results = BENCHMARKS[args.benchmark]()
        print(benchmark, len(results), "parses")
        for ns in results:
            print("  " + show(ns))
    many = bm_many_optionals()[2]
    print(many.input_file, many.output_file, many.option0, many.option999, getattr(many, "option500"))
    sub = bm_subparsers()[0]
    print(sub.command, sub.subcommand1_subcommand, sub.nested_option, sub.verbose, sub.quiet)


if __name__ == "__main__":
    main()
