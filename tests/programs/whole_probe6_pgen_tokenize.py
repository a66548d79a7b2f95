"""A pgen2-style tokenizer, as lib2to3/pgen2/tokenize.py writes it.

Regular expressions built with group()/any()/maybe(), a generate_tokens()
generator driven by a readline callable, and an untokenize round trip.
"""
import re
from collections import namedtuple
from io import StringIO

ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP, COMMENT, NL, ERRORTOKEN = range(11)
tok_name = dict(enumerate("ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT OP COMMENT NL ERRORTOKEN".split()))


def group(*choices):
    return "(" + "|".join(choices) + ")"


def any(*choices):
    return group(*choices) + "*"


def maybe(*choices):
    return group(*choices) + "?"


Whitespace = r"[ \f\t]*"
Comment = r"#[^\r\n]*"
Ignore = Whitespace + any(r"\\\r?\n" + Whitespace) + maybe(Comment)
Name = r"[a-zA-Z_]\w*"

Hexnumber = r"0[xX]_?[\da-fA-F]+(?:_[\da-fA-F]+)*"
Decnumber = r"[1-9]\d*(?:_\d+)*|0+"
Intnumber = group(Hexnumber, Decnumber)
Exponent = r"[eE][-+]?\d+(?:_\d+)*"
Pointfloat = group(r"\d+(?:_\d+)*\.(?:\d+(?:_\d+)*)?", r"\.\d+(?:_\d+)*") + maybe(Exponent)
Expfloat = r"\d+(?:_\d+)*" + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(r"\d+(?:_\d+)*[jJ]", Floatnumber + r"[jJ]")
Number = group(Imagnumber, Floatnumber, Intnumber)

Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Triple = group("[ubUB]?[rR]?'''", '[ubUB]?[rR]?"""')
String = group(r"[uU]?[rR]?'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               r'[uU]?[rR]?"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

Operator = group(r"\*\*=?", r">>=?", r"<<=?", r"<>", r"!=", r"//=?", r"->",
                 r"[+\-*/%&@|^=<>]=?", r"~")
Bracket = "[][(){}]"
Special = group(r"\r?\n", r":=", r"[:;.,`@]")
Funny = group(Operator, Bracket, Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken
PseudoExtras = group(r"\\\r?\n|\Z", Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, String, Name)

pseudoprog = re.compile(PseudoToken, re.UNICODE)
single3prog = re.compile(r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''")
double3prog = re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""')

TokenInfo = namedtuple("TokenInfo", "type string start end line")


class TokenError(Exception):
    pass


def generate_tokens(readline):
    lnum = parenlev = continued = 0
    numchars = "0123456789"
    contstr, needcont = "", 0
    contline = None
    indents = [0]
    strstart = (0, 0)
    endprog = None
    while True:
        line = readline()
        lnum += 1
        pos, max = 0, len(line)

        if contstr:
            if not line:
                raise TokenError("EOF in multi-line string", strstart)
            endmatch = endprog.match(line)
            if endmatch:
                pos = end = endmatch.end(0)
                yield TokenInfo(STRING, contstr + line[:end], strstart, (lnum, end), contline + line)
                contstr, needcont = "", 0
                contline = None
            else:
                contstr = contstr + line
                contline = contline + line
                continue
        elif parenlev == 0 and not continued:
            if not line:
                break
            column = 0
            while pos < max:
                if line[pos] == " ":
                    column += 1
                elif line[pos] == "\t":
                    column = (column // 8 + 1) * 8
                elif line[pos] == "\f":
                    column = 0
                else:
                    break
                pos += 1
            if pos == max:
                break
            if line[pos] in "#\r\n":
                if line[pos] == "#":
                    comment_token = line[pos:].rstrip("\r\n")
                    nl_pos = pos + len(comment_token)
                    yield TokenInfo(COMMENT, comment_token, (lnum, pos), (lnum, nl_pos), line)
                    yield TokenInfo(NL, line[nl_pos:], (lnum, nl_pos), (lnum, len(line)), line)
                else:
                    yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents = indents[:-1]
                yield TokenInfo(DEDENT, "", (lnum, pos), (lnum, pos), line)
        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            continued = 0

        while pos < max:
            pseudomatch = pseudoprog.match(line, pos)
            if pseudomatch:
                start, end = pseudomatch.span(1)
                spos, epos, pos = (lnum, start), (lnum, end), end
                token, initial = line[start:end], line[start]
                if initial in numchars or (initial == "." and token != "."):
                    yield TokenInfo(NUMBER, token, spos, epos, line)
                elif initial in "\r\n":
                    newline = NEWLINE
                    if parenlev > 0:
                        newline = NL
                    yield TokenInfo(newline, token, spos, epos, line)
                elif initial == "#":
                    yield TokenInfo(COMMENT, token, spos, epos, line)
                elif token in ('"""', "'''"):
                    endprog = double3prog if token == '"""' else single3prog
                    endmatch = endprog.match(line, pos)
                    if endmatch:
                        pos = endmatch.end(0)
                        token = line[start:pos]
                        yield TokenInfo(STRING, token, spos, (lnum, pos), line)
                    else:
                        strstart = (lnum, start)
                        contstr = line[start:]
                        contline = line
                        break
                elif initial in "'\"":
                    yield TokenInfo(STRING, token, spos, epos, line)
                elif initial.isidentifier():
                    yield TokenInfo(NAME, token, spos, epos, line)
                elif initial == "\\":
                    continued = 1
                else:
                    if initial in "([{":
                        parenlev = parenlev + 1
                    elif initial in ")]}":
                        parenlev = parenlev - 1
                    yield TokenInfo(OP, token, spos, epos, line)
            else:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos = pos + 1

    for indent in indents[1:]:
        yield TokenInfo(DEDENT, "", (lnum, 0), (lnum, 0), "")
    yield TokenInfo(ENDMARKER, "", (lnum, 0), (lnum, 0), "")


class Untokenizer:
    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0

    def add_whitespace(self, start):
        row, col = start
        assert row >= self.prev_row, (row, self.prev_row)
        col_offset = col - self.prev_col
        if col_offset:
            self.tokens.append(" " * col_offset)

    def untokenize(self, iterable):
        for t in iterable:
            tok_type, token, start, end, line = t
            self.add_whitespace(start)
            self.tokens.append(token)
            self.prev_row, self.prev_col = end
            if tok_type in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)


SOURCE = '''\
# a small module
import os, sys

def fib(n: int) -> int:
    """Return the n-th
    Fibonacci number."""
    a, b = 0, 0x1
    for _ in range(n):  # loop
        a, b = b, a + b
    return a

class Point:
    def __init__(self, x=1.5e3, y=.25j):
        self.x = x; self.y = y
        data = [1, 2,
                3, 4]
        total = sum(data) ** 2 // 3 if data else -1
        self.label = 'p' "q" r'\\d' + \\
            "cont"

print(fib(10), Point().label, 1_000_000 >> 2, a @ b != c)
'''


def main():
    tokens = list(generate_tokens(StringIO(SOURCE).readline))
    counts = {}
    for tok in tokens:
        counts[tok_name[tok.type]] = counts.get(tok_name[tok.type], 0) + 1
    print(len(tokens), "tokens")
    for name in sorted(counts):
        print(f"  {name:<10} {counts[name]:3d}")
    for tok in tokens[:12]:
        print("%-10s %-18r %s-%s" % (tok_name[tok.type], tok.string, tok.start, tok.end))
    names = sorted({t.string for t in tokens if t.type == NAME})
    print("names:", ", ".join(names))
    numbers = [t.string for t in tokens if t.type == NUMBER]
    print("numbers:", numbers)
    strings = [t for t in tokens if t.type == STRING]
    for s in strings:
        print("string at", s.start, "to", s.end, repr(s.string[:20]))
    print("ops:", "".join(t.string for t in tokens if t.type == OP))
    text = Untokenizer().untokenize(tokens)
    again = list(generate_tokens(StringIO(text).readline))
    same = [(t.type, t.string) for t in tokens] == [(t.type, t.string) for t in again]
    print("round trip tokens equal:", same, len(text))
    for bad in ["x = (1,\n", "s = '''abc\n", "if x:\n    a\n  b\n"]:
        try:
            list(generate_tokens(StringIO(bad).readline))
            print("ok", repr(bad))
        except TokenError as e:
            print("TokenError:", e.args[0], e.args[1])
        except IndentationError as e:
            print("IndentationError:", e.args[0])
    print(tokens[-1], tokens[-1]._replace(line="<end>"))


if __name__ == "__main__":
    main()
