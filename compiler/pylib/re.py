# Regular expressions for AIthon: CPython 3.11's `re` for str patterns,
# written in the Python subset the compiler compiles (see docs/language.md).
#
# A pattern is parsed once (a port of CPython's re/_parser.py, so the syntax
# and the error messages are the same) into a tree of _Node, then compiled
# into a flat list of ints run by a backtracking machine with an explicit
# stack, in the runtime (runtime/src/stdlib/re_vm.c, reached through
# _aithon_re): no recursion, no allocation per character, the pattern's
# lists read in place. Single-character loops (`.*`, `\d+`, `[a-z]*?`) are
# one instruction that backtracks by moving an index; a pattern without
# special characters is searched with str.find (in ASCII or short
# subjects); compiled patterns are cached by (pattern, flags).

import sys

import _aithon_re

# ---------------------------------------------------------------- flags

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_TYPE_FLAGS = 256 | 4 | 32
_GLOBAL_FLAGS = 128 | 1
_MAXREPEAT = 4294967295
_MAXGROUPS = 1073741823


class error(Exception):
    pass


def _error(msg, pattern, pos):
    # CPython's re.error message: "msg at position N", plus the line and
    # column when the pattern has several lines.
    text = "%s at position %d" % (msg, pos)
    if "\n" in pattern:
        lineno = pattern.count("\n", 0, pos) + 1
        colno = pos - pattern.rfind("\n", 0, pos)
        text = "%s (line %d, column %d)" % (text, lineno, colno)
    return error(text)


# ---------------------------------------------------------------- characters

# _ASCII_INFO[c] bits: 1 digit, 2 word (alnum or _), 4 str.isspace, 8 ASCII
# whitespace (" \t\n\r\v\f", what the ASCII flag's \s means).
_ASCII_INFO = [0] * 128


def _init_ascii():
    for c in range(128):
        v = 0
        if 48 <= c <= 57:
            v |= 1 | 2
        if 65 <= c <= 90 or 97 <= c <= 122 or c == 95:
            v |= 2
        if c == 32 or 9 <= c <= 13 or 28 <= c <= 31:
            v |= 4
        if c == 32 or 9 <= c <= 13:
            v |= 8
        _ASCII_INFO[c] = v


_init_ascii()


def _lower(c):
    # CPython's sre_lower_unicode (_PyUnicode_ToLowercase): the simple
    # lowercase, or the first character of a longer full lowercase.
    if c < 128:
        if 65 <= c <= 90:
            return c + 32
        return c
    return ord(chr(c).lower()[0])


def _upper(c):
    if c < 128:
        if 97 <= c <= 122:
            return c - 32
        return c
    return ord(chr(c).upper()[0])


def _lower_ascii(c):
    if 65 <= c <= 90:
        return c + 32
    return c


def _iscased(c):
    return _lower(c) != c or _upper(c) != c


def _is_word(c):
    if c < 128:
        return (_ASCII_INFO[c] & 2) != 0
    return chr(c).isalnum()


def _is_word_ascii(c):
    return c < 128 and (_ASCII_INFO[c] & 2) != 0


# Different lowercase letters with the same uppercase (CPython's
# re/_casefix.py): under IGNORECASE each matches the others too.
_EXTRA_CASES = {
    0x0069: [0x0131], 0x0073: [0x017f], 0x00b5: [0x03bc], 0x0131: [0x0069],
    0x017f: [0x0073], 0x0345: [0x03b9, 0x1fbe], 0x0390: [0x1fd3], 0x03b0: [0x1fe3],
    0x03b2: [0x03d0], 0x03b5: [0x03f5], 0x03b8: [0x03d1], 0x03b9: [0x0345, 0x1fbe],
    0x03ba: [0x03f0], 0x03bc: [0x00b5], 0x03c0: [0x03d6], 0x03c1: [0x03f1],
    0x03c2: [0x03c3], 0x03c3: [0x03c2], 0x03c6: [0x03d5], 0x03d0: [0x03b2],
    0x03d1: [0x03b8], 0x03d5: [0x03c6], 0x03d6: [0x03c0], 0x03f0: [0x03ba],
    0x03f1: [0x03c1], 0x03f5: [0x03b5], 0x0432: [0x1c80], 0x0434: [0x1c81],
    0x043e: [0x1c82], 0x0441: [0x1c83], 0x0442: [0x1c84, 0x1c85], 0x044a: [0x1c86],
    0x0463: [0x1c87], 0x1c80: [0x0432], 0x1c81: [0x0434], 0x1c82: [0x043e],
    0x1c83: [0x0441], 0x1c84: [0x0442, 0x1c85], 0x1c85: [0x0442, 0x1c84], 0x1c86: [0x044a],
    0x1c87: [0x0463], 0x1c88: [0xa64b], 0x1e61: [0x1e9b], 0x1e9b: [0x1e61],
    0x1fbe: [0x0345, 0x03b9], 0x1fd3: [0x0390], 0x1fe3: [0x03b0], 0xa64b: [0x1c88],
    0xfb05: [0xfb06], 0xfb06: [0xfb05],
}

# Set items (lists of ints): _K_LIT c, _K_RANGE lo hi, _K_CAT cat,
# _K_RANGE_UI lo hi (case-insensitive range: c or upper(c) in it).
_K_LIT = 1
_K_RANGE = 2
_K_CAT = 3
_K_RANGE_UI = 4

# Categories (\d \D \s \S \w \W), Unicode and ASCII variants.
_CAT_DIGIT = 0
_CAT_NOT_DIGIT = 1
_CAT_SPACE = 2
_CAT_NOT_SPACE = 3
_CAT_WORD = 4
_CAT_NOT_WORD = 5
_CAT_UNI = 6  # added to the above for the Unicode variants


# A category's _ASCII_INFO bit, by kind (cat >> 1: digit, space, word). Only the space bit differs:
# in ASCII mode \s is ASCII whitespace alone, in Unicode mode it is whatever str.isspace says.
_CAT_BIT_UNI = [1, 4, 2]
_CAT_BIT_ASCII = [1, 8, 2]


def _category(cat, c):
    uni = cat >= _CAT_UNI
    if uni:
        cat -= _CAT_UNI
    kind = cat >> 1
    if c < 128:
        bit = _CAT_BIT_UNI[kind] if uni else _CAT_BIT_ASCII[kind]
        found = (_ASCII_INFO[c] & bit) != 0
    elif not uni:
        found = False
    elif kind == 0:
        found = chr(c).isdecimal()
    elif kind == 1:
        found = chr(c).isspace()
    else:
        found = chr(c).isalnum()
    # The odd categories are the negations (\D \S \W).
    return found != ((cat & 1) == 1)


def _in_items(items, c):
    i = 0
    n = len(items)
    while i < n:
        k = items[i]
        if k == _K_LIT:
            if c == items[i + 1]:
                return True
            i += 2
        elif k == _K_RANGE:
            if items[i + 1] <= c <= items[i + 2]:
                return True
            i += 3
        elif k == _K_CAT:
            if _category(items[i + 1], c):
                return True
            i += 2
        else:
            if items[i + 1] <= c <= items[i + 2]:
                return True
            u = _upper(c)
            if items[i + 1] <= u <= items[i + 2]:
                return True
            i += 3
    return False


# Set modes (bits): 1 negated, 2 compare lower(c) (Unicode), 4 compare the
# ASCII lowercase of c.
def _set_test(items, mode, c):
    if mode & 2:
        c = _lower(c)
    elif mode & 4:
        c = _lower_ascii(c)
    r = _in_items(items, c)
    if mode & 1:
        return not r
    return r


# ---------------------------------------------------------------- parse tree

_N_LIT = 1       # a = code point
_N_NOTLIT = 2    # a = code point
_N_ANY = 3
_N_SET = 4       # items, a = negated
_N_AT = 5        # a = _AT_*
_N_GROUP = 6     # a = group (0: none), b = add flags, c = del flags, kids[0]
_N_SEQ = 7       # kids
_N_ALT = 8       # kids (each a _N_SEQ)
_N_REPEAT = 9    # a = min, b = max, c = 0 greedy / 1 lazy / 2 possessive, kids[0]
_N_LOOK = 10     # a = 1 ahead / -1 behind, b = negated, kids[0]
_N_BACKREF = 11  # a = group
_N_ATOMIC = 12   # kids[0]
_N_COND = 13     # a = group, kids[0] yes, kids[1] no (b = 1 when present)

_AT_BEGINNING = 0
_AT_BEGINNING_LINE = 1
_AT_BEGINNING_STRING = 2
_AT_BOUNDARY = 3
_AT_NON_BOUNDARY = 4
_AT_END = 5
_AT_END_LINE = 6
_AT_END_STRING = 7
_AT_UNI_BOUNDARY = 8
_AT_UNI_NON_BOUNDARY = 9


class _Node:
    def __init__(self, op, a, b):
        self.op = op
        self.a = a
        self.b = b
        self.c = 0
        self.kids = []
        self.items = []


def _seq():
    return _Node(_N_SEQ, 0, 0)


def _is_digit_ch(c):
    return len(c) == 1 and "0" <= c <= "9"


def _is_octal_ch(c):
    return len(c) == 1 and "0" <= c <= "7"


def _is_hex_ch(c):
    return len(c) == 1 and ("0" <= c <= "9" or "a" <= c <= "f" or "A" <= c <= "F")


def _is_ascii_letter(c):
    return len(c) == 1 and ("a" <= c <= "z" or "A" <= c <= "Z")


