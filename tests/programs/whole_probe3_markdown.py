"""A Markdown subset to HTML converter: block parsing, inline spans with regexes, escaping, a table of contents."""
import html
import re
from collections import Counter

DOC = """# Project *Aithon*

Aithon compiles **ordinary** Python to native code.
It is _fast_ and `small`.

## Features

- static types, inferred
- a C runtime with a **tracing** GC
- generators, closures & classes

1. parse
2. type-check
3. emit LLVM

## Example

```
def main():
    print("hi <there>")
```

> Quoted text with a [link](https://example.com/a?b=1&c=2).
> Second line.

### Table

| name | speed | notes |
|------|------:|-------|
| cpython | 1.0 | baseline |
| aithon | 27.5 | *native* |

Final paragraph with trailing spaces  
and a hard break. Unclosed *emphasis stays.
"""

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{m.group(1)}</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), lambda m: f"<strong>{m.group(1)}</strong>"),
    (re.compile(r"(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])"), lambda m: f"<em>{m.group(1)}</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)]+)\)"), lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>'),
]


def slugify(text):
    text = re.sub(r"<[^>]+>", "", text).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def inline(text):
    text = html.escape(text, quote=False)
    codes = []

    def stash(m):
        codes.append(m.group(0))
        return f"\x00{len(codes) - 1}\x00"

    text = re.sub(r"`[^`]+`", stash, text)
    for pattern, repl in INLINE[1:]:
        text = pattern.sub(repl, text)
    text = re.sub(r"\x00(\d+)\x00", lambda m: INLINE[0][0].sub(INLINE[0][1], codes[int(m.group(1))]), text)
    return text


class Renderer:
    def __init__(self):
        self.out = []
        self.toc = []
        self.stats = Counter()

    def emit(self, tag, body, **attrs):
        extra = "".join(f' {k}="{v}"' for k, v in sorted(attrs.items()))
        self.out.append(f"<{tag}{extra}>{body}</{tag}>")
        self.stats[tag] += 1

    def heading(self, line):
        level = len(line) - len(line.lstrip("#"))
        text = inline(line[level:].strip())
        slug = slugify(text)
        self.toc.append((level, slug, re.sub(r"<[^>]+>", "", text)))
        self.emit(f"h{level}", text, id=slug)

    def list_block(self, lines, ordered):
        tag = "ol" if ordered else "ul"
        items = [re.sub(r"^(\d+\.|[-*])\s+", "", l) for l in lines]
        self.out.append(f"<{tag}>")
        for it in items:
            self.emit("li", inline(it))
        self.out.append(f"</{tag}>")

    def table(self, lines):
        rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in lines]
        header, spec, body = rows[0], rows[1], rows[2:]
        aligns = ["right" if s.endswith(":") and not s.startswith(":") else "left" for s in spec]
        self.out.append("<table>")
        self.out.append("<tr>" + "".join(f"<th>{inline(h)}</th>" for h in header) + "</tr>")
        for r in body:
            cells = "".join(f'<td align="{a}">{inline(c)}</td>' for c, a in zip(r, aligns))
            self.out.append(f"<tr>{cells}</tr>")
        self.out.append("</table>")
        self.stats["table"] += 1

    def render(self, text):
        lines = text.split("\n")
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
            elif line.startswith("#"):
                self.heading(line)
                i += 1
            elif line.startswith("```"):
                j = i + 1
                while j < len(lines) and not lines[j].startswith("```"):
                    j += 1
                self.emit("pre", html.escape("\n".join(lines[i + 1:j])))
                i = j + 1
            elif re.match(r"^([-*]|\d+\.)\s", line):
                ordered = line[0].isdigit()
                j = i
                while j < len(lines) and re.match(r"^([-*]|\d+\.)\s", lines[j]):
                    j += 1
                self.list_block(lines[i:j], ordered)
                i = j
            elif line.startswith(">"):
                j = i
                while j < len(lines) and lines[j].startswith(">"):
                    j += 1
                self.emit("blockquote", inline(" ".join(l[1:].strip() for l in lines[i:j])))
                i = j
            elif line.startswith("|"):
                j = i
                while j < len(lines) and lines[j].startswith("|"):
                    j += 1
                self.table(lines[i:j])
                i = j
            else:
                j = i
                para = []
                while j < len(lines) and lines[j].strip() and not lines[j].startswith(("#", ">", "|", "```", "- ")):
                    l = lines[j]
                    para.append(inline(l.rstrip()) + ("<br>" if l.endswith("  ") else ""))
                    j += 1
                self.emit("p", "\n".join(para))
                i = j
        return "\n".join(self.out)

    def toc_html(self):
        return "\n".join(f"{'  ' * (lvl - 1)}- [{title}](#{slug})" for lvl, slug, title in self.toc)


def main():
    r = Renderer()
    page = r.render(DOC)
    print(page)
    print("----")
    print(r.toc_html())
    print(sorted(r.stats.items()))
    words = re.findall(r"[a-z]+", re.sub(r"<[^>]+>", " ", page).lower())
    print(len(words), Counter(words).most_common(4))
    print(inline("a < b && *c* `x<y>` **bold**"), slugify("Hello, World! 2024"))


if __name__ == "__main__":
    main()
