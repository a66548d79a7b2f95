"""pyperformance's bm_regex_compile: compiles the regular expressions the other regex benchmarks
use (effbot's, v8's and the benchmarks game's) from scratch, re.purge() emptying the module's
cache before each round, then checks each compiled pattern on a probe string. pyperf's runner is
replaced by a main() running the rounds a fixed number of times and printing a summary."""

import re

EFFBOT_PATTERNS = [
    ('Python|Perl', 'Perl'),
    ('Python|Perl', 'Python'),
    ('(Python|Perl)', 'Perl'),
    ('(?:Python|Perl)', 'Python'),
    ('Python', 'Python'),
    ('.*Python', 'Python'),
    ('.*Python.*', 'Python'),
    ('.*(Python)', 'Python'),
    ('Python|Perl|Tcl', 'Perl'),
    ('(Python|Perl|Tcl)', 'Tcl'),
    ('(Python)\\1', 'PythonPython'),
    ('([0a-z][a-z0-9]*,)+', 'a5,b7,c9,'),
    ('(?:[0a-z][a-z0-9]*,)+', 'a5,b7,c9,'),
    ('([a-z][a-z0-9]*,)+', 'a5,b7,c9,'),
    ('(?:[a-z][a-z0-9]*,)+', 'a5,b7,c9,'),
    ('.*P.*y.*t.*h.*o.*n.*', '-' * 20 + 'Python'),
]

V8_PATTERNS = [
    (r'^ba', 'banana'),
    (r'(((\w+):\/\/)([^\/:]*)(:(\d+))?)?([^#?]*)(\?([^#]*))?(#(.*))?', 'http://example.com:8080/a/b?x=1#top'),
    (r'^\s*|\s*$', '  padded  '),
    (r'\bQBZPbageby_cynprubyqre\b', 'x QBZPbageby_cynprubyqre y'),
    (r'^[\s\xa0]+|[\s\xa0]+$', '\xa0 text \xa0'),
    (r'(\d*)(\D*)', '123abc'),
    (r'(?:^|\s+)ba(?:\s+|$)', 'ab ba cd'),
    (r'%([0-9a-fA-F]{2})', 'a%20b%2Fc'),
    (r'(?:^|;)\s*VAC=([^;]*)', 'x=1; VAC=17.2'),
    (r'^(\w+)\s*:\s*(.*)$', 'Content-Type : text/html'),
    (r'Fnsnev\/(\d+)\.?(\d+)?', 'fnsnev/528.9'),
    (r'\r\n|\r|\n', 'a\r\nb\nc'),
]

EXTRA_PATTERNS = [
    (r'(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)', 'on 2024-02-29.'),
    (r'(?P<word>\w+)\s+(?P=word)', 'the the cat'),
    (r'(?<=\$)\d+(?:\.\d\d)?', 'cost: $42.50'),
    (r'(?<!\d)\d{3}(?!\d)', 'a1234 b567 c'),
    (r'(?i)hello\s+WORLD', 'HeLLo   world'),
    (r'\A[A-Z][a-z]+\Z', 'Python'),
    (r'a{2,3}?', 'aaaa'),
    (r'(?s)<b>(.*?)</b>', 'x<b>one\ntwo</b>y<b>3</b>'),
    (r'(?m)^#\s*(\w+)', 'x\n# first\n#second'),
    (r'(?x) (\d+) \s* ([a-z]+)  # number then word', '12   abc'),
    (r'[^aeiou\s]+', 'quick brown'),
    (r'(a)?(?(1)b|c)', 'ab c'),
    (r'(?>a+)b', 'aaab'),
    (r'\d++x', '123x'),
    (r'[\u00c0-\u017f]+', 'caf\u00e9 na\u00efve'),
]

DNA_VARIANTS = [
    'agggtaaa|tttaccct',
    '[cgt]gggtaaa|tttaccc[acg]',
    'a[act]ggtaaa|tttacc[agt]t',
    'ag[act]gtaaa|tttac[agt]ct',
    'agg[act]taaa|ttta[agt]cct',
    'aggg[acg]aaa|ttt[cgt]ccct',
    'agggt[cgt]aa|tt[acg]accct',
    'agggta[cgt]a|t[acg]taccct',
    'agggtaa[cgt]|[acg]ttaccct',
]


def compile_all(flags_list):
    compiled = []
    for pattern, probe in EFFBOT_PATTERNS + V8_PATTERNS + EXTRA_PATTERNS:
        for flags in flags_list:
            compiled.append((re.compile(pattern, flags), probe))
    for v in DNA_VARIANTS:
        compiled.append((re.compile(v), 'xxagggtaaayy tttaccctzz ' * 2))
    return compiled


def probe_all(compiled):
    results = []
    for regex, probe in compiled:
        m = regex.search(probe)
        results.append((regex.pattern[:24], int(regex.flags & ~re.UNICODE), regex.groups,
                        m.span() if m else None, m.groups() if m else None, len(regex.findall(probe))))
    return results


def bench_regex_compile(loops):
    compiled = []
    for _ in range(loops):
        re.purge()
        compiled = compile_all([0, re.IGNORECASE])
    return compiled


def main():
    compiled = bench_regex_compile(5)
    results = probe_all(compiled)
    print(len(compiled), sum(r[2] for r in results), sum(1 for r in results if r[3] is not None))
    for r in results[::2]:
        print(r)
    named = re.compile(r'(?P<key>\w+)=(?P<value>[^;]*)')
    print(named.groupindex == {'key': 1, 'value': 2}, [m.groupdict() for m in named.finditer('a=1;b=two')])
    for bad in ['(unclosed', '[z-a]', 'a{3,2}', '*start', '(?P<1>x)', '\\k']:
        try:
            re.compile(bad)
        except re.error as e:
            print('re.error:', e)


if __name__ == "__main__":
    main()
