"""In the manner of pyperformance's dulwich_log benchmark, which walks the
history of a git repository with dulwich (`repo.get_walker()` and
`porcelain.log`'s print_commit for each entry). The repository here is built
in memory by the program: blobs, trees and commits serialized as git does,
stored as zlib-compressed loose objects keyed by their SHA-1, read back
through a small ObjectStore, and walked newest first as dulwich's Walker does
(a heap keyed by commit time). The log and the object ids are printed."""

import hashlib
import heapq
import zlib


class ShaFile:
    type_name = b""

    def as_raw_string(self):
        raise NotImplementedError

    def as_legacy_object(self):
        raw = self.as_raw_string()
        return self.type_name + b" " + str(len(raw)).encode("ascii") + b"\0" + raw

    def sha(self):
        return hashlib.sha1(self.as_legacy_object())

    @property
    def id(self):
        return self.sha().hexdigest().encode("ascii")


class Blob(ShaFile):
    type_name = b"blob"

    def __init__(self, data=b""):
        self.data = data

    @classmethod
    def from_string(cls, data):
        return cls(data)

    def as_raw_string(self):
        return self.data


class Tree(ShaFile):
    type_name = b"tree"

    def __init__(self):
        self._entries = {}

    def add(self, name, mode, hexsha):
        self._entries[name] = (mode, hexsha)

    def items(self):
        return [(name, self._entries[name][0], self._entries[name][1]) for name in sorted(self._entries)]

    def as_raw_string(self):
        chunks = []
        for name, mode, hexsha in self.items():
            chunks.append(("%04o" % mode).encode("ascii") + b" " + name + b"\0" + bytes.fromhex(hexsha.decode("ascii")))
        return b"".join(chunks)

    @classmethod
    def parse(cls, raw):
        tree = cls()
        pos = 0
        while pos < len(raw):
            space = raw.index(b" ", pos)
            mode = int(raw[pos:space], 8)
            nul = raw.index(b"\0", space)
            name = raw[space + 1:nul]
            sha = raw[nul + 1:nul + 21].hex().encode("ascii")
            tree.add(name, mode, sha)
            pos = nul + 21
        return tree


class Commit(ShaFile):
    type_name = b"commit"

    def __init__(self):
        self.tree = None
        self.parents = []
        self.author = None
        self.committer = None
        self.commit_time = 0
        self.author_time = 0
        self.commit_timezone = 0
        self.author_timezone = 0
        self.message = b""

    def as_raw_string(self):
        lines = [b"tree " + self.tree]
        for p in self.parents:
            lines.append(b"parent " + p)
        lines.append(b"author " + self.author + b" " + str(self.author_time).encode() + b" " + format_timezone(self.author_timezone))
        lines.append(b"committer " + self.committer + b" " + str(self.commit_time).encode() + b" " + format_timezone(self.commit_timezone))
        return b"\n".join(lines) + b"\n\n" + self.message

    @classmethod
    def parse(cls, raw):
        c = cls()
        header, _, c.message = raw.partition(b"\n\n")
        for line in header.split(b"\n"):
            key, _, value = line.partition(b" ")
            if key == b"tree":
                c.tree = value
            elif key == b"parent":
                c.parents.append(value)
            elif key in (b"author", b"committer"):
                person, time_text, tz = value.rsplit(b" ", 2)
                if key == b"author":
                    c.author, c.author_time, c.author_timezone = person, int(time_text), parse_timezone(tz)
                else:
                    c.committer, c.commit_time, c.commit_timezone = person, int(time_text), parse_timezone(tz)
        return c


