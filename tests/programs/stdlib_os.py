import os
import os.path
from os.path import join, splitext
from pathlib import Path


def main():
    # Pure path manipulation
    print(os.path.join("a", "b", "c.txt"), join("/usr", "lib"), join("a/", "b"), join("a", "/abs", "x"), join("", "y"))
    print(os.path.split("/usr/lib/python3"), os.path.split("file"), os.path.split("/"), os.path.split("a//b//"))
    print(os.path.basename("/x/y/z.tar.gz"), os.path.dirname("/x/y/z.tar.gz"), os.path.dirname("z"), os.path.basename("dir/"))
    print(splitext("archive.tar.gz"), splitext(".bashrc"), splitext("noext"), splitext("a.b/c"), splitext("x/.hidden.txt"))
    print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""), os.path.normpath("../../a"), os.path.normpath("//srv/x/"))
    print(os.path.isabs("/a"), os.path.isabs("a/b"), os.sep, os.path.sep, os.name, repr(os.linesep), os.curdir, os.pardir)
    cwd = os.getcwd()
    print(os.path.isabs(cwd), os.path.abspath("rel/x") == os.path.join(cwd, "rel/x"), os.path.abspath("/a/./b/../c"))
    # Environment
    print(os.environ.get("AITHON_SURELY_UNSET_VAR", "default"), os.getenv("AITHON_SURELY_UNSET_VAR"))
    print("PATH" in os.environ, os.getenv("AITHON_SURELY_UNSET_VAR", "x"))
    # A scratch directory tree, created and removed
    base = os.path.join(cwd, "aithon_stdlib_os_scratch_%d" % os.getpid())
    os.mkdir(base)
    print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.listdir(base))
    os.makedirs(os.path.join(base, "sub", "deeper"))
    os.makedirs(os.path.join(base, "sub", "deeper"), exist_ok=True)
    try:
        os.makedirs(os.path.join(base, "sub"))
    except FileExistsError as e:
        print("FileExistsError:", str(e).replace(base, "BASE"))
    try:
        os.mkdir(base)
    except OSError as e:
        print("OSError:", str(e).replace(base, "BASE"))
    for name in ["b.txt", "a.py", "sub/c.txt", "sub/deeper/d.md"]:
        p = os.path.join(base, name)
        text = "contents of " + name + "\n"
        # pathlib writes text (open() is not compiled yet)
        Path(p).write_text(text)
        print(name, os.path.getsize(p) == len(text), os.path.isfile(p))
    print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "sub"))))
    for dirpath, dirnames, filenames in sorted(os.walk(base)):
        print(dirpath.replace(base, "BASE"), sorted(dirnames), sorted(filenames))
    bottom_up = [d.replace(base, "BASE") for d, _, _ in os.walk(base, topdown=False)]
    print(bottom_up[-1], len(bottom_up))
    os.rename(os.path.join(base, "b.txt"), os.path.join(base, "renamed.txt"))
    print(sorted(os.listdir(base)))
    try:
        os.listdir(os.path.join(base, "missing"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", str(e).replace(base, "BASE"))
    try:
        os.rmdir(os.path.join(base, "sub"))
    except OSError as e:
        print("OSError:", str(e).replace(base, "BASE"))
    try:
        os.remove(os.path.join(base, "sub"))
    except OSError as e:
        print(type(e).__name__)
    # Remove everything, deepest first
    for dirpath, dirnames, filenames in os.walk(base, topdown=False):
        for f in filenames:
            os.remove(os.path.join(dirpath, f))
        os.rmdir(dirpath)
    print(os.path.exists(base), os.path.isdir(base))


if __name__ == "__main__":
    main()
