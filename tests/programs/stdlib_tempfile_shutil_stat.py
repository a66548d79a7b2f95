# tempfile (mkdtemp, TemporaryDirectory), shutil (rmtree, copyfile, copy, copytree, move) and
# os.stat / os.lstat / Path.stat results.
import os
import pathlib
import shutil
import stat
import tempfile


def main():
    base = tempfile.mkdtemp(prefix="t7_", suffix=".d")
    name = os.path.basename(base)
    print(name.startswith("t7_"), name.endswith(".d"), len(name), os.path.isabs(base), os.path.isdir(base))
    print(os.path.dirname(base) == tempfile.gettempdir(), tempfile.gettempprefix())
    try:
        src = os.path.join(base, "a.txt")
        with open(src, "w") as f:
            f.write("hello world\n")
        st = os.stat(src)
        print(st.st_size, len(st), st[6], stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(base).st_mode), stat.filemode(os.stat(base).st_mode)[0], stat.S_IFMT(st.st_mode) == stat.S_IFREG)
        print(isinstance(st.st_mtime, float), st.st_mtime >= st[8], st == os.lstat(src), st.st_nlink)
        print(pathlib.Path(src).stat().st_size, tuple(st)[6])
        copied = shutil.copyfile(src, os.path.join(base, "b.txt"))
        print(os.path.basename(copied), open(copied).read() == "hello world\n")
        os.mkdir(os.path.join(base, "sub"))
        into = shutil.copy(src, os.path.join(base, "sub"))
        print(os.path.basename(into), os.path.dirname(into) == os.path.join(base, "sub"))
        tree = shutil.copytree(os.path.join(base, "sub"), os.path.join(base, "sub2"))
        print(sorted(os.listdir(tree)))
        moved = shutil.move(os.path.join(base, "b.txt"), os.path.join(base, "sub"))
        print(os.path.basename(moved), sorted(os.listdir(os.path.join(base, "sub"))))
        try:
            shutil.copyfile(src, src)
        except shutil.SameFileError as e:
            print("SameFileError", type(e).__name__)
        try:
            os.stat(os.path.join(base, "missing"))
        except FileNotFoundError as e:
            print("FileNotFoundError", str(e).startswith("[Errno 2]"))
    finally:
        shutil.rmtree(base)
    print(os.path.exists(base))
    shutil.rmtree(base, ignore_errors=True)
    try:
        shutil.rmtree(base)
    except FileNotFoundError:
        print("already removed")
    with tempfile.TemporaryDirectory(prefix="td_") as d:
        pathlib.Path(d, "x").write_text("12345")
        print(os.path.basename(d)[:3], os.stat(os.path.join(d, "x")).st_size)
    print(os.path.exists(d))
    td = tempfile.TemporaryDirectory()
    print(os.path.isdir(td.name))
    td.cleanup()
    td.cleanup()
    print(os.path.isdir(td.name))


if __name__ == "__main__":
    main()