def format_timezone(offset):
    sign = b"-" if offset < 0 else b"+"
    offset = abs(offset)
    return sign + ("%02d%02d" % (offset // 3600, (offset // 60) % 60)).encode("ascii")


def parse_timezone(text):
    sign = -1 if text[:1] == b"-" else 1
    hours = int(text[1:3])
    minutes = int(text[3:5])
    return sign * (hours * 3600 + minutes * 60)


class ObjectStore:
    """Loose objects: zlib.compress of the legacy header and body, by hex id."""

    def __init__(self):
        self._objects = {}
        self.bytes_stored = 0

    def add_object(self, obj):
        sha = obj.id
        if sha not in self._objects:
            packed = zlib.compress(obj.as_legacy_object())
            self._objects[sha] = packed
            self.bytes_stored += len(packed)
        return sha

    def __contains__(self, sha):
        return sha in self._objects

    def __getitem__(self, sha):
        raw = zlib.decompress(self._objects[sha])
        nul = raw.index(b"\0")
        type_name, size = raw[:nul].split(b" ")
        body = raw[nul + 1:]
        assert int(size) == len(body)
        if hashlib.sha1(raw).hexdigest().encode("ascii") != sha:
            raise ValueError("checksum mismatch")
        if type_name == b"blob":
            return Blob.from_string(body)
        if type_name == b"tree":
            return Tree.parse(body)
        return Commit.parse(body)


class Walker:
    """Newest commit first, each commit once (dulwich's Walker without paths)."""

    def __init__(self, store, include, max_entries=None):
        self.store = store
        self.max_entries = max_entries
        self._queue = []
        self._seen = set()
        for sha in include:
            self._push(sha)

    def _push(self, sha):
        if sha in self._seen:
            return
        self._seen.add(sha)
        commit = self.store[sha]
        heapq.heappush(self._queue, (-commit.commit_time, sha, commit))

    def __iter__(self):
        count = 0
        while self._queue:
            if self.max_entries is not None and count >= self.max_entries:
                return
            _, sha, commit = heapq.heappop(self._queue)
            for parent in commit.parents:
                self._push(parent)
            count += 1
            yield sha, commit


def print_commit(sha, commit, out):
    out.append("-" * 50)
    out.append("commit: " + sha.decode("ascii"))
    if len(commit.parents) > 1:
        out.append("merge: " + "...".join(p.decode("ascii")[:10] for p in commit.parents[1:]))
    out.append("Author: " + commit.author.decode("utf-8"))
    if commit.author != commit.committer:
        out.append("Committer: " + commit.committer.decode("utf-8"))
    out.append("Date:   %d %s" % (commit.author_time, format_timezone(commit.author_timezone).decode("ascii")))
    out.append("")
    out.append(commit.message.decode("utf-8"))


AUTHORS = [b"Guido van Rossum <guido@python.org>", b"Victor Stinner <vstinner@python.org>",
           b"Yury Selivanov <yury@magic.io>", b"Andrew Svetlov <andrew.svetlov@gmail.com>"]


def build_history(store, n_commits):
    files = {}
    heads = []
    parent = None
    side = None
    for i in range(n_commits):
        name = b"asyncio/module%d.py" % (i % 7)
        files[name] = (files.get(name, b"") + b"# change %d\ndef f%d():\n    return %d\n" % (i, i, i * i))
        tree = Tree()
        for fname in sorted(files):
            tree.add(fname.replace(b"/", b"_"), 0o100644, store.add_object(Blob(files[fname])))
        commit = Commit()
        commit.tree = store.add_object(tree)
        commit.parents = [parent] if parent else []
        if side is not None and i % 5 == 0:
            commit.parents.append(side)
            side = None
        author = AUTHORS[i % len(AUTHORS)]
        commit.author = author
        commit.committer = author if i % 3 else AUTHORS[0]
        commit.author_time = 1380000000 + i * 3600
        commit.commit_time = commit.author_time + (i % 4) * 60
        commit.author_timezone = commit.commit_timezone = (-7200 if i % 2 else 3600)
        commit.message = b"Change %d: update module%d\n" % (i, i % 7)
        sha = store.add_object(commit)
        if i % 5 == 2:
            side = sha
        else:
            parent = sha
        heads.append(sha)
    return parent, heads


def main():
    store = ObjectStore()
    head, all_shas = build_history(store, 60)
    print("objects:", len(store._objects), "compressed bytes:", store.bytes_stored)
    for _ in range(5):
        entries = list(Walker(store, [head]))
    print("walked", len(entries), "commits")
    out = []
    for sha, commit in Walker(store, [head], max_entries=6):
        print_commit(sha, commit, out)
    print("\n".join(out))
    tree = store[store[head].tree]
    for name, mode, sha in tree.items():
        blob = store[sha]
        print("%06o %s %s %d" % (mode, sha.decode("ascii"), name.decode("ascii"), len(blob.data)))
    print("crc of the head:", zlib.crc32(store._objects[head]), zlib.adler32(head))


if __name__ == "__main__":
    main()
