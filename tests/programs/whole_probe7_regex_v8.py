# A slice of pyperformance's bm_regex_v8: the regular expressions V8's regexp benchmark took from
# the 100 most popular web pages (strings rot13-obfuscated as the original has them), run in
# blocks of search/sub/split/findall calls a fixed number of times each. The original's
# re.compile'd tables, the module-level strings built by concatenation and the blockN()
# functions are kept; pyperf's runner is a main() printing a checksum of the results.

import re


def re_sub(string, pattern, repl, count=0):
    return re.sub(pattern, repl, string, count)


def re_replace(string, pattern, repl):
    return pattern.sub(repl, string, 1)


regexs = [
    re.compile(r'^ba'),
    re.compile(r'(((\w+):\/\/)([^\/:]*)(:(\d+))?)?([^#?]*)(\?([^#]*))?(#(.*))?'),
    re.compile(r'^\s*|\s*$'),
    re.compile(r'\bQBZPbageby_cynprubyqre\b'),
    re.compile(r','),
    re.compile(r'\bQBZPbageby_cynprubyqre\b'),
    re.compile(r'^[\s\xa0]+|[\s\xa0]+$'),
    re.compile(r'(\d*)(\D*)'),
    re.compile(r'=$'),
    re.compile(r'(?:^|\s+)ba(?:\s+|$)'),
    re.compile(r'\s+'),
    re.compile(r'^\s+|\s+$'),
    re.compile(r'\\'),
    re.compile(r'\b(?:fryrpgrq|pybfrq|erfgvat)\b'),
    re.compile(r'#'),
    re.compile(r'%([0-9a-fA-F]{2})'),
    re.compile(r'[<>]'),
    re.compile(r'\r\n|\r|\n'),
    re.compile(r'(?:^|;)\s*VAC=([^;]*)'),
    re.compile(r'^(\w+)\s*:\s*(.*)$'),
    re.compile(r'[A-Z]'),
    re.compile(r'(?:(\d+)\.)?(\d+)\.(\d+)'),
    re.compile(r'Fnsnev\/(\d+)\.?(\d+)?', re.I),
    re.compile(r'\b(sna|gjvggre|snprobbx)\.pbz\b'),
]

strings = [
    'Zbmvyyn/5.0 (Jvaqbjf; H; Jvaqbjf AG 5.1; ra-HF) NccyrJroXvg/528.9 (XUGZY, yvxr Trpxb) Puebzr/2.0.157.0 Fnsnev/528.9',
    'uggc://jjj.snprobbx.pbz/ybtva/ybtva.cuc?ybtva_nggrzcg=1&arkg=uggc%3N%2S%2Sjjj.snprobbx.pbz%2Svaqrk.cuc#gbc',
    '  cnqqrq fgevat jvgu fcnprf  ',
    'QBZPbageby_cynprubyqre ercynprq ba gur cntr',
    'n,o,p,q,r,s,t,u',
    'VAC=17.2.0.1; __hgzm=144631658.1231363570.1.1.hgzpfe=(qverpg)|hgzppa=(qverpg); ybtva=1',
    'Pbagrag-Glcr: grkg/ugzy; punefrg=hgs-8',
    'ba fryrpgrq ba pybfrq erfgvat',
    '<qvi pynff="jvqtrg">uryyb</qvi>\r\nyvar gjb\nyvar guerr\rfbhe',
    'Zbmvyyn/5.0 (Znpvagbfu; H; Vagry Znp BF K 10_5_6; ra-hf) NccyrJroXvg/525.27.1 (XUGZY, yvxr Trpxb) Irefvba/3.2.1 Fnsnev/525.27.1',
]

for i in range(3):
    strings.append(strings[1] + str(i) + '&cntr=' + str(i * 7))


def block0():
    total = 0
    for i in range(300):
        if regexs[0].search(r'pyvpx'):
            total += 1
    for i in range(120):
        m = regexs[1].search(strings[1])
        total += len(m.group(4)) + len(m.group(7))
    for i in range(80):
        total += len(re_sub(strings[2], regexs[2], ''))
    for i in range(60):
        total += len(re_sub(strings[3], regexs[3], 'qrsnhyg'))
    return total


def block1():
    total = 0
    for i in range(150):
        total += len(regexs[4].split(strings[4]))
    for i in range(60):
        total += len(re_replace(strings[3], regexs[5], 'ercynprq'))
    for i in range(100):
        total += len(re_sub(strings[2], regexs[6], ''))
    for i in range(50):
        m = regexs[7].match('123nop')
        total += int(m.group(1)) + len(m.group(2))
    return total


def block2():
    total = 0
    for i in range(100):
        if regexs[8].search('uggc://jjj.tbbtyr.pbz/?d=') is None:
            total += 1
        if regexs[9].search(' ba fryrpgrq ') is not None:
            total += 2
    for i in range(80):
        total += len(re_sub(strings[7], regexs[10], ' '))
        total += len(re_sub(strings[2], regexs[11], ''))
    for i in range(40):
        total += len(re_sub('p:\\qverpgbel\\svyr', regexs[12], '/'))
    return total


def block3():
    total = 0
    for i in range(120):
        total += len(regexs[13].findall(strings[7]))
    for i in range(70):
        total += len(regexs[14].split(strings[1]))
        decoded = regexs[15].sub(lambda m: chr(int(m.group(1), 16)), strings[1])
        total += len(decoded)
    for i in range(50):
        total += len(re_sub(strings[8], regexs[16], lambda m: '&lt;' if m.group(0) == '<' else '&gt;'))
        total += len(regexs[17].split(strings[8]))
    return total


def block4():
    total = 0
    for i in range(100):
        m = regexs[18].search(strings[5])
        if m:
            total += len(m.group(1))
        m = regexs[19].match(strings[6])
        if m:
            total += len(m.group(1)) * 10 + len(m.group(2))
    for i in range(60):
        total += len(regexs[20].findall(strings[0]))
        total += len(re_sub(strings[0], regexs[20], lambda m: '_' + m.group(0).lower()))
    return total


def block5():
    total = 0
    for s in strings:
        for i in range(20):
            for m in regexs[21].finditer(s):
                total += int(m.group(2)) + int(m.group(3))
                if m.group(1) is not None:
                    total += int(m.group(1))
            m = regexs[22].search(s)
            if m:
                total += int(m.group(1))
            total += len(regexs[23].findall(s))
    return total


def samples():
    out = []
    out.append(regexs[1].search(strings[1]).groups())
    out.append(re_sub(strings[2], regexs[2], '|'))
    out.append(regexs[15].sub(lambda m: chr(int(m.group(1), 16)), strings[1]))
    out.append(regexs[17].split(strings[8]))
    out.append(re_sub(strings[0], regexs[20], lambda m: '_' + m.group(0).lower()))
    out.append([m.groups() for m in regexs[21].finditer(strings[9])])
    out.append(regexs[22].search(strings[9]).groups())
    out.append(regexs[10].sub('+', strings[2], count=2))
    out.append(regexs[18].search(strings[5]).span(1))
    return out


def bench_regex_v8(loops):
    totals = []
    for loops in range(loops):
        totals = [block0(), block1(), block2(), block3(), block4(), block5()]
    return totals


def main():
    totals = bench_regex_v8(3)
    for i, t in enumerate(totals):
        print("block%d: %d" % (i, t))
    for s in samples():
        print(s)


if __name__ == "__main__":
    main()
