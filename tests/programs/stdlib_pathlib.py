import os
from pathlib import Path


def main():
    p = Path("/home/user/docs/report.final.txt")
    print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parent.parent)
    print(p.parts, p.anchor, p.is_absolute(), [str(x) for x in p.parents])
    q = Path("src") / "pkg" / "mod.py"
    print(q, q.parts, q.is_absolute(), q.parent, q.with_suffix(".pyc"), q.with_name("init.py"), q.with_stem("other"))
    print(Path("a//b/./c/"), Path(""), Path("."), Path("/"), Path("a", "b", "/c", "d"), Path("x/../y"))
    print("root" / Path("leaf"), Path("a").joinpath("b", "c"), Path("a") / Path("/abs"))
    print(Path(".bashrc").suffix, Path(".bashrc").stem, Path("archive.tar.gz").suffixes, Path("noext").suffix, Path("trailing.").suffix)
    print(Path("/").name, Path("/").parent, Path(".").parent, Path("a").parent, Path("/a").parent)
    print(Path("a/b") == Path("a/b/"), Path("a") == Path("b"), Path("a") < Path("b"), sorted([Path("b/a"), Path("a/z"), Path("a")]))
    print({Path("x"): 1, Path("x/"): 2})
    print(Path("/usr/lib/x").relative_to("/usr"), Path("a/b/c").relative_to(Path("a")), Path("a/b").is_relative_to("a"), Path("a/b").is_relative_to("c"))
    try:
        Path("/usr/lib").relative_to("/etc")
    except ValueError as e:
        print("ValueError:", e)
    for bad in ["txt", "."]:
        try:
            Path("f.py").with_suffix(bad)
        except ValueError as e:
            print("ValueError:", e)
    print(Path("a/b.py").match("*.py"), Path("a/b.py").match("a/*.py"), Path("a/b.py").match("/*.py"), Path("b.txt").match("*.py"))
    print(Path("/x").as_posix(), str(Path("rel")), f"{Path('f')}", Path("rel").absolute() == Path(os.getcwd()) / "rel")
    # A scratch tree, created and removed
    base = Path(os.getcwd()) / ("aithon_stdlib_pathlib_scratch_%d" % os.getpid())
    base.mkdir()
    print(base.exists(), base.is_dir(), base.is_file())
    (base / "notes").mkdir()
    (base / "deep" / "er").mkdir(parents=True)
    (base / "deep" / "er").mkdir(parents=True, exist_ok=True)
    try:
        (base / "notes").mkdir()
    except FileExistsError:
        print("FileExistsError")
    try:
        (base / "x" / "y").mkdir()
    except FileNotFoundError:
        print("FileNotFoundError")
    n = (base / "a.txt").write_text("alpha\nbeta\n")
    (base / "notes" / "b.md").write_text("# title\n")
    (base / "deep" / "er" / "c.txt").write_text("héllo wörld\n")
    (base / "empty.log").touch()
    print(n, (base / "a.txt").read_text().splitlines(), (base / "deep/er/c.txt").read_text(), (base / "empty.log").read_text() == "")
    print(sorted(x.name for x in base.iterdir()))
    print(sorted(str(x.relative_to(base)) for x in base.glob("*.txt")))
    print(sorted(str(x.relative_to(base)) for x in base.rglob("*.txt")))
    print(sorted(str(x.relative_to(base)) for x in base.glob("**/*")))
    print(sorted(str(x.relative_to(base)) for x in base.glob("*/*.md")), sorted(x.name for x in base.glob("[ae]*")))
    moved = (base / "a.txt").rename(base / "moved.txt")
    print(moved.name, moved.exists(), (base / "a.txt").exists())
    try:
        (base / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError:", str(e).replace(str(base), "BASE"))
    (base / "missing.txt").unlink(missing_ok=True)
    total = 0
    for d, dirs, files in os.walk(str(base)):
        for f in files:
            total += len((Path(d) / f).read_text())
    print("chars", total)
    for d, dirs, files in os.walk(str(base), topdown=False):
        for f in files:
            (Path(d) / f).unlink()
        Path(d).rmdir()
    print(base.exists())


if __name__ == "__main__":
    main()
