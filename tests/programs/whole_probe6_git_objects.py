"""A dulwich-flavoured object store: blobs, trees and commits serialised in
git's formats, hashed with SHA-1, packed with struct into a simple pack-like
container, and read back; plus a tree walk and a line diff of two blobs.
"""
import hashlib
import struct
import binascii
from io import BytesIO

S_IFDIR = 0o040000
S_IFREG = 0o100644
S_IFEXEC = 0o100755


def sha_to_hex(sha):
    return binascii.hexlify(sha)


def hex_to_sha(hexsha):
    return binascii.unhexlify(hexsha)


class ShaFile:
    type_name = b""
    type_num = 0

    def __init__(self):
        self._sha = None

    def as_raw_string(self):
        return b"".join(self._serialize())

    def as_legacy_object_header(self):
        return self.type_name + b" " + str(len(self.as_raw_string())).encode("ascii") + b"\0"

    def sha(self):
        if self._sha is None:
            h = hashlib.sha1()
            h.update(self.as_legacy_object_header())
            h.update(self.as_raw_string())
            self._sha = h
        return self._sha

    @property
    def id(self):
        return self.sha().hexdigest().encode("ascii")

    def __repr__(self):
        return f"<{type(self).__name__} {self.id.decode()}>"

    def __eq__(self, other):
        return isinstance(other, ShaFile) and self.id == other.id

    def __hash__(self):
        return hash(self.id)


class Blob(ShaFile):
    type_name = b"blob"
    type_num = 3

    def __init__(self, data=b""):
        super().__init__()
        self.data = data

    @classmethod
    def from_string(cls, s):
        return cls(s)

    def _serialize(self):
        return [self.data]

    def splitlines(self):
        return self.data.splitlines(keepends=True)


class Tree(ShaFile):
    type_name = b"tree"
    type_num = 2

    def __init__(self):
        super().__init__()
        self._entries = {}

    def add(self, name, mode, hexsha):
        self._entries[name] = (mode, hexsha)
        self._sha = None

    def __setitem__(self, name, value):
        mode, hexsha = value
        self.add(name, mode, hexsha)

    def __getitem__(self, name):
        return self._entries[name]

    def __len__(self):
        return len(self._entries)

    def iteritems(self):
        def key(item):
            name, (mode, _) = item
            return name + b"/" if mode & S_IFDIR else name
        for name, (mode, hexsha) in sorted(self._entries.items(), key=key):
            yield name, mode, hexsha

    def _serialize(self):
        return [(b"%o " % mode) + name + b"\0" + hex_to_sha(hexsha) for name, mode, hexsha in self.iteritems()]

    @classmethod
    def parse(cls, text):
        tree = cls()
        pos = 0
        while pos < len(text):
            mode_end = text.index(b" ", pos)
            mode = int(text[pos:mode_end], 8)
            name_end = text.index(b"\0", mode_end)
            name = text[mode_end + 1:name_end]
            pos = name_end + 21
            tree.add(name, mode, sha_to_hex(text[name_end + 1:pos]))
        return tree


class Commit(ShaFile):
    type_name = b"commit"
    type_num = 1

    def __init__(self, tree, parents, author, message, commit_time, tz=0):
        super().__init__()
        self.tree = tree
        self.parents = parents
        self.author = author
        self.message = message
        self.commit_time = commit_time
        self.tz = tz

    def _format_tz(self):
        sign = "-" if self.tz < 0 else "+"
        offset = abs(self.tz)
        return f"{sign}{offset // 3600:02d}{(offset // 60) % 60:02d}".encode("ascii")

    def _serialize(self):
        chunks = [b"tree " + self.tree + b"\n"]
        for p in self.parents:
            chunks.append(b"parent " + p + b"\n")
        stamp = str(self.commit_time).encode("ascii") + b" " + self._format_tz()
        chunks.append(b"author " + self.author + b" " + stamp + b"\n")
        chunks.append(b"committer " + self.author + b" " + stamp + b"\n")
        chunks.append(b"\n" + self.message)
        return chunks


class MemoryObjectStore:
    def __init__(self):
        self._data = {}

    def add_object(self, obj):
        self._data[obj.id] = obj
        return obj.id

    def __getitem__(self, sha):
        return self._data[sha]

    def __contains__(self, sha):
        return sha in self._data

    def __iter__(self):
        return iter(sorted(self._data))

    def iter_tree_contents(self, tree_id, prefix=b""):
        tree = self[tree_id]
        for name, mode, hexsha in tree.iteritems():
            path = prefix + b"/" + name if prefix else name
            if mode & S_IFDIR:
                yield from self.iter_tree_contents(hexsha, path)
            else:
                yield path, mode, hexsha


