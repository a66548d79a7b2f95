"""A project-tree auditor: builds a small source tree in a scratch
directory, walks it with os.walk and pathlib, reports sizes, line counts,
extensions and TODO markers, renames and prunes files, then removes the
whole tree again."""

import os
import os.path
from pathlib import Path

FILES = {
    "README.md": "# Demo\n\nA tiny project.\n",
    "setup.cfg": "[metadata]\nname = demo\n",
    "src/demo/__init__.py": "VERSION = '1.0'\n",
    "src/demo/core.py": "def add(a, b):\n    # TODO: overflow?\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n",
    "src/demo/util/strings.py": "def shout(s):\n    return s.upper()  # TODO: locale\n",
    "src/demo/util/__init__.py": "",
    "tests/test_core.py": "from demo.core import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n",
    "docs/guide.md": "Guide\n=====\n\nTODO: write it\n",
    "build/tmp/cache.bin": "x" * 300,
    "build/out.log": "ok\n" * 20,
}


def make_tree(root):
    for rel, text in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def human(n):
    for unit in ["B", "KiB", "MiB"]:
        if n < 1024:
            return f"{n} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n = n / 1024
    return f"{n:.1f} GiB"


def walk_report(root):
    total_files = 0
    total_bytes = 0
    by_ext = {}
    deepest = ("", 0)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel_dir = dirpath[len(root):].lstrip("/") or "."
        depth = 0 if rel_dir == "." else rel_dir.count("/") + 1
        if depth > deepest[1]:
            deepest = (rel_dir, depth)
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            size = os.path.getsize(full)
            total_files += 1
            total_bytes += size
            ext = os.path.splitext(name)[1] or "(none)"
            count, nbytes = by_ext.get(ext, (0, 0))
            by_ext[ext] = (count + 1, nbytes + size)
            print(f"  {os.path.join(rel_dir, name) if rel_dir != '.' else name:<28} {human(size):>8}")
    print(f"{total_files} files, {human(total_bytes)}; deepest: {deepest[0]} (depth {deepest[1]})")
    for ext, (count, nbytes) in sorted(by_ext.items(), key=lambda kv: (-kv[1][1], kv[0])):
        print(f"  {ext:<8} {count:>2} files {nbytes:>5} bytes")


def audit_python(root):
    py_files = sorted(root.rglob("*.py"))
    print(f"{len(py_files)} Python files")
    todo = []
    for path in py_files:
        lines = path.read_text().splitlines()
        code = [ln for ln in lines if ln.strip() and not ln.strip().startswith("#")]
        defs = [ln.split("(")[0][4:] for ln in lines if ln.startswith("def ")]
        print(f"  {str(path.relative_to(root)):<28} {len(lines):>2} lines {len(code):>2} code  defs={defs}")
        for i, ln in enumerate(lines, 1):
            if "TODO" in ln:
                todo.append((path.relative_to(root).as_posix(), i, ln.split("TODO", 1)[1].lstrip(": ")))
    for md in sorted(root.glob("**/*.md")):
        for i, ln in enumerate(md.read_text().splitlines(), 1):
            if "TODO" in ln:
                todo.append((md.relative_to(root).as_posix(), i, ln.split("TODO", 1)[1].lstrip(": ")))
    print("TODO markers:")
    for where, line, what in sorted(todo):
        print(f"  {where}:{line}: {what}")


def tidy(root):
    build = root / "build"
    removed = 0
    for dirpath, dirnames, filenames in os.walk(str(build), topdown=False):
        for f in filenames:
            os.remove(os.path.join(dirpath, f))
            removed += 1
        os.rmdir(dirpath)
    print("removed", removed, "build files; build exists:", build.exists())
    guide = root / "docs" / "guide.md"
    renamed = guide.rename(guide.with_name("GUIDE.txt"))
    print("renamed to", renamed.relative_to(root), renamed.suffix, renamed.stem, renamed.exists(), guide.exists())
    print("top level now:", sorted(p.name + ("/" if p.is_dir() else "") for p in root.iterdir()))


def remove_tree(root):
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for f in filenames:
            os.remove(os.path.join(dirpath, f))
        os.rmdir(dirpath)


def main():
    scratch = os.path.join(os.getcwd(), "aithon_walker_%d" % os.getpid())
    root = Path(scratch)
    if root.exists():
        remove_tree(scratch)
    root.mkdir()
    try:
        make_tree(root)
        print("tree under", root.name.split("_")[1])
        walk_report(scratch)
        audit_python(root)
        tidy(root)
        missing = root / "nope.txt"
        try:
            missing.read_text()
        except FileNotFoundError as e:
            print("FileNotFoundError for", Path(str(e).split(": ", 1)[1].strip("'")).name)
    finally:
        remove_tree(scratch)
    print("cleaned up:", not os.path.exists(scratch))


if __name__ == "__main__":
    main()