_FLAG_LETTERS = {"i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL, "x": VERBOSE, "a": ASCII, "t": TEMPLATE, "u": UNICODE}
# \a \b \f \n \r \t \v \\ (\b only inside a set) -> the code point.
_SIMPLE_ESCAPES = {"a": 7, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
# \d \D \s \S \w \W -> the category.
_CATEGORY_ESCAPES = {"d": _CAT_DIGIT, "D": _CAT_NOT_DIGIT, "s": _CAT_SPACE, "S": _CAT_NOT_SPACE, "w": _CAT_WORD, "W": _CAT_NOT_WORD}


def _flag_of(c):
    return _FLAG_LETTERS.get(c, 0)


def _simple_escape(c):
    # The code point, or -1.
    return _SIMPLE_ESCAPES.get(c, -1)


def _category_of(c):
    # The category, or -1.
    return _CATEGORY_ESCAPES.get(c, -1)


def _width_add(a, b):
    s = a + b
    if s > _MAXREPEAT:
        return _MAXREPEAT
    return s


class _Parser:
    # CPython's re/_parser.py Tokenizer and State together.
    def __init__(self, pattern, flags):
        self.s = pattern
        self.n = len(pattern)
        self.index = 0
        self.next = ""
        self.flags = flags
        self.groupdict = {}
        self.gw_lo = [-1]
        self.gw_hi = [-1]
        self.lookbehindgroups = -1
        self.grouprefpos = {}
        self._advance()

    def _advance(self):
        index = self.index
        if index >= self.n:
            self.next = ""
            return
        char = self.s[index]
        if char == "\\":
            index += 1
            if index >= self.n:
                raise _error("bad escape (end of pattern)", self.s, self.n - 1)
            char += self.s[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def tell(self):
        return self.index - len(self.next)

    def seek(self, index):
        self.index = index
        self._advance()

    def err(self, msg, offset):
        return _error(msg, self.s, self.tell() - offset)

    def getuntil(self, terminator, name):
        result = ""
        while True:
            c = self.next
            self._advance()
            if c == "":
                if not result:
                    raise self.err("missing " + name, 0)
                raise self.err("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.err("missing " + name, 1)
                break
            result += c
        return result

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.err("bad character in group name %r" % name, len(name) + offset)

    def groups(self):
        return len(self.gw_lo)

    def checkgroup(self, gid):
        return gid < len(self.gw_lo) and self.gw_lo[gid] >= 0

    def checklookbehindgroup(self, gid):
        if self.lookbehindgroups >= 0:
            if not self.checkgroup(gid):
                raise self.err("cannot refer to an open group", 0)
            if gid >= self.lookbehindgroups:
                raise self.err("cannot refer to group defined in the same lookbehind subpattern", 0)

    def opengroup(self, name, offset):
        gid = len(self.gw_lo)
        self.gw_lo.append(-1)
        self.gw_hi.append(-1)
        if gid + 1 > _MAXGROUPS:
            raise self.err("too many groups", offset)
        if name:
            ogid = self.groupdict.get(name, -1)
            if ogid >= 0:
                raise self.err("redefinition of group name %r as group %d; was group %d" % (name, gid, ogid), offset)
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, p):
        lo, hi = self.width(p)
        self.gw_lo[gid] = lo
        self.gw_hi[gid] = hi

    def width(self, p):
        # (min, max) width of a node, as SubPattern.getwidth.
        op = p.op
        if op == _N_SEQ:
            lo = 0
            hi = 0
            for k in p.kids:
                l, h = self.width(k)
                lo = _width_add(lo, l)
                hi = _width_add(hi, h)
            if lo > _MAXREPEAT - 1:
                lo = _MAXREPEAT - 1
            return lo, hi
        if op == _N_LIT or op == _N_NOTLIT or op == _N_ANY or op == _N_SET:
            return 1, 1
        if op == _N_ALT:
            lo = _MAXREPEAT - 1
            hi = 0
            for k in p.kids:
                l, h = self.width(k)
                if l < lo:
                    lo = l
                if h > hi:
                    hi = h
            return lo, hi
        if op == _N_GROUP or op == _N_ATOMIC:
            return self.width(p.kids[0])
        if op == _N_REPEAT:
            l, h = self.width(p.kids[0])
            lo = l * p.a
            hi = h * p.b
            if lo > _MAXREPEAT - 1:
                lo = _MAXREPEAT - 1
            if hi > _MAXREPEAT:
                hi = _MAXREPEAT
            return lo, hi
        if op == _N_BACKREF:
            return self.gw_lo[p.a], self.gw_hi[p.a]
        if op == _N_COND:
            l, h = self.width(p.kids[0])
            if p.b:
                l2, h2 = self.width(p.kids[1])
                if l2 < l:
                    l = l2
                if h2 > h:
                    h = h2
            else:
                l = 0
            return l, h
        return 0, 0

    # -- escapes

    def _hex_escape(self, escape, digits):
        while len(escape) < digits + 2 and _is_hex_ch(self.next):
            escape += self.get()
        if len(escape) != digits + 2:
            raise self.err("incomplete escape %s" % escape, len(escape))
        return escape, int(escape[2:], 16)

    def class_escape(self, escape, node):
        # An escape inside [...]: appends to node.items; returns the literal
        # code point, or -1 for a category.
        c = escape[1:2]
        code = _simple_escape(c)
        if c == "b":
            code = 8
        if code >= 0:
            return code
        cat = _category_of(c)
        if cat >= 0:
            node.items.append(_K_CAT)
            node.items.append(cat)
            return -1
        if c == "x":
            escape, v = self._hex_escape(escape, 2)
            return v
        if c == "u":
            escape, v = self._hex_escape(escape, 4)
            return v
        if c == "U":
            escape, v = self._hex_escape(escape, 8)
            if v > 0x10FFFF:
                raise self.err("bad escape %s" % escape, len(escape))
            return v
        if c == "N":
            raise self.err("bad escape %s" % escape, len(escape))
        if _is_octal_ch(c):
            while len(escape) < 4 and _is_octal_ch(self.next):
                escape += self.get()
            v = int(escape[1:], 8)
            if v > 0o377:
                raise self.err("octal escape value %s outside of range 0-0o377" % escape, len(escape))
            return v
        if _is_digit_ch(c) or _is_ascii_letter(c):
            raise self.err("bad escape %s" % escape, len(escape))
        return ord(escape[1])

    def escape(self, escape, sub):
        # An escape outside a set: appends the node to sub.
        c = escape[1:2]
        if c == "A":
            sub.kids.append(_Node(_N_AT, _AT_BEGINNING_STRING, 0))
            return
        if c == "Z":
            sub.kids.append(_Node(_N_AT, _AT_END_STRING, 0))
            return
        if c == "b":
            sub.kids.append(_Node(_N_AT, _AT_BOUNDARY, 0))
            return
        if c == "B":
            sub.kids.append(_Node(_N_AT, _AT_NON_BOUNDARY, 0))
            return
        cat = _category_of(c)
        if cat >= 0:
            node = _Node(_N_SET, 0, 0)
            node.items.append(_K_CAT)
            node.items.append(cat)
            sub.kids.append(node)
            return
        code = _simple_escape(c)
        if code >= 0:
            sub.kids.append(_Node(_N_LIT, code, 0))
            return
        if c == "x":
            escape, v = self._hex_escape(escape, 2)
            sub.kids.append(_Node(_N_LIT, v, 0))
            return
        if c == "u":
            escape, v = self._hex_escape(escape, 4)
            sub.kids.append(_Node(_N_LIT, v, 0))
            return
        if c == "U":
            escape, v = self._hex_escape(escape, 8)
            if v > 0x10FFFF:
                raise self.err("bad escape %s" % escape, len(escape))
            sub.kids.append(_Node(_N_LIT, v, 0))
            return
        if c == "N":
            raise self.err("bad escape %s" % escape, len(escape))
        if c == "0":
            while len(escape) < 4 and _is_octal_ch(self.next):
                escape += self.get()
            sub.kids.append(_Node(_N_LIT, int(escape[1:], 8), 0))
            return
        if _is_digit_ch(c):
            # octal escape *or* decimal group reference (sigh)
            if _is_digit_ch(self.next):
                escape += self.get()
                if _is_octal_ch(escape[1]) and _is_octal_ch(escape[2]) and _is_octal_ch(self.next):
                    escape += self.get()
                    v = int(escape[1:], 8)
                    if v > 0o377:
                        raise self.err("octal escape value %s outside of range 0-0o377" % escape, len(escape))
                    sub.kids.append(_Node(_N_LIT, v, 0))
                    return
            group = int(escape[1:])
            if group < self.groups():
                if not self.checkgroup(group):
                    raise self.err("cannot refer to an open group", len(escape))
                self.checklookbehindgroup(group)
                sub.kids.append(_Node(_N_BACKREF, group, 0))
                return
            raise self.err("invalid group reference %d" % group, len(escape) - 1)
        if _is_ascii_letter(c):
            raise self.err("bad escape %s" % escape, len(escape))
        sub.kids.append(_Node(_N_LIT, ord(escape[1]), 0))

    # -- structure

    def parse_sub(self, verbose, nested):
        # an alternation: a|b|c
        items = []
        while True:
            items.append(self.parse(verbose, nested + 1, nested == 0 and len(items) == 0))
            if not self.match("|"):
                break
            if nested == 0:
                verbose = (self.flags & VERBOSE) != 0
        if len(items) == 1:
            return items[0]
        alt = _Node(_N_ALT, 0, 0)
        for it in items:
            alt.kids.append(it)
        sub = _seq()
        sub.kids.append(alt)
        return sub

    def parse_set(self, sub):
        here = self.tell() - 1
        node = _Node(_N_SET, 0, 0)
        if self.match("^"):
            node.a = 1
        count = 0
        while True:
            this = self.get()
            if this == "":
                raise self.err("unterminated character set", self.tell() - here)
            if this == "]" and count > 0:
                break
            count += 1
            code1 = -1
            if this[0] == "\\":
                code1 = self.class_escape(this, node)
            else:
                code1 = ord(this)
            if self.match("-"):
                # potential range
                that = self.get()
                if that == "":
                    raise self.err("unterminated character set", self.tell() - here)
                if that == "]":
                    if code1 >= 0:
                        node.items.append(_K_LIT)
                        node.items.append(code1)
                    node.items.append(_K_LIT)
                    node.items.append(45)
                    break
                code2 = -1
                if that[0] == "\\":
                    code2 = self.class_escape(that, node)
                else:
                    code2 = ord(that)
                if code1 < 0 or code2 < 0:
                    raise self.err("bad character range %s-%s" % (this, that), len(this) + 1 + len(that))
                if code2 < code1:
                    raise self.err("bad character range %s-%s" % (this, that), len(this) + 1 + len(that))
                if code1 == code2:
                    node.items.append(_K_LIT)
                    node.items.append(code1)
                else:
                    node.items.append(_K_RANGE)
                    node.items.append(code1)
                    node.items.append(code2)
            elif code1 >= 0:
                node.items.append(_K_LIT)
                node.items.append(code1)
        items = node.items
        if len(items) == 2 and items[0] == _K_LIT:
            if node.a:
                sub.kids.append(_Node(_N_NOTLIT, items[1], 0))
            else:
                sub.kids.append(_Node(_N_LIT, items[1], 0))
            return
        sub.kids.append(node)

    def parse_repeat(self, this, sub):
        here = self.tell()
        lo = 0
        hi = _MAXREPEAT
        if this == "?":
            hi = 1
        elif this == "+":
            lo = 1
        elif this == "{":
            if self.next == "}":
                sub.kids.append(_Node(_N_LIT, 123, 0))
                return
            los = ""
            his = ""
            while _is_digit_ch(self.next):
                los += self.get()
            if self.match(","):
                while _is_digit_ch(self.next):
                    his += self.get()
            else:
                his = los
            if not self.match("}"):
                sub.kids.append(_Node(_N_LIT, 123, 0))
                self.seek(here)
                return
            if los:
                lo = int(los)
                if lo >= _MAXREPEAT:
                    raise OverflowError("the repetition number is too large")
            if his:
                hi = int(his)
                if hi >= _MAXREPEAT:
                    raise OverflowError("the repetition number is too large")
                if hi < lo:
                    raise self.err("min repeat greater than max repeat", self.tell() - here)
        # figure out which item to repeat
        if len(sub.kids) == 0 or sub.kids[-1].op == _N_AT:
            raise self.err("nothing to repeat", self.tell() - here + len(this))
        item = sub.kids[-1]
        if item.op == _N_REPEAT:
            raise self.err("multiple repeat", self.tell() - here + len(this))
        if item.op == _N_GROUP and item.a == 0 and item.b == 0 and item.c == 0:
            item = item.kids[0]
        rep = _Node(_N_REPEAT, lo, hi)
        if self.match("?"):
            rep.c = 1
        elif self.match("+"):
            rep.c = 2
        rep.kids.append(item)
        sub.kids[len(sub.kids) - 1] = rep

    def parse_flags(self, char):
        # (?aiLmsux) or (?aiLmsux-imsx:...): returns (add, del, global).
        add_flags = 0
        del_flags = 0
        if char != "-":
            while True:
                flag = _flag_of(char)
                if char == "L":
                    raise self.err("bad inline flags: cannot use 'L' flag with a str pattern", 0)
                add_flags |= flag
                if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                    raise self.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0)
                char = self.get()
                if char == "":
                    raise self.err("missing -, : or )", 0)
                if char == ")" or char == "-" or char == ":":
                    break
                if _flag_of(char) == 0:
                    if char.isalpha():
                        raise self.err("unknown flag", len(char))
                    raise self.err("missing -, : or )", len(char))
        if char == ")":
            self.flags |= add_flags
            return 0, 0, True
        if add_flags & _GLOBAL_FLAGS:
            raise self.err("bad inline flags: cannot turn on global flag", 1)
        if char == "-":
            char = self.get()
            if char == "":
                raise self.err("missing flag", 0)
            if _flag_of(char) == 0:
                if char.isalpha():
                    raise self.err("unknown flag", len(char))
                raise self.err("missing flag", len(char))
            while True:
                flag = _flag_of(char)
                if flag & _TYPE_FLAGS:
                    raise self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0)
                del_flags |= flag
                char = self.get()
                if char == "":
                    raise self.err("missing :", 0)
                if char == ":":
                    break
                if _flag_of(char) == 0:
                    if char.isalpha():
                        raise self.err("unknown flag", len(char))
                    raise self.err("missing :", len(char))
        if del_flags & _GLOBAL_FLAGS:
            raise self.err("bad inline flags: cannot turn off global flag", 1)
        if add_flags & del_flags:
            raise self.err("bad inline flags: flag turned on and off", 1)
        return add_flags, del_flags, False

    def parse(self, verbose, nested, first):
        # a simple pattern: a sequence of items
        sub = _seq()
        while True:
            this = self.next
            if this == "" or this == "|" or this == ")":
                break
            self._advance()
            if verbose:
                # skip whitespace and comments
                if this == " " or this == "\t" or this == "\n" or this == "\r" or this == "\v" or this == "\f":
                    continue
                if this == "#":
                    while True:
                        this = self.get()
                        if this == "" or this == "\n":
                            break
                    continue
            if this[0] == "\\":
                self.escape(this, sub)
            elif this == "[":
                self.parse_set(sub)
            elif this == "*" or this == "+" or this == "?" or this == "{":
                self.parse_repeat(this, sub)
            elif this == ".":
                sub.kids.append(_Node(_N_ANY, 0, 0))
            elif this == "(":
                if self.parse_group(verbose, nested, first, sub):
                    verbose = (self.flags & VERBOSE) != 0
            elif this == "^":
                sub.kids.append(_Node(_N_AT, _AT_BEGINNING, 0))
            elif this == "$":
                sub.kids.append(_Node(_N_AT, _AT_END, 0))
            else:
                sub.kids.append(_Node(_N_LIT, ord(this), 0))
        # unpack non-capturing groups
        flat = False
        for k in sub.kids:
            if k.op == _N_GROUP and k.a == 0 and k.b == 0 and k.c == 0:
                flat = True
        if flat:
            kids = sub.kids
            out = _seq()
            for k in kids:
                if k.op == _N_GROUP and k.a == 0 and k.b == 0 and k.c == 0:
                    for kk in k.kids[0].kids:
                        out.kids.append(kk)
                else:
                    out.kids.append(k)
            return out
        return sub

    def parse_group(self, verbose, nested, first, sub):
        start = self.tell() - 1
        capture = True
        atomic = False
        name = ""
        add_flags = 0
        del_flags = 0
        if self.match("?"):
            # options
            char = self.get()
            if char == "":
                raise self.err("unexpected end of pattern", 0)
            if char == "P":
                # python extensions
                if self.match("<"):
                    # named group: skip forward to end of name
                    name = self.getuntil(">", "group name")
                    self.checkgroupname(name, 1)
                elif self.match("="):
                    # named backreference
                    name = self.getuntil(")", "group name")
                    self.checkgroupname(name, 1)
                    gid = self.groupdict.get(name, -1)
                    if gid < 0:
                        raise self.err("unknown group name %r" % name, len(name) + 1)
                    if not self.checkgroup(gid):
                        raise self.err("cannot refer to an open group", len(name) + 1)
                    self.checklookbehindgroup(gid)
                    sub.kids.append(_Node(_N_BACKREF, gid, 0))
                    return False
                else:
                    char = self.get()
                    if char == "":
                        raise self.err("unexpected end of pattern", 0)
                    raise self.err("unknown extension ?P" + char, len(char) + 2)
            elif char == ":":
                # non-capturing group
                capture = False
            elif char == "#":
                # comment
                while True:
                    if self.next == "":
                        raise self.err("missing ), unterminated comment", self.tell() - start)
                    if self.get() == ")":
                        break
                return False
            elif char == "=" or char == "!" or char == "<":
                # lookahead / lookbehind assertions
                direction = 1
                outer = -2
                if char == "<":
                    char = self.get()
                    if char == "":
                        raise self.err("unexpected end of pattern", 0)
                    if char != "=" and char != "!":
                        raise self.err("unknown extension ?<" + char, len(char) + 2)
                    direction = -1
                    outer = self.lookbehindgroups
                    if outer < 0:
                        self.lookbehindgroups = self.groups()
                p = self.parse_sub(verbose, nested + 1)
                if direction < 0:
                    if outer < 0:
                        self.lookbehindgroups = -1
                if not self.match(")"):
                    raise self.err("missing ), unterminated subpattern", self.tell() - start)
                look = _Node(_N_LOOK, direction, 0)
                if char == "!":
                    look.b = 1
                look.kids.append(p)
                sub.kids.append(look)
                return False
            elif char == "(":
                self.parse_conditional(verbose, nested, start, sub)
                return False
            elif char == ">":
                # non-capturing, atomic group
                capture = False
                atomic = True
            elif _flag_of(char) != 0 or char == "-":
                # flags
                add_flags, del_flags, is_global = self.parse_flags(char)
                if is_global:
                    if not first or len(sub.kids) > 0:
                        raise self.err("global flags not at the start of the expression", self.tell() - start)
                    return True
                capture = False
            else:
                raise self.err("unknown extension ?" + char, len(char) + 1)
        # parse group contents
        group = 0
        if capture:
            group = self.opengroup(name, len(name) + 1)
        sub_verbose = (verbose or (add_flags & VERBOSE) != 0) and not (del_flags & VERBOSE)
        p = self.parse_sub(sub_verbose, nested + 1)
        if not self.match(")"):
            raise self.err("missing ), unterminated subpattern", self.tell() - start)
        if group:
            self.closegroup(group, p)
        if atomic:
            node = _Node(_N_ATOMIC, 0, 0)
            node.kids.append(p)
            sub.kids.append(node)
        else:
            node = _Node(_N_GROUP, group, add_flags)
            node.c = del_flags
            node.kids.append(p)
            sub.kids.append(node)
        return False

    def parse_conditional(self, verbose, nested, start, sub):
        condname = self.getuntil(")", "group name")
        condgroup = 0
        if condname.isidentifier():
            condgroup = self.groupdict.get(condname, -1)
            if condgroup < 0:
                raise self.err("unknown group name %r" % condname, len(condname) + 1)
        else:
            ok = len(condname) > 0
            for ch in condname:
                if not ("0" <= ch <= "9"):
                    ok = False
            if not ok:
                raise self.err("bad character in group name %r" % condname, len(condname) + 1)
            condgroup = int(condname)
            if condgroup == 0:
                raise self.err("bad group number", len(condname) + 1)
            if condgroup >= _MAXGROUPS:
                raise self.err("invalid group reference %d" % condgroup, len(condname) + 1)
            if condgroup not in self.grouprefpos:
                self.grouprefpos[condgroup] = self.tell() - len(condname) - 1
        self.checklookbehindgroup(condgroup)
        item_yes = self.parse(verbose, nested + 1, False)
        node = _Node(_N_COND, condgroup, 0)
        node.kids.append(item_yes)
        if self.match("|"):
            item_no = self.parse(verbose, nested + 1, False)
            if self.next == "|":
                raise self.err("conditional backref with more than two branches", 0)
            node.kids.append(item_no)
            node.b = 1
        else:
            node.kids.append(_seq())
        if not self.match(")"):
            raise self.err("missing ), unterminated subpattern", self.tell() - start)
        sub.kids.append(node)


# ---------------------------------------------------------------- compiler

# Instructions (code is a flat list of ints):
_OP_FAIL = 0
_OP_MATCH = 1
_OP_CHAR = 2          # c
_OP_NOTCHAR = 3       # c
_OP_CHAR_I = 4        # lo: lower(c) == lo
_OP_NOTCHAR_I = 5     # lo
_OP_ANY = 6
_OP_ANYALL = 7
_OP_SET = 8           # set id
_OP_AT = 9            # _AT_*
_OP_JMP = 10          # target
_OP_SPLIT = 11        # first, second (tried on backtracking)
_OP_SAVE = 12         # slot
_OP_REP1 = 13         # min, max, mode (0 greedy, 1 lazy, 2 possessive), unit op, unit arg
_OP_BACKREF = 14      # group, case mode (0, 1 Unicode, 2 ASCII)
_OP_LOOK = 15         # kind (0 ahead, 1 not ahead, 2 behind, 3 not behind), width, end
_OP_LOOKEND = 16
_OP_ATOMIC = 17
_OP_ATOMICEND = 18
_OP_REPINIT = 19      # register
_OP_REPLOOP = 20      # register, min, max, lazy, exit   (body follows, then JMP back)
_OP_GROUPEXISTS = 21  # group, no-branch target
_OP_STR = 22          # n, c1..cn

# (The machine running them, with its backtrack frames, is
# runtime/src/stdlib/re_vm.c: keep its enum of instructions the same.)


class _Compiler:
    def __init__(self, parser, ngroups):
        self.parser = parser
        self.code = []
        self.sets = []
        self.setmode = []
        self.nloops = 0
        self.regbase = 2 * (ngroups + 1) + 1

    def add_set(self, items, mode):
        self.sets.append(items)
        self.setmode.append(mode)
        return len(self.sets) - 1

    def charset(self, node, flags):
        # The set's items, lowered for IGNORECASE as CPython's
        # _optimize_charset; returns (items, mode).
        raw = node.items
        uni = (flags & ASCII) == 0
        items = []
        mode = 0
        if node.a:
            mode = 1
        cased = False
        i = 0
        n = len(raw)
        while i < n:
            k = raw[i]
            if k == _K_CAT:
                c = raw[i + 1]
                if uni:
                    c += _CAT_UNI
                items.append(_K_CAT)
                items.append(c)
                i += 2
                continue
            lo = raw[i + 1]
            hi = lo
            if k == _K_RANGE:
                hi = raw[i + 2]
                i += 3
            else:
                i += 2
            if (flags & IGNORECASE) == 0:
                if lo == hi:
                    items.append(_K_LIT)
                    items.append(lo)
                else:
                    items.append(_K_RANGE)
                    items.append(lo)
                    items.append(hi)
                continue
            if not uni:
                for c in range(lo, hi + 1):
                    if c > 127:
                        break
                    if (65 <= c <= 90) or (97 <= c <= 122):
                        cased = True
                if cased:
                    for c in range(lo, hi + 1):
                        if c > 127:
                            items.append(_K_RANGE)
                            items.append(c)
                            items.append(hi)
                            break
                        items.append(_K_LIT)
                        items.append(_lower_ascii(c))
                else:
                    items.append(_K_RANGE)
                    items.append(lo)
                    items.append(hi)
                continue
            if hi - lo > 4096:
                cased = True
                items.append(_K_RANGE_UI)
                items.append(lo)
                items.append(hi)
                continue
            for c in range(lo, hi + 1):
                if not cased and _iscased(c):
                    cased = True
                low = _lower(c)
                items.append(_K_LIT)
                items.append(low)
                if low in _EXTRA_CASES:
                    for f in _EXTRA_CASES[low]:
                        items.append(_K_LIT)
                        items.append(f)
        if cased:
            if uni:
                mode |= 2
            else:
                mode |= 4
            return _compact(items), mode
        # nothing cased: match the original items
        items.clear()
        i = 0
        while i < n:
            k = raw[i]
            if k == _K_CAT:
                c = raw[i + 1]
                if uni:
                    c += _CAT_UNI
                items.append(_K_CAT)
                items.append(c)
                i += 2
            elif k == _K_RANGE:
                items.append(_K_RANGE)
                items.append(raw[i + 1])
                items.append(raw[i + 2])
                i += 3
            else:
                items.append(_K_LIT)
                items.append(raw[i + 1])
                i += 2
        return items, mode

    def unit(self, node, flags):
        # A single-character matcher: (op, arg), or (-1, 0) if node is not one.
        op = node.op
        if op == _N_GROUP and node.a == 0 and node.b == 0 and node.c == 0:
            if len(node.kids[0].kids) == 1:
                return self.unit(node.kids[0].kids[0], flags)
            return -1, 0
        if op == _N_SEQ and len(node.kids) == 1:
            return self.unit(node.kids[0], flags)
        if op == _N_ANY:
            if flags & DOTALL:
                return _OP_ANYALL, 0
            return _OP_ANY, 0
        if op == _N_LIT or op == _N_NOTLIT:
            c = node.a
            neg = op == _N_NOTLIT
            if (flags & IGNORECASE) == 0:
                if neg:
                    return _OP_NOTCHAR, c
                return _OP_CHAR, c
            if flags & ASCII:
                if (65 <= c <= 90) or (97 <= c <= 122):
                    items = [_K_LIT, _lower_ascii(c)]
                    m = 4
                    if neg:
                        m |= 1
                    return _OP_SET, self.add_set(items, m)
                if neg:
                    return _OP_NOTCHAR, c
                return _OP_CHAR, c
            if not _iscased(c):
                if neg:
                    return _OP_NOTCHAR, c
                return _OP_CHAR, c
            lo = _lower(c)
            if lo in _EXTRA_CASES:
                items = [_K_LIT, lo]
                for f in _EXTRA_CASES[lo]:
                    items.append(_K_LIT)
                    items.append(f)
                m = 2
                if neg:
                    m |= 1
                return _OP_SET, self.add_set(items, m)
            if neg:
                return _OP_NOTCHAR_I, lo
            return _OP_CHAR_I, lo
        if op == _N_SET:
            items, mode = self.charset(node, flags)
            return _OP_SET, self.add_set(items, mode)
        return -1, 0

    def emit(self, node, flags):
        code = self.code
        op = node.op
        if op == _N_SEQ:
            kids = node.kids
            i = 0
            n = len(kids)
            while i < n:
                k = kids[i]
                if k.op == _N_LIT and (flags & IGNORECASE) == 0:
                    j = i
                    while j < n and kids[j].op == _N_LIT:
                        j += 1
                    if j - i >= 2:
                        code.append(_OP_STR)
                        code.append(j - i)
                        while i < j:
                            code.append(kids[i].a)
                            i += 1
                        continue
                self.emit(k, flags)
                i += 1
            return
        if op == _N_LIT or op == _N_NOTLIT or op == _N_ANY or op == _N_SET:
            u, a = self.unit(node, flags)
            code.append(u)
            if u != _OP_ANY and u != _OP_ANYALL:
                code.append(a)
            return
        if op == _N_AT:
            at = node.a
            if flags & MULTILINE:
                if at == _AT_BEGINNING:
                    at = _AT_BEGINNING_LINE
                elif at == _AT_END:
                    at = _AT_END_LINE
            if (flags & ASCII) == 0:
                if at == _AT_BOUNDARY:
                    at = _AT_UNI_BOUNDARY
                elif at == _AT_NON_BOUNDARY:
                    at = _AT_UNI_NON_BOUNDARY
            code.append(_OP_AT)
            code.append(at)
            return
        if op == _N_GROUP:
            sub_flags = flags
            if node.b & _TYPE_FLAGS:
                sub_flags &= ~_TYPE_FLAGS
            sub_flags = (sub_flags | node.b) & ~node.c
            if node.a:
                code.append(_OP_SAVE)
                code.append(2 * node.a)
            self.emit(node.kids[0], sub_flags)
            if node.a:
                code.append(_OP_SAVE)
                code.append(2 * node.a + 1)
            return
        if op == _N_ALT:
            jumps = []
            n = len(node.kids)
            for i in range(n):
                if i < n - 1:
                    code.append(_OP_SPLIT)
                    code.append(len(code) + 2)
                    at = len(code)
                    code.append(0)
                    self.emit(node.kids[i], flags)
                    code.append(_OP_JMP)
                    jumps.append(len(code))
                    code.append(0)
                    code[at] = len(code)
                else:
                    self.emit(node.kids[i], flags)
            for j in jumps:
                code[j] = len(code)
            return
        if op == _N_REPEAT:
            self.emit_repeat(node, flags)
            return
        if op == _N_LOOK:
            kind = 0
            width = 0
            if node.a < 0:
                kind = 2
                lo, hi = self.parser.width(node.kids[0])
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                width = lo
            if node.b:
                kind += 1
            code.append(_OP_LOOK)
            code.append(kind)
            code.append(width)
            at = len(code)
            code.append(0)
            self.emit(node.kids[0], flags)
            code.append(_OP_LOOKEND)
            code[at] = len(code)
            return
        if op == _N_BACKREF:
            code.append(_OP_BACKREF)
            code.append(node.a)
            if (flags & IGNORECASE) == 0:
                code.append(0)
            elif flags & ASCII:
                code.append(2)
            else:
                code.append(1)
            return
        if op == _N_ATOMIC:
            code.append(_OP_ATOMIC)
            self.emit(node.kids[0], flags)
            code.append(_OP_ATOMICEND)
            return
        if op == _N_COND:
            code.append(_OP_GROUPEXISTS)
            code.append(node.a)
            at = len(code)
            code.append(0)
            self.emit(node.kids[0], flags)
            code.append(_OP_JMP)
            at2 = len(code)
            code.append(0)
            code[at] = len(code)
            self.emit(node.kids[1], flags)
            code[at2] = len(code)
            return
        raise error("internal: unsupported node")

    def emit_repeat(self, node, flags):
        code = self.code
        lo = node.a
        hi = node.b
        mode = node.c
        item = node.kids[0]
        u, a = self.unit(item, flags)
        if u >= 0:
            code.append(_OP_REP1)
            code.append(lo)
            code.append(hi)
            code.append(mode)
            code.append(u)
            code.append(a)
            return
        if mode == 2:
            # possessive: an atomic group around the greedy repeat
            code.append(_OP_ATOMIC)
            self.emit_loop(item, lo, hi, 0, flags)
            code.append(_OP_ATOMICEND)
            return
        self.emit_loop(item, lo, hi, mode, flags)

    def emit_loop(self, item, lo, hi, lazy, flags):
        code = self.code
        if lo == 1 and hi == 1:
            self.emit(item, flags)
            return
        if hi == 0:
            return
        reg = self.nloops
        self.nloops += 1
        code.append(_OP_REPINIT)
        code.append(reg)
        loop = len(code)
        code.append(_OP_REPLOOP)
        code.append(reg)
        code.append(lo)
        code.append(hi)
        code.append(lazy)
        at = len(code)
        code.append(0)
        self.emit(item, flags)
        code.append(_OP_JMP)
        code.append(loop)
        code[at] = len(code)


def _possessify(code, sets, setmode, setasc):
    # A greedy single-character loop followed (past group marks) by a
    # literal its unit cannot match never needs to give characters back:
    # each one it gives back is not that literal. Make it possessive.
    pc = 0
    n = len(code)
    while pc < n:
        op = code[pc]
        if op == _OP_REP1 and code[pc + 3] == 0:
            nxt = pc + 6
            while code[nxt] == _OP_SAVE:
                nxt += 2
            c = -1
            if code[nxt] == _OP_CHAR:
                c = code[nxt + 1]
            elif code[nxt] == _OP_STR:
                c = code[nxt + 2]
            if c >= 0 and not _unit_ok(code[pc + 4], code[pc + 5], c, sets, setmode, setasc):
                code[pc + 3] = 2
        pc += _op_size(code, pc)


def _first_set(code, pc, sets, setmode, setasc, depth, out):
    # Marks in out (128 flags) the ASCII characters a match attempt from pc
    # can consume first; False when that is unknown (the attempt may consume
    # nothing, or the instruction is not followed here): then out means
    # nothing.
    while depth < 40:
        op = code[pc]
        if op == _OP_SAVE or op == _OP_AT:
            pc += 2
        elif op == _OP_ATOMIC:
            pc += 1
        elif op == _OP_JMP:
            pc = code[pc + 1]
            depth += 1
        elif op == _OP_SPLIT:
            if not _first_set(code, code[pc + 1], sets, setmode, setasc, depth + 1, out):
                return False
            pc = code[pc + 2]
            depth += 1
        elif op == _OP_STR:
            c = code[pc + 2]
            if c < 128:
                out[c] = 1
            return True
        elif op == _OP_CHAR or op == _OP_NOTCHAR or op == _OP_CHAR_I or op == _OP_NOTCHAR_I or op == _OP_SET or op == _OP_ANY or op == _OP_ANYALL:
            for c in range(128):
                if _unit_ok(op, code[pc + 1], c, sets, setmode, setasc):
                    out[c] = 1
            return True
        elif op == _OP_REP1:
            for c in range(128):
                if _unit_ok(code[pc + 4], code[pc + 5], c, sets, setmode, setasc):
                    out[c] = 1
            if code[pc + 1] > 0:
                return True
            pc += 6
        elif op == _OP_REPINIT and code[pc + 2] == _OP_REPLOOP:
            lp = pc + 2
            if code[lp + 2] == 0:
                if not _first_set(code, code[lp + 5], sets, setmode, setasc, depth + 1, out):
                    return False
            pc = lp + 6
            depth += 1
        else:
            return False
    return False


# The row of a branch that may start with any character.
_ANY_ASCII_ROW = bytearray(b"\x01" * 128)


def _first_row(code, pc, sets, setmode, setasc):
    # The 128 flags of _first_set from pc, or an empty row when unknown.
    out = bytearray(128)
    if _first_set(code, pc, sets, setmode, setasc, 0, out):
        return out
    out.clear()
    return out


def _op_size(code, pc):
    op = code[pc]
    if op == _OP_MATCH or op == _OP_ANY or op == _OP_ANYALL or op == _OP_LOOKEND or op == _OP_ATOMIC or op == _OP_ATOMICEND or op == _OP_FAIL:
        return 1
    if op == _OP_SPLIT or op == _OP_BACKREF or op == _OP_GROUPEXISTS:
        return 3
    if op == _OP_REP1 or op == _OP_REPLOOP:
        return 6
    if op == _OP_LOOK:
        return 4
    if op == _OP_STR:
        return 2 + code[pc + 1]
    return 2


def _compact(items):
    # Sorted, merged ranges for a set of _K_LIT/_K_RANGE items (categories
    # and _K_RANGE_UI items are kept after them).
    points = []
    rest = []
    i = 0
    n = len(items)
    while i < n:
        k = items[i]
        if k == _K_LIT:
            points.append(items[i + 1])
            points.append(items[i + 1])
            i += 2
        elif k == _K_RANGE:
            points.append(items[i + 1])
            points.append(items[i + 2])
            i += 3
        elif k == _K_CAT:
            rest.append(k)
            rest.append(items[i + 1])
            i += 2
        else:
            rest.append(k)
            rest.append(items[i + 1])
            rest.append(items[i + 2])
            i += 3
    pairs = []
    j = 0
    while j < len(points):
        pairs.append((points[j], points[j + 1]))
        j += 2
    pairs.sort()
    out = []
    curlo = -2
    curhi = -2
    for lo, hi in pairs:
        if lo <= curhi + 1:
            if hi > curhi:
                curhi = hi
        else:
            if curlo >= 0:
                _put_range(out, curlo, curhi)
            curlo = lo
            curhi = hi
    if curlo >= 0:
        _put_range(out, curlo, curhi)
    for r in rest:
        out.append(r)
    return out


def _put_range(out, lo, hi):
    if lo == hi:
        out.append(_K_LIT)
        out.append(lo)
    else:
        out.append(_K_RANGE)
        out.append(lo)
        out.append(hi)


# ---------------------------------------------------------------- compile-time tables


def _unit_ok(ut, ua, c, sets, setmode, setasc):
    if ut == _OP_CHAR:
        return c == ua
    if ut == _OP_SET:
        if c < 128:
            return setasc[(ua << 7) + c] != 0
        return _set_test(sets[ua], setmode[ua], c)
    if ut == _OP_ANY:
        return c != 10
    if ut == _OP_ANYALL:
        return True
    if ut == _OP_NOTCHAR:
        return c != ua
    if ut == _OP_CHAR_I:
        return _lower(c) == ua
    return _lower(c) != ua


# ---------------------------------------------------------------- templates


class _Template:
    # A parsed replacement: literal pieces and group numbers (-1: literal).
    def __init__(self):
        self.parts = []
        self.groups = []
        self.literal = ""
        self.is_literal = True


def _parse_template(prog, repl):
    # prog: a Pattern or its _Prog (anything with groups and groupindex).
    t = _Template()
    s = _Parser(repl, 0)
    literal = ""
    while True:
        this = s.get()
        if this == "":
            break
        if this[0] == "\\":
            c = this[1]
            index = -1
            if c == "g":
                if not s.match("<"):
                    raise s.err("missing <", 0)
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    index = prog.groupindex.get(name, -1)
                    if index < 0:
                        raise IndexError("unknown group name %r" % name)
                else:
                    ok = len(name) > 0
                    for ch in name:
                        if not ("0" <= ch <= "9"):
                            ok = False
                    if not ok:
                        raise s.err("bad character in group name %r" % name, len(name) + 1)
                    index = int(name)
                    if index >= _MAXGROUPS:
                        raise s.err("invalid group reference %d" % index, len(name) + 1)
                if index > prog.groups:
                    raise s.err("invalid group reference %d" % index, len(name) + 1)
            elif c == "0":
                if _is_octal_ch(s.next):
                    this += s.get()
                    if _is_octal_ch(s.next):
                        this += s.get()
                literal += chr(int(this[1:], 8) & 0xff)
            elif "1" <= c <= "9":
                isoctal = False
                if _is_digit_ch(s.next):
                    this += s.get()
                    if _is_octal_ch(c) and _is_octal_ch(this[2]) and _is_octal_ch(s.next):
                        this += s.get()
                        isoctal = True
                        v = int(this[1:], 8)
                        if v > 0o377:
                            raise s.err("octal escape value %s outside of range 0-0o377" % this, len(this))
                        literal += chr(v)
                if not isoctal:
                    index = int(this[1:])
                    if index > prog.groups:
                        raise s.err("invalid group reference %d" % index, len(this) - 1)
            else:
                code = _simple_escape(c)
                if c == "b":
                    code = 8
                if code >= 0:
                    literal += chr(code)
                elif _is_ascii_letter(c):
                    raise s.err("bad escape %s" % this, len(this))
                else:
                    literal += this
            if index >= 0:
                if literal:
                    t.parts.append(literal)
                    t.groups.append(-1)
                    literal = ""
                t.parts.append("")
                t.groups.append(index)
                t.is_literal = False
        else:
            literal += this
    if literal:
        t.parts.append(literal)
        t.groups.append(-1)
    if t.is_literal:
        t.literal = "".join(t.parts)
    return t


_NO_TEMPLATE = _Template()


def _expand(t, string, codes, slots, base):
    # The template with the groups of the match whose slots start at
    # slots[base].
    if t.is_literal:
        return t.literal
    out = []
    n = len(t.parts)
    for i in range(n):
        g = t.groups[i]
        if g < 0:
            out.append(t.parts[i])
        else:
            a = slots[base + 2 * g]
            b = slots[base + 2 * g + 1]
            if a >= 0 and b >= 0:
                out.append(_substr(string, codes, a, b))
    return "".join(out)


def _flags_repr(flags):
    names = ["re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL",
             "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"]
    values = [1, 2, 4, 8, 16, 32, 64, 128, 256]
    parts = []
    for i in range(len(names)):
        if flags & values[i]:
            parts.append(names[i])
            flags &= ~values[i]
    if flags:
        parts.append(hex(flags))
    return "|".join(parts)


class _Prog:
    # A compiled pattern: its program and tables. A Pattern reaches its
    # _Prog through an index into _PROGS, not an attribute: when user code
    # mixes a Match with values of other types, the checker makes every
    # attribute reachable from it dynamic, and the matcher must stay typed.
    def __init__(self, pattern, flags):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if (flags & ASCII) and (flags & UNICODE):
            raise ValueError("ASCII and UNICODE flags are incompatible")
        p = _Parser(pattern, flags)
        tree = p.parse_sub((flags & VERBOSE) != 0, 0)
        allflags = p.flags
        if (allflags & ASCII) == 0:
            allflags |= UNICODE
        elif allflags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        if p.next != "":
            raise p.err("unbalanced parenthesis", 0)
        for g in p.grouprefpos:
            if g >= p.groups():
                raise _error("invalid group reference %d" % g, pattern, p.grouprefpos[g])
        self.flags = allflags
        self.groups = p.groups() - 1
        self.groupindex = p.groupdict
        names = [""] * (self.groups + 1)
        for name in p.groupdict:
            names[p.groupdict[name]] = name
        self.names = names
        comp = _Compiler(p, self.groups)
        comp.emit(tree, allflags)
        comp.code.append(_OP_MATCH)
        # each set's answer for the ASCII characters, 128 entries per set
        # (a bytearray: a program keeping thousands of patterns keeps these
        # rows, 128 bytes each rather than 128 list items)
        asc = bytearray(128 * len(comp.sets))
        for sid in range(len(comp.sets)):
            for c in range(128):
                if _set_test(comp.sets[sid], comp.setmode[sid], c):
                    asc[(sid << 7) + c] = 1
        _possessify(comp.code, comp.sets, comp.setmode, asc)
        # Alternatives: for each SPLIT whose branches' first characters are
        # known, two more 128-entry rows in asc (after the sets' rows); the
        # matcher skips a branch that cannot start with the next (ASCII)
        # character instead of trying it. splitk[pc]: the first row, or -1.
        code = comp.code
        splitk = [-1] * len(code)
        nrows = len(comp.sets)
        pc = 0
        while pc < len(code):
            if code[pc] == _OP_SPLIT:
                ra = _first_row(code, code[pc + 1], comp.sets, comp.setmode, asc)
                rb = _first_row(code, code[pc + 2], comp.sets, comp.setmode, asc)
                if len(ra) != 0 or len(rb) != 0:
                    if len(ra) == 0:
                        ra = _ANY_ASCII_ROW
                    if len(rb) == 0:
                        rb = _ANY_ASCII_ROW
                    asc.extend(ra)
                    asc.extend(rb)
                    splitk[pc] = nrows
                    nrows += 2
            pc += _op_size(code, pc)
        self.splitk = splitk
        # the characters a match can start with (first == 4), when known
        whole = _first_row(code, 0, comp.sets, comp.setmode, asc)
        self.code = comp.code
        self.sets = comp.sets
        self.setmode = comp.setmode
        self.setasc = asc
        self.regbase = comp.regbase
        self.nslots = comp.regbase + 2 * comp.nloops
        # the slots a match or search fills, kept between calls (the matcher
        # calls no user code, so one use at a time): all -1 when not in use
        self.st = [-1] * self.nslots
        # The code points of the last long non-ASCII subject matched (see
        # remember), for the machine and, a separate list, for the matches'
        # slices.
        self.codes_of = ""
        self.codes = [0]
        self.codes.clear()
        self.cut = [0]
        self.cut.clear()
        # slots a match keeps: two per group, then lastindex
        self.stride = comp.regbase
        self.templates = {}
        # Search strategy: a pattern that is one literal string is searched
        # with str.find; otherwise the first instruction past group marks
        # tells where a match can start (first: 0 anywhere, 1 at the code
        # point first_arg (the machine finds a longer literal prefix with
        # memmem), 2 in the set first_arg, 3 only at the start, 4 at the
        # ASCII characters of the row first_arg or any other).
        code = self.code
        self.literal = ""
        self.is_literal = False
        if code[0] == _OP_STR and code[2 + code[1]] == _OP_MATCH:
            self.is_literal = True
            self.literal = "".join([chr(c) for c in code[2:2 + code[1]]])
        elif code[0] == _OP_CHAR and code[2] == _OP_MATCH:
            self.is_literal = True
            self.literal = chr(code[1])
        self.first = 0
        self.first_arg = 0
        i = 0
        while code[i] == _OP_SAVE:
            i += 2
        op = code[i]
        if op == _OP_CHAR or op == _OP_STR:
            self.first = 1
            self.first_arg = code[i + 1] if op == _OP_CHAR else code[i + 2]
        elif op == _OP_SET:
            self.first = 2
            self.first_arg = code[i + 1]
        elif op == _OP_REP1 and code[i + 1] > 0 and (code[i + 4] == _OP_CHAR or code[i + 4] == _OP_SET):
            self.first = 1 if code[i + 4] == _OP_CHAR else 2
            self.first_arg = code[i + 5]
        elif op == _OP_AT and (code[i + 1] == _AT_BEGINNING or code[i + 1] == _AT_BEGINNING_STRING):
            self.first = 3
        elif len(whole) != 0:
            self.first = 4
            self.first_arg = len(asc) >> 7
            asc.extend(whole)
        # the ints the machine reads besides the lists (re_vm.c's INFO_*)
        self.vm_info = [self.regbase, self.nslots, self.first, self.first_arg, self.stride]

    def literal_at(self, string, pos, endpos, mode):
        # Start of the literal at pos (mode 1, 2) or after it (mode 0), or -1.
        lit = self.literal
        n = len(lit)
        if mode == 0:
            return string.find(lit, pos, endpos)
        if pos + n > endpos or not string.startswith(lit, pos):
            return -1
        if mode == 2 and pos + n != endpos:
            return -1
        return pos

    def remember(self, string):
        # Decodes a long non-ASCII string once for consecutive calls on it
        # (a tokenizer's match(text, pos)): the machine reads self.codes
        # instead of decoding it again, and the matches slice self.cut
        # instead of scanning the UTF-8 from the start.
        # (id(): `is` between two str; codes_of keeps the last one alive,
        # so its id belongs to no other object)
        if id(string) != id(self.codes_of):
            self.codes = [ord(c) for c in string]
            self.cut = list(self.codes)
            self.codes_of = string

    def search(self, subj, start, end, mode, must_advance):
        # The leftmost match starting in [start, end] of subj (a str, or the
        # code points of one): its end (self.st holds the groups) or -1. mode 0 search, 1 match (at start only), 2
        # fullmatch; must_advance: not an empty match at start.
        if must_advance:
            mode += 4
        return _aithon_re.search(self.code, self.splitk, self.setasc, self.sets, self.setmode, self.vm_info,
                                 subj, start, end, mode, self.st)

    def all(self, string, pos, endpos, limit):
        # (the slots of every match, self.stride ints each, as the scanner
        # CPython's findall, finditer, sub and split use: an empty match
        # never directly follows another match at the same place; at most
        # limit matches, 0: no limit. Then the code points to cut a long
        # non-ASCII string with, or empty: slice it).
        pos, endpos = _bounds(string, pos, endpos)
        out = []
        cut = _NO_CODES
        count = 0
        long_wide = len(string) > _SLICE_DIRECT and not string.isascii()
        if self.is_literal and not long_wide:
            lit = self.literal
            n = len(lit)
            while limit == 0 or count < limit:
                i = string.find(lit, pos, endpos)
                if i < 0:
                    break
                out.append(i)
                out.append(i + n)
                out.append(-1)
                count += 1
                pos = i + n
        elif long_wide:
            self.remember(string)
            cut = self.cut
            if pos <= endpos:
                count = _aithon_re.scan(self.code, self.splitk, self.setasc, self.sets, self.setmode, self.vm_info,
                                        self.codes, pos, endpos, limit, out)
        elif pos <= endpos:
            count = _aithon_re.scan(self.code, self.splitk, self.setasc, self.sets, self.setmode, self.vm_info,
                                    string, pos, endpos, limit, out)
        return out, cut

    def template(self, repl):
        if repl in self.templates:
            return self.templates[repl]
        t = _parse_template(self, repl)
        self.templates[repl] = t
        return t


# The compiled programs of live patterns: at most _MAX_PROGS, the oldest
# recycled first (a pattern whose slot was recycled compiles again when used).
_PROGS = []
_PROG_SERIAL = []
_MAX_PROGS = 1024
_prog_serial = 0
_prog_recycle = 0


def _register(prog):
    global _prog_serial, _prog_recycle
    _prog_serial += 1
    if len(_PROGS) < _MAX_PROGS:
        _PROGS.append(prog)
        _PROG_SERIAL.append(_prog_serial)
        return len(_PROGS) - 1, _prog_serial
    slot = _prog_recycle
    _prog_recycle = (_prog_recycle + 1) % _MAX_PROGS
    _PROGS[slot] = prog
    _PROG_SERIAL[slot] = _prog_serial
    return slot, _prog_serial


def _prog_of(pattern):
    # A module function, not a method: the methods of a class whose
    # instances met dynamic code are callable dynamically, and what they
    # return becomes dynamic too.
    slot = int(pattern._slot)
    if _PROG_SERIAL[slot] == pattern._serial:
        return _PROGS[slot]
    # str() and int(): the attributes may have become dynamic, and the
    # program's own types must not
    prog = _Prog(str(pattern.pattern), int(pattern._flags_arg))
    slot, serial = _register(prog)
    pattern._slot = slot
    pattern._serial = serial
    return prog


def _check_subject(string):
    # The TypeError of CPython's getstring() for a subject that is not a str.
    if not isinstance(string, str):
        if isinstance(string, bytes) or isinstance(string, bytearray):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


def _bounds(string, pos, endpos):
    _check_subject(string)
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = 0
    return pos, endpos


class Pattern:
    def __init__(self, pattern, flags):
        prog = _Prog(pattern, flags)
        self.pattern = pattern
        self.flags = prog.flags
        self.groups = prog.groups
        self.groupindex = {}
        for name in prog.groupindex:
            self.groupindex[name] = prog.groupindex[name]
        self._names = [name for name in prog.names]
        self._flags_arg = flags
        slot, serial = _register(prog)
        self._slot = slot
        self._serial = serial

    def __repr__(self):
        flags = self.flags
        if (flags & (LOCALE | UNICODE | ASCII)) == UNICODE:
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if flags:
            return "re.compile(%s, %s)" % (text, _flags_repr(flags))
        return "re.compile(%s)" % text

    def _do(self, string, pos, endpos, mode):
        # Match or None. Every argument of the Match below has a type in the
        # checker's first round (none comes from a helper's result or an
        # attribute), so callers never see this typed as plain None while
        # inference is under way.
        prog = _prog_of(self)
        _check_subject(string)
        length = len(string)
        if pos < 0:
            pos = 0
        elif pos > length:
            pos = length
        if endpos > length:
            endpos = length
        elif endpos < 0:
            endpos = 0
        st = prog.st
        cut = _NO_CODES
        found = False
        # a long non-ASCII subject goes to the machine even for a literal
        # pattern: str.find from an index scans the UTF-8 from the start
        long_wide = length > _SLICE_DIRECT and not string.isascii()
        if prog.is_literal and not long_wide:
            a = prog.literal_at(string, pos, endpos, mode)
            if a >= 0:
                st[0] = a
                st[1] = a + len(prog.literal)
                found = True
        elif pos <= endpos:
            if long_wide:
                prog.remember(string)
                found = prog.search(prog.codes, pos, endpos, mode, False) >= 0
                cut = prog.cut
            else:
                found = prog.search(string, pos, endpos, mode, False) >= 0
        if not found:
            return None
        # The Match gets copies: the matcher's lists must never meet a
        # Match's, whose types user code may make dynamic.
        regs = list(st)
        for i in range(len(st)):
            st[i] = -1
        return Match(self, string, cut, regs, pos, endpos)

    def match(self, string, pos=0, endpos=sys.maxsize):
        return self._do(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        return self._do(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=sys.maxsize):
        return self._do(string, pos, endpos, 0)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        result = []
        prog = _prog_of(self)
        g = prog.groups
        found, codes = prog.all(string, pos, endpos, 0)
        stride = prog.stride
        k = 0
        while k < len(found):
            if g == 0:
                result.append(_substr(string, codes, found[k], found[k + 1]))
            elif g == 1:
                result.append(_group(string, codes, found, k + 2, ""))
            else:
                result.append(tuple([_group(string, codes, found, k + 2 * i, "") for i in range(1, g + 1)]))
            k += stride
        return result

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        prog = _prog_of(self)
        p, e = _bounds(string, pos, endpos)
        stride = prog.stride
        if prog.is_literal or p > e or not string.isascii():
            found, codes = prog.all(string, pos, endpos, 0)
            k = 0
            while k < len(found):
                yield Match(self, string, codes, [found[k + i] for i in range(stride)], p, e)
                k += stride
            return
        # An ASCII subject: one match at a time, as CPython's scanner (no
        # list of every match first). The pattern's slots are free again
        # before each yield.
        st = prog.st
        at = p
        must_advance = False
        while True:
            end = prog.search(string, at, e, 0, must_advance)
            if end < 0:
                break
            regs = [st[i] for i in range(stride)]
            for i in range(len(st)):
                st[i] = -1
            must_advance = end == regs[0]
            at = end
            yield Match(self, string, _NO_CODES, regs, p, e)

    def _subx(self, repl, string, count):
        prog = _prog_of(self)
        p, e = _bounds(string, 0, sys.maxsize)
        parts = []
        last = 0
        n = 0
        is_str = isinstance(repl, str)
        t = _NO_TEMPLATE
        if is_str:
            # str(repl): repl itself; a function never gets here
            t = prog.template(str(repl))
        found, codes = prog.all(string, 0, sys.maxsize, count)
        if len(found) == 0:
            return string, 0
        stride = prog.stride
        if is_str and t.is_literal:
            # one str built in place: a list of pieces would hold every
            # unchanged stretch as its own str until the join
            return _aithon_re.splice(string, found, stride, t.literal), len(found) // stride
        k = 0
        while k < len(found):
            parts.append(_substr(string, codes, last, found[k]))
            if is_str:
                if t.is_literal:
                    parts.append(t.literal)
                else:
                    parts.append(_expand(t, string, codes, found, k))
            else:
                # repl(match), written as map(): the checker rejects a call of
                # repl in _subx's str specialisation even where it never runs,
                # and accepts map(). (Until the compiler keeps map()'s call
                # per specialisation, only one function works as repl.)
                for r in map(repl, [Match(self, string, codes, [found[k + i] for i in range(stride)], p, e)]):
                    parts.append(r)
            last = found[k + 1]
            n += 1
            k += stride
        parts.append(_substr(string, codes, last, len(string)))
        return "".join(parts), n

    def sub(self, repl, string, count=0):
        s, n = self._subx(repl, string, count)
        return s

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def split(self, string, maxsplit=0):
        result = []
        if maxsplit < 0:
            result.append(string)
            return result
        prog = _prog_of(self)
        last = 0
        found, codes = prog.all(string, 0, sys.maxsize, maxsplit)
        stride = prog.stride
        groups = prog.groups
        k = 0
        while k < len(found):
            result.append(_substr(string, codes, last, found[k]))
            for g in range(1, groups + 1):
                a = found[k + 2 * g]
                b = found[k + 2 * g + 1]
                if a >= 0 and b >= 0:
                    result.append(_substr(string, codes, a, b))
                else:
                    result.append(None)
            last = found[k + 1]
            k += stride
        result.append(_substr(string, codes, last, len(string)))
        return result


# Strings up to this many code points are sliced directly even when they are
# not ASCII; longer ones are cut from their code points, as slicing a non-ASCII
# str scans it from the start.
_SLICE_DIRECT = 256
_NO_CODES = [0]
_NO_CODES.clear()


def _substr(string, codes, a, b):
    if len(codes) == 0:
        return string[a:b]
    return "".join([chr(c) for c in codes[a:b]])


def _group(string, codes, slots, at, default):
    # The group whose start is slots[at] and end slots[at + 1].
    a = slots[at]
    b = slots[at + 1]
    if a >= 0 and b >= 0:
        return _substr(string, codes, a, b)
    return default


class Match:
    def __init__(self, pattern, string, codes, regs, pos, endpos):
        self.re = pattern
        self.string = string
        self._codes = codes
        # regs: the pattern's slots (two per group, then lastindex, then
        # loop counters), owned by this match
        self._regs = regs
        self.pos = pos
        self.endpos = endpos

    def _index(self, g):
        # The group number of g (an int or a group name). str(g) and int(g)
        # are g itself: they type each branch for the other kind of g.
        if isinstance(g, str):
            i = self.re.groupindex.get(str(g), -1)
            if i < 0:
                raise IndexError("no such group")
            return i
        gi = int(g)
        if gi < 0 or gi > self.re.groups:
            raise IndexError("no such group")
        return gi

    def _get(self, g, default):
        return _group(self.string, self._codes, self._regs, 2 * self._index(g), default)

    def group(self, *args):
        if len(args) == 0:
            return _group(self.string, self._codes, self._regs, 0, None)
        if len(args) == 1:
            return self._get(args[0], None)
        return tuple([self._get(g, None) for g in args])

    def __getitem__(self, g):
        return self._get(g, None)

    def groups(self, default=None):
        return tuple([_group(self.string, self._codes, self._regs, 2 * i, default) for i in range(1, int(self.re.groups) + 1)])

    def groupdict(self, default=None):
        d = {}
        for name in self.re.groupindex:
            d[name] = _group(self.string, self._codes, self._regs, 2 * self.re.groupindex[name], default)
        return d

    def start(self, group=0):
        return self._regs[2 * self._index(group)]

    def end(self, group=0):
        return self._regs[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._regs[2 * i], self._regs[2 * i + 1])

    @property
    def regs(self):
        return tuple([(self._regs[2 * i], self._regs[2 * i + 1]) for i in range(int(self.re.groups) + 1)])

    @property
    def lastindex(self):
        i = self._regs[2 * self.re.groups + 2]
        if i < 0:
            return None
        return i

    @property
    def lastgroup(self):
        i = self._regs[2 * self.re.groups + 2]
        if i < 0:
            return None
        name = self.re._names[i]
        if name:
            return name
        return None

    def expand(self, template):
        t = _parse_template(self.re, template)
        return _expand(t, self.string, self._codes, self._regs, 0)

    def __bool__(self):
        return True

    def __repr__(self):
        text = _group(self.string, self._codes, self._regs, 0, "")
        return "<re.Match object; span=(%d, %d), match=%s>" % (self._regs[0], self._regs[1], repr(text)[:50])


# ---------------------------------------------------------------- bytes patterns

# A bytes pattern is the str pattern of the same code points (latin-1: one per
# byte) matched with ASCII semantics (\w, \d, \s, \b and IGNORECASE see
# ASCII only, as for bytes in CPython) against the subject decoded the same
# way; what it finds is encoded back, byte for byte.


def _bytes_subject(string):
    if isinstance(string, bytes) or isinstance(string, bytearray):
        return bytes(string).decode("latin-1")
    if isinstance(string, str):
        raise TypeError("cannot use a bytes pattern on a string-like object")
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


def _to_bytes(x):
    # A found str, a tuple of them (findall's groups) or None, as bytes.
    if x is None:
        return None
    if isinstance(x, tuple):
        return tuple([_to_bytes(y) for y in x])
    return str(x).encode("latin-1")


class BytesPattern:
    def __init__(self, pattern, flags):
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        self._str = Pattern(pattern.decode("latin-1"), flags | ASCII)
        self.pattern = pattern
        self.flags = self._str.flags if flags & ASCII else self._str.flags & ~ASCII
        self.groups = self._str.groups
        self.groupindex = self._str.groupindex

    def __repr__(self):
        text = repr(self.pattern)[:200]
        if self.flags:
            return "re.compile(%s, %s)" % (text, _flags_repr(self.flags))
        return "re.compile(%s)" % text

    def _wrap(self, m):
        if m is None:
            return None
        return BytesMatch(self, m)

    def match(self, string, pos=0, endpos=sys.maxsize):
        return self._wrap(self._str.match(_bytes_subject(string), pos, endpos))

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        return self._wrap(self._str.fullmatch(_bytes_subject(string), pos, endpos))

    def search(self, string, pos=0, endpos=sys.maxsize):
        return self._wrap(self._str.search(_bytes_subject(string), pos, endpos))

    def findall(self, string, pos=0, endpos=sys.maxsize):
        return [_to_bytes(x) for x in self._str.findall(_bytes_subject(string), pos, endpos)]

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        for m in self._str.finditer(_bytes_subject(string), pos, endpos):
            yield BytesMatch(self, m)

    def _subx(self, repl, string, count):
        subject = _bytes_subject(string)
        if isinstance(repl, bytes) or isinstance(repl, bytearray):
            s, n = self._str.subn(bytes(repl).decode("latin-1"), subject, count)
        elif isinstance(repl, str):
            raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
        else:
            # repl(match) per match, as CPython's sub (its empty-match rules are finditer's)
            parts = []
            last = 0
            n = 0
            for m in self._str.finditer(subject):
                if count and n >= count:
                    break
                parts.append(subject[last:m.start()])
                parts.append(_bytes_subject(repl(BytesMatch(self, m))))
                last = m.end()
                n += 1
            parts.append(subject[last:])
            s = "".join(parts)
        return s.encode("latin-1"), n

    def sub(self, repl, string, count=0):
        s, n = self._subx(repl, string, count)
        return s

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def split(self, string, maxsplit=0):
        return [_to_bytes(x) for x in self._str.split(_bytes_subject(string), maxsplit)]


class BytesMatch:
    def __init__(self, pattern, m):
        self.re = pattern
        self._m = m
        self.pos = m.pos
        self.endpos = m.endpos

    @property
    def string(self):
        return str(self._m.string).encode("latin-1")

    def group(self, *args):
        if len(args) == 0:
            return _to_bytes(self._m.group())
        if len(args) == 1:
            return _to_bytes(self._m.group(args[0]))
        return tuple([_to_bytes(self._m.group(g)) for g in args])

    def __getitem__(self, g):
        return _to_bytes(self._m.group(g))

    def groups(self, default=None):
        return tuple([default if x is None else _to_bytes(x) for x in self._m.groups()])

    def groupdict(self, default=None):
        d = {}
        for name, x in self._m.groupdict().items():
            d[name] = default if x is None else _to_bytes(x)
        return d

    def start(self, group=0):
        return self._m.start(group)

    def end(self, group=0):
        return self._m.end(group)

    def span(self, group=0):
        return self._m.span(group)

    @property
    def regs(self):
        return self._m.regs

    @property
    def lastindex(self):
        return self._m.lastindex

    @property
    def lastgroup(self):
        return self._m.lastgroup

    def expand(self, template):
        return _to_bytes(self._m.expand(_bytes_subject(template)))

    def __bool__(self):
        return True

    def __repr__(self):
        a, b = self._m.span()
        return "<re.Match object; span=(%d, %d), match=%s>" % (a, b, repr(self.group())[:50])


# ---------------------------------------------------------------- module API

# Compiled patterns: by pattern for flags 0 (no key to build), else by
# (pattern, flags).
_cache = {}
_cache_flags = {}
_cache_bytes = {}


def _compile(pattern, flags):
    # A compiled pattern passed to the module functions is used as it is (CPython's re._compile).
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if isinstance(pattern, BytesPattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if isinstance(pattern, bytes):
        key = (pattern, flags)
        if key in _cache_bytes:
            return _cache_bytes[key]
        b = BytesPattern(pattern, flags)
        _cache_bytes[key] = b
        return b
    if flags == 0:
        if pattern in _cache:
            return _cache[pattern]
        p = Pattern(pattern, 0)
        _cache[pattern] = p
        return p
    key = (pattern, flags)
    if key in _cache_flags:
        return _cache_flags[key]
    q = Pattern(pattern, flags)
    _cache_flags[key] = q
    return q


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()
    _cache_flags.clear()
    _cache_bytes.clear()


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    if isinstance(pattern, bytes):
        return _escape_str(pattern.decode("latin-1")).encode("latin-1")
    return _escape_str(pattern)


def _escape_str(pattern):
    out = []
    for c in pattern:
        if c in _SPECIAL:
            out.append("\\")
        out.append(c)
    return "".join(out)
