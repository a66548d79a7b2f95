# pyperformance's regex_effbot (Fredrik Lundh's benchmark of the sre engine):
# a fixed set of patterns searched in short and long strings, each many
# times; prints how many searches matched and a checksum of their spans.
import re


def gen_regex_table():
    return [
        "Python|Perl",
        "Python|Perl",
        "(Python|Perl)",
        "(?:Python|Perl)",
        "Python",
        "Python",
        ".*Python",
        ".*Python.*",
        ".*(Python)",
        ".*(?:Python)",
        "Python|Perl|Tcl",
        "Python|Perl|Tcl",
        "(Python|Perl|Tcl)",
        "(?:Python|Perl|Tcl)",
        "(Python)\\1",
        "(Python)\\1",
        "([0a-z][a-z0-9]*,)+",
        "(?:[0a-z][a-z0-9]*,)+",
        "([a-z][a-z0-9]*,)+",
        "(?:[a-z][a-z0-9]*,)+",
        ".*P.*y.*t.*h.*o.*n.*",
    ]


def gen_string_table(n):
    # The strings each pattern is searched in, with n characters of padding.
    strings = []

    def append(s):
        strings.append(s)

    append("-" * n + "Perl" + "-" * n)
    append("P" * n + "Perl" + "P" * n)
    append("-" * n + "Perl" + "-" * n)
    append("-" * n + "Perl" + "-" * n)
    append("-" * n + "Python" + "-" * n)
    append("P" * n + "Python" + "P" * n)
    append("-" * n + "Python" + "-" * n)
    append("-" * n + "Python" + "-" * n)
    append("-" * n + "Python" + "-" * n)
    append("-" * n + "Python" + "-" * n)
    append("-" * n + "Perl" + "-" * n)
    append("P" * n + "Perl" + "P" * n)
    append("-" * n + "Perl" + "-" * n)
    append("-" * n + "Perl" + "-" * n)
    append("-" * n + "PythonPython" + "-" * n)
    append("P" * n + "PythonPython" + "P" * n)
    append("-" * n + "a5,b7,c9," + "-" * n)
    append("-" * n + "a5,b7,c9," + "-" * n)
    append("-" * n + "a5,b7,c9," + "-" * n)
    append("-" * n + "a5,b7,c9," + "-" * n)
    append("-" * n + "Python" + "-" * n)
    return strings


def run_tests(regexs, strings, rounds):
    matched = 0
    checksum = 0
    for _ in range(rounds):
        for i in range(len(regexs)):
            m = regexs[i].search(strings[i])
            if m is not None:
                matched += 1
                a, b = m.span()
                checksum = (checksum * 31 + a * 7 + b) % 1000000007
    return matched, checksum


def main():
    patterns = gen_regex_table()
    regexs = [re.compile(p) for p in patterns]
    total = 0
    for n in [0, 10, 100, 1000, 5000]:
        strings = gen_string_table(n)
        rounds = 20000 if n <= 100 else (400 if n == 1000 else 40)
        matched, checksum = run_tests(regexs, strings, rounds)
        total += matched
        print(n, matched, checksum)
    # findall and sub over the long strings
    strings = gen_string_table(2000)
    for i in range(len(regexs)):
        found = regexs[i].findall(strings[i])
        replaced = regexs[i].sub("<>", strings[i])
        print(patterns[i], len(found), len(replaced))
    print("total", total)


if __name__ == "__main__":
    main()
