"""Regular expressions in the style of pyperformance's regex_dna, regex_effbot and
regex_v8: DNA variant counting and IUB substitution over a generated FASTA
sequence, effbot's table of patterns searched in strings, and v8-style
substitutions with functions, named groups, lookarounds, flags and splits."""
import re

# ---------------------------------------------------------------- regex_dna

ALU = ('GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG'
       'GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA'
       'CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT')

IUB = list(zip('acgtBDHKMNRSVWY', [0.27, 0.12, 0.12, 0.27] + [0.02] * 11))

SEED = [42]


def gen_random(lim, ia=3877, ic=29573, im=139968):
    SEED[0] = (SEED[0] * ia + ic) % im
    return lim * SEED[0] / im


def make_cumulative(table):
    probs = []
    chars = []
    prob = 0.0
    for char, p in table:
        prob += p
        probs.append(prob)
        chars.append(char)
    return probs, chars


def repeat_fasta(src, n):
    width = 60
    r = len(src)
    s = src + src + src[:n % r]
    out = []
    for j in range(n // width):
        i = j * width % r
        out.append(s[i:i + width])
    if n % width:
        out.append(s[-(n % width):])
    return out


def random_fasta(table, n):
    width = 60
    probs, chars = make_cumulative(table)
    out = []
    for j in range(n // width):
        line = []
        for _ in range(width):
            r = gen_random(1.0)
            for p, c in zip(probs, chars):
                if r < p:
                    line.append(c)
                    break
        out.append(''.join(line))
    return out


def make_fasta():
    lines = ['>ONE Homo sapiens alu']
    lines += repeat_fasta(ALU, 6000)
    lines.append('>TWO IUB ambiguity codes')
    lines += random_fasta(IUB, 6000)
    return '\n'.join(lines) + '\n'


def run_regex_dna(seq):
    ilen = len(seq)
    seq = re.sub('>.*\n|\n', '', seq)
    clen = len(seq)
    variants = (
        'agggtaaa|tttaccct',
        '[cgt]gggtaaa|tttaccc[acg]',
        'a[act]ggtaaa|tttacc[agt]t',
        'ag[act]gtaaa|tttac[agt]ct',
        'agg[act]taaa|ttta[agt]cct',
        'aggg[acg]aaa|ttt[cgt]ccct',
        'agggt[cgt]aa|tt[acg]accct',
        'agggta[cgt]a|t[acg]taccct',
        'agggtaa[cgt]|[acg]ttaccct')
    for f in variants:
        print(f, len(re.findall(f, seq, re.IGNORECASE)))
    subst = {
        'tHa[Nt]': '<4>', 'aND|caN|Ha[DS]|WaS': '<3>', 'a[NSt]|BY': '<2>',
        '<[^>]*>': '|', '\\|[^|][^|]*\\|': '-'}
    for f, r in list(subst.items()):
        seq = re.sub(f, r, seq)
    print()
    print(ilen)
    print(clen)
    print(len(seq))


# ---------------------------------------------------------------- regex_effbot

EFFBOT_TESTS = [
    ('Python|Perl', 'Perl'),
    ('Python|Perl', 'Python'),
    ('(Python|Perl)', 'Perl'),
    ('(?:Python|Perl)', 'Perl'),
    ('\\d+', '12345'),
    ('\\w+', 'hello_world'),
    ('(\\w+)\\s+(\\w+)', 'hello world'),
    ('[a-z]+@[a-z]+\\.com', 'contact: bob@example.com now'),
    ('^.*?(\\d+)$', 'the number is 42'),
    ('(a+|b+)*c', 'aabbaac'),
    ('(?i)python', 'PYTHON rocks'),
    ('(?P<year>\\d{4})-(?P<month>\\d\\d)', 'on 2024-03-17'),
    ('(x)?y', 'y'),
    ('\\bfoo\\b', 'a foo bar'),
    ('colou?r', 'my favourite colour'),
    ('[^aeiou\\s]{3,}', 'strengths and rhythms'),
    ('(\\d+)(?=px)', 'width: 100px'),
    ('(?<!\\$)\\b\\d+\\b', 'cost $30 or 45 units'),
    ('(.)\\1', 'bookkeeper'),
    ('a{2,3}?', 'aaaa'),
]


def run_effbot(n):
    compiled = [(re.compile(p), s) for p, s in EFFBOT_TESTS]
    hits = 0
    for _ in range(n):
        for regex, string in compiled:
            if regex.search(string):
                hits += 1
    for regex, string in compiled:
        m = regex.search(string)
        print(repr(regex.pattern), '->', m.group(0) if m else None, m.groups() if m else ())
    return hits


# ---------------------------------------------------------------- regex_v8

def run_v8():
    text = ("Mozilla/5.0 (Windows; U; Windows NT 5.1; en-US) AppleWebKit/525.19 "
            "(KHTML, like Gecko) Chrome/1.0.154.53 Safari/525.19; "
            "id=main-content; class='nav item active'; ref=http://www.example.com/path?q=1&r=two#frag")
    print(re.findall(r'(\w+)/(\d+(?:\.\d+)*)', text))
    m = re.search(r'Chrome/((\d+)\.(\d+))', text)
    print(m.group(1), m.span(1), m.lastindex)
    print(re.sub(r'\s+', ' ', '  lots   of\t\twhite\n space  ').strip())
    print(re.sub(r'([a-z])([A-Z])', lambda m: m.group(1) + '_' + m.group(2).lower(), 'camelCaseNamesAreFun'))
    print(re.sub(r'\b(\w)(\w*)\b', lambda m: m.group(1).upper() + m.group(2), 'the quick brown fox'))
    classes = re.search(r"class='([^']*)'", text).group(1).split()
    print(classes, re.split(r'[;&?#]', text[-40:]))
    url = re.compile(r'''
        (?P<scheme>https?)://      # scheme
        (?P<host>[^/:]+)           # host
        (?P<path>/[^?#]*)?         # path
        (?:\?(?P<query>[^#]*))?    # query
        (?:\#(?P<frag>.*))?        # fragment
        ''', re.VERBOSE)
    um = url.search(text)
    print(um.groupdict())
    print(dict(kv.split('=') for kv in um.group('query').split('&')))
    lines = 'alpha 1\nbeta 22\ngamma 333\n# comment\ndelta 4'
    print(re.findall(r'^(\w+) (\d+)$', lines, re.MULTILINE))
    print([m.start() for m in re.finditer(r'a', 'banana bandana')])
    print(re.split(r'(\d)', 'a1b2c3d'), re.split(r',\s*', 'x, y,z,  w', maxsplit=2))
    print(re.subn(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567890'))
    print(re.escape('a.b*c?'), re.fullmatch(r'[\w.]+@[\w.]+', 'me@host.org') is not None)
    tok = re.compile(r'\s*(?:(\d+\.\d*|\d+)|(\w+)|(.))')
    print([(n, w, o) for n, w, o in tok.findall('x1 = 3.5 * (y + 42)')])
    print(re.sub(r'(?P<w>\w+)@(?P<d>\w+)', r'\g<d> at \g<w>', 'mail joe@site and ann@corp'))
    pat = re.compile(r'(?s)<b>(.*?)</b>')
    print(pat.findall('<b>one</b> <b>two\nlines</b>'), pat.flags & re.DOTALL != 0)
    try:
        re.compile(r'(unclosed')
    except re.error as e:
        print('re.error:', e)


def main():
    run_regex_dna(make_fasta())
    print('effbot hits:', run_effbot(20))
    run_v8()


if __name__ == '__main__':
    main()
