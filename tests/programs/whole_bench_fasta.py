# Fasta in the style of the Benchmarks Game program, with a linear congruential generator.
import bisect

alu = (
    'GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG'
    'GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA'
    'CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT')

iub = list(zip('acgtBDHKMNRSVWY', [0.27, 0.12, 0.12, 0.27] + [0.02] * 11))

homosapiens = [
    ('a', 0.3029549426680),
    ('c', 0.1979883004921),
    ('g', 0.1975473066391),
    ('t', 0.3015094502008),
]

IM = 139968
IA = 3877
IC = 29573
last = 42


def gen_random(lim):
    global last
    last = (last * IA + IC) % IM
    return lim * last / IM


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
    for j in range(n // width):
        i = j * width % r
        print(s[i:i + width])
    if n % width:
        print(s[-(n % width):])


def random_fasta(table, n):
    width = 60
    probs, chars = make_cumulative(table)
    lines = []
    for j in range(n // width):
        lines.append(''.join([chars[bisect.bisect(probs, gen_random(1.0))] for i in range(width)]))
    if n % width:
        lines.append(''.join([chars[bisect.bisect(probs, gen_random(1.0))] for i in range(n % width)]))
    print('\n'.join(lines))


def main():
    n = 500
    print('>ONE Homo sapiens alu')
    repeat_fasta(alu, n * 2)
    print('>TWO IUB ambiguity codes')
    random_fasta(iub, n * 3)
    print('>THREE Homo sapiens frequency')
    random_fasta(homosapiens, n * 5)


if __name__ == "__main__":
    main()