def write_pack(objects):
    buf = BytesIO()
    buf.write(b"PACK")
    buf.write(struct.pack(">LL", 2, len(objects)))
    for obj in objects:
        raw = obj.as_raw_string()
        buf.write(struct.pack(">BI", obj.type_num, len(raw)))
        buf.write(raw)
    data = buf.getvalue()
    return data + hashlib.sha1(data).digest()


def read_pack(data):
    body, trailer = data[:-20], data[-20:]
    if hashlib.sha1(body).digest() != trailer:
        raise ValueError("pack checksum mismatch")
    magic, (version, count) = body[:4], struct.unpack(">LL", body[4:12])
    assert magic == b"PACK", magic
    pos = 12
    out = []
    for _ in range(count):
        type_num, size = struct.unpack_from(">BI", body, pos)
        pos += struct.calcsize(">BI")
        out.append((type_num, body[pos:pos + size]))
        pos += size
    return version, out


def main():
    store = MemoryObjectStore()
    readme = Blob.from_string(b"# Demo\nA tiny repository.\n")
    main_py = Blob.from_string(b"def main():\n    print('hello')\n")
    util_py = Blob.from_string(b"def helper(x):\n    return x * 2\n")
    for b in (readme, main_py, util_py):
        store.add_object(b)
    print(readme.id.decode(), len(readme.as_raw_string()))
    print(Blob(b"").id.decode())
    src = Tree()
    src[b"util.py"] = (S_IFREG, util_py.id)
    src.add(b"main.py", S_IFEXEC, main_py.id)
    store.add_object(src)
    root = Tree()
    root.add(b"README.md", S_IFREG, readme.id)
    root.add(b"src", S_IFDIR, src.id)
    root.add(b"src.txt", S_IFREG, readme.id)
    store.add_object(root)
    print("root", root.id.decode(), [n.decode() for n, _, _ in root.iteritems()])
    parsed = Tree.parse(root.as_raw_string())
    print("parse round trip:", parsed == root, len(parsed), parsed[b"src"][0] == S_IFDIR)
    c1 = Commit(root.id, [], b"Ada <ada@example.com>", b"Initial commit\n", 1700000000, 3600)
    store.add_object(c1)
    main2 = Blob.from_string(b"def main():\n    print('hello, world')\n    return 0\n")
    store.add_object(main2)
    src2 = Tree()
    src2.add(b"util.py", S_IFREG, util_py.id)
    src2.add(b"main.py", S_IFEXEC, main2.id)
    store.add_object(src2)
    root2 = Tree()
    root2.add(b"README.md", S_IFREG, readme.id)
    root2.add(b"src", S_IFDIR, src2.id)
    store.add_object(root2)
    c2 = Commit(root2.id, [c1.id], b"Bob <bob@example.com>", b"Greet the world\n", 1700003600, -5 * 3600 - 1800)
    store.add_object(c2)
    print(c2.as_raw_string().decode())
    print("commit", c2.id.decode())
    for path, mode, sha in store.iter_tree_contents(root2.id):
        print(f"  {mode:06o} {sha.decode()[:10]} {path.decode()}")
    old = dict((p, s) for p, _, s in store.iter_tree_contents(root.id))
    new = dict((p, s) for p, _, s in store.iter_tree_contents(root2.id))
    for path in sorted(set(old) | set(new)):
        if old.get(path) != new.get(path):
            state = "added" if path not in old else "deleted" if path not in new else "modified"
            print(f"  {state}: {path.decode()}")
    a_lines, b_lines = store[old[b"src/main.py"]].splitlines(), store[new[b"src/main.py"]].splitlines()
    for line in a_lines:
        if line not in b_lines:
            print("  -", line.decode().rstrip())
    for line in b_lines:
        if line not in a_lines:
            print("  +", line.decode().rstrip())
    objects = [store[sha] for sha in store]
    pack = write_pack(objects)
    print("pack", len(pack), binascii.hexlify(pack[:12]).decode(), binascii.hexlify(pack[-4:]).decode())
    version, entries = read_pack(pack)
    kinds = {}
    for type_num, raw in entries:
        kinds[type_num] = kinds.get(type_num, 0) + 1
    print("version", version, sorted(kinds.items()), sum(len(r) for _, r in entries))
    corrupt = pack[:30] + bytes([pack[30] ^ 1]) + pack[31:]
    try:
        read_pack(corrupt)
    except ValueError as e:
        print("error:", e)
    print(hashlib.sha1(b"abc").hexdigest(), hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(b"abc").hexdigest())


if __name__ == "__main__":
    main()
