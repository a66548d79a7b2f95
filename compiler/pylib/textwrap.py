"""Text wrapping and filling: the `textwrap` standard module (CPython 3.11's).

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. Words are split with CPython's own wordsep_re
(through compiler/pylib/re.py), so hyphenated words, em-dashes and runs of
whitespace break where CPython breaks them.

Differences from CPython, forced by what the compiler supports:
- wrap(), fill() and shorten() spell out TextWrapper's keyword arguments
  instead of forwarding **kwargs (the compiler cannot unpack a ** dict that
  holds keys); the same keywords are accepted.
- indent()'s predicate defaults to a function, not None: passing
  predicate=None explicitly does not build.
- TextWrapper's settings are instance attributes only: no class attributes
  such as TextWrapper.wordsep_re to override in a subclass.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '

# CPython's patterns, built the same way from the same pieces.
_word_punct = r'[\w!"\'&.,?]'
_letter = r'[^\d\W]'
_whitespace_class = r'[%s]' % re.escape(_whitespace)
_nowhitespace_class = '[^' + _whitespace_class[1:]
_wordsep_re = re.compile(r'''
        ( # any whitespace
          %(ws)s+
        | # em-dash between words
          (?<=%(wp)s) -{2,} (?=\w)
        | # word, possibly hyphenated
          %(nws)s+? (?:
            # hyphenated word
              -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))
              (?= %(lt)s -? %(lt)s)
            | # end of word
              (?=%(ws)s|\Z)
            | # em-dash
              (?<=%(wp)s) (?=-{2,}\w)
            )
        )''' % {'wp': _word_punct, 'lt': _letter,
                'ws': _whitespace_class, 'nws': _nowhitespace_class},
        re.VERBOSE)
_wordsep_simple_re = re.compile(r'(%s+)' % _whitespace_class)


def _is_sentence_end(chunk):
    """CPython's sentence_end_re, r'[a-z][\\.\\!\\?][\\"\\']?\\Z', searched in chunk."""
    end = len(chunk)
    if end > 0 and (chunk[end - 1] == '"' or chunk[end - 1] == "'"):
        end -= 1
    if end < 2:
        return False
    punct = chunk[end - 1]
    letter = chunk[end - 2]
    return (punct == '.' or punct == '!' or punct == '?') and 'a' <= letter <= 'z'


class TextWrapper:

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            # CPython translates exactly these six characters to spaces.
            for ch in '\t\n\x0b\x0c\r':
                text = text.replace(ch, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            chunks = _wordsep_re.split(text)
        else:
            chunks = _wordsep_simple_re.split(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _is_sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len

        # Break the word when allowed; otherwise put it alone on a line,
        # longer than the width.
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, unless the text
                # before it is hyphens only.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Chunks are taken from the end: reversed, popping is cheap.
        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0

            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent

            width = self.width - len(indent)

            # A line other than the first never starts with whitespace.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                chunk_len = len(chunks[-1])
                if cur_len + chunk_len <= width:
                    cur_line.append(chunks.pop())
                    cur_len += chunk_len
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = 0
                for part in cur_line:
                    cur_len += len(part)

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    # The last line allowed: end it with the placeholder,
                    # dropping the words it does not leave room for.
                    placed = False
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            placed = True
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    if not placed:
                        appended_to_previous = False
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                appended_to_previous = True
                        if not appended_to_previous:
                            lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
         replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
         drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
         placeholder=' [...]'):
    w = TextWrapper(width, initial_indent, subsequent_indent, expand_tabs,
                    replace_whitespace, fix_sentence_endings, break_long_words,
                    drop_whitespace, break_on_hyphens, tabsize,
                    max_lines=max_lines, placeholder=placeholder)
    return w.wrap(text)


def fill(text, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
         replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
         drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
         placeholder=' [...]'):
    w = TextWrapper(width, initial_indent, subsequent_indent, expand_tabs,
                    replace_whitespace, fix_sentence_endings, break_long_words,
                    drop_whitespace, break_on_hyphens, tabsize,
                    max_lines=max_lines, placeholder=placeholder)
    return w.fill(text)


def shorten(text, width, initial_indent="", subsequent_indent="", expand_tabs=True,
            replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
            drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
            placeholder=' [...]'):
    w = TextWrapper(width, initial_indent, subsequent_indent, expand_tabs,
                    replace_whitespace, fix_sentence_endings, break_long_words,
                    drop_whitespace, break_on_hyphens, tabsize,
                    max_lines=1, placeholder=placeholder)
    return w.fill(' '.join(text.strip().split()))


def _is_blank(line):
    for ch in line:
        if ch != ' ' and ch != '\t':
            return False
    return True


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Tabs and spaces are both whitespace but are not equal: "  hello" and
    "\\thello" have no common leading whitespace. Lines of spaces and tabs only
    become empty. CPython does this with two multiline regexes whose ^ and $
    match around '\\n' only; the lines here are split on '\\n' alone for that."""
    lines = text.split('\n')
    margin = None
    for i in range(len(lines)):
        line = lines[i]
        if line == '':
            continue
        if _is_blank(line):
            lines[i] = ''
            continue
        k = 0
        while line[k] == ' ' or line[k] == '\t':
            k += 1
        line_indent = line[:k]
        if margin is None:
            margin = line_indent
        elif line_indent.startswith(margin):
            pass
        elif margin.startswith(line_indent):
            margin = line_indent
        else:
            # The longest common prefix of the two indents.
            j = 0
            while j < len(margin) and j < len(line_indent) and margin[j] == line_indent[j]:
                j += 1
            margin = margin[:j]
    if margin:
        cut = len(margin)
        for i in range(len(lines)):
            if lines[i].startswith(margin):
                lines[i] = lines[i][cut:]
    return '\n'.join(lines)


def _has_text(line):
    return line.strip()


# predicate defaults to a function rather than CPython's None: a parameter that
# is None in one call and a function in another cannot be called here.
def indent(text, prefix, predicate=_has_text):
    """Add prefix to the lines of text for which predicate(line) is true: by
    default, the lines that are not empty or whitespace only."""
    out = []
    for line in text.splitlines(True):
        if predicate(line):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
