"""
Test the performance of pathlib operations (pyperformance's bm_pathlib).

This benchmark stresses the creation of small objects, globbing, and system
calls. pyperf's timer is replaced by a main() that runs the loops a fixed
number of times and prints what they saw; the files live in a temporary
directory removed at the end, as the original does.
"""

# Python imports
import os
import pathlib
import shutil
import tempfile


NUM_FILES = 600


def generate_filenames(tmp_path, num_files):
    i = 0
    while num_files:
        for ext in [".py", ".txt", ".tar.gz", ""]:
            i += 1
            yield os.path.join(tmp_path, str(i) + ext)
            num_files -= 1


def setup(num_files):
    tmp_path = tempfile.mkdtemp()
    for fn in generate_filenames(tmp_path, num_files):
        with open(fn, "wb") as f:
            f.write(fn.encode())
    return tmp_path


def bench_pathlib(loops, tmp_path):
    base_path = pathlib.Path(tmp_path)

    # Warm up the filesystem cache and keep some objects in memory.
    path_objects = list(base_path.iterdir())
    # FIXME: does this code really cache anything?
    for p in path_objects:
        p.stat()
    assert len(path_objects) == NUM_FILES, len(path_objects)

    seen = 0
    size = 0
    for _ in range(loops):
        # Do something simple with each path.
        for p in base_path.iterdir():
            size += p.stat().st_size
            seen += 1
        for p in base_path.glob("*.py"):
            size += p.stat().st_size
            seen += 1
        for p in base_path.iterdir():
            p.stat()
            seen += 1
        for p in base_path.glob("*.py"):
            p.stat()
            seen += 1
    # each file holds its own path: what the directory adds to each is taken off
    return seen, size - loops * (NUM_FILES + NUM_FILES // 4) * (len(tmp_path) + 1)


def describe(tmp_path):
    base = pathlib.Path(tmp_path)
    by_suffix = {}
    for p in sorted(base.iterdir(), key=lambda p: int(p.name.split('.')[0])):
        by_suffix.setdefault(''.join(p.suffixes) or '(none)', []).append(p.stem)
    for suffix in sorted(by_suffix):
        stems = by_suffix[suffix]
        print(suffix, len(stems), stems[:3])
    first = base / "1.py"
    print(first.name, first.suffix, first.stem, first.exists(), first.is_file(), first.parent == base)
    print(first.read_bytes() == str(first).encode(), first.stat().st_size == len(str(first)))
    print(sorted(p.name for p in base.glob("1*.tar.gz"))[:4])


def copy_and_clean(tmp_path):
    other = tempfile.mkdtemp(prefix="bm_", suffix="_copy")
    try:
        print(os.path.basename(other).startswith("bm_"), other.endswith("_copy"), os.path.isdir(other))
        dst = shutil.copy(os.path.join(tmp_path, "2.txt"), other)
        print(os.path.basename(dst), os.path.getsize(dst) == os.path.getsize(os.path.join(tmp_path, "2.txt")))
        tree = shutil.copytree(tmp_path, os.path.join(other, "tree"))
        print(len(os.listdir(tree)))
    finally:
        shutil.rmtree(other)
    print(os.path.exists(other))
    with tempfile.TemporaryDirectory() as scratch:
        pathlib.Path(scratch, "sub").mkdir()
        pathlib.Path(scratch, "sub", "f.txt").write_text("hello")
        print(sorted(os.listdir(scratch)), os.stat(os.path.join(scratch, "sub", "f.txt")).st_size)
    print(os.path.exists(scratch))


def main():
    modname = pathlib.__name__
    print("pathlib module:", modname)
    tmp_path = setup(NUM_FILES)
    try:
        print(bench_pathlib(3, tmp_path))
        describe(tmp_path)
        copy_and_clean(tmp_path)
    finally:
        shutil.rmtree(tmp_path)
    print(os.path.exists(tmp_path))


if __name__ == "__main__":
    main()
