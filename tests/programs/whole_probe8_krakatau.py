"""Modelled on PyPy's krakatau benchmark (the Krakatau Java decompiler's
class-file reader and disassembler): a ClassFile is assembled with struct into
bytes (constant pool, fields, methods with Code attributes), then read back
with a byte Reader, its constant pool resolved, and each method's bytecode
disassembled to mnemonics with branch targets and a stack-depth estimate."""
import struct

CONSTANT_Utf8, CONSTANT_Integer, CONSTANT_Class, CONSTANT_String = 1, 3, 7, 8
CONSTANT_Fieldref, CONSTANT_Methodref, CONSTANT_NameAndType = 9, 10, 12

OPCODES = {
    0x00: ("nop", 0, 0), 0x02: ("iconst_m1", 0, 1), 0x03: ("iconst_0", 0, 1), 0x04: ("iconst_1", 0, 1),
    0x05: ("iconst_2", 0, 1), 0x10: ("bipush", 1, 1), 0x11: ("sipush", 2, 1), 0x12: ("ldc", 1, 1),
    0x15: ("iload", 1, 1), 0x1a: ("iload_0", 0, 1), 0x1b: ("iload_1", 0, 1), 0x1c: ("iload_2", 0, 1),
    0x2a: ("aload_0", 0, 1), 0x36: ("istore", 1, -1), 0x3c: ("istore_1", 0, -1), 0x3d: ("istore_2", 0, -1),
    0x60: ("iadd", 0, -1), 0x64: ("isub", 0, -1), 0x68: ("imul", 0, -1), 0x70: ("irem", 0, -1),
    0x84: ("iinc", 2, 0), 0x99: ("ifeq", 2, -1), 0x9a: ("ifne", 2, -1), 0xa2: ("if_icmpge", 2, -2),
    0xa7: ("goto", 2, 0), 0xac: ("ireturn", 0, -1), 0xb1: ("return", 0, 0), 0xb2: ("getstatic", 2, 1),
    0xb4: ("getfield", 2, 0), 0xb6: ("invokevirtual", 2, -1), 0xb7: ("invokespecial", 2, -1),
    0xb8: ("invokestatic", 2, 0),
}
BRANCHES = {"ifeq", "ifne", "if_icmpge", "goto"}


class ClassFileError(Exception):
    pass


class Writer:
    def __init__(self):
        self.parts = []

    def u1(self, x):
        self.parts.append(struct.pack(">B", x))

    def u2(self, x):
        self.parts.append(struct.pack(">H", x))

    def u4(self, x):
        self.parts.append(struct.pack(">I", x))

    def raw(self, data):
        self.parts.append(data)

    def getvalue(self):
        return b"".join(self.parts)


class Reader:
    def __init__(self, data, off=0):
        self.d = data
        self.off = off

    def get(self, fmt, forceTuple=False):
        size = struct.calcsize(fmt)
        if self.off + size > len(self.d):
            raise ClassFileError("truncated at offset %d" % self.off)
        vals = struct.unpack_from(fmt, self.d, self.off)
        self.off += size
        return vals if forceTuple or len(vals) > 1 else vals[0]

    def u1(self):
        return self.get(">B")

    def u2(self):
        return self.get(">H")

    def u4(self):
        return self.get(">I")

    def s4(self):
        return self.get(">i")

    def getRaw(self, n):
        data = self.d[self.off:self.off + n]
        self.off += n
        return data

    def size(self):
        return len(self.d) - self.off


class PoolBuilder:
    def __init__(self):
        self.entries = []
        self.index = {}

    def add(self, key):
        if key not in self.index:
            self.entries.append(key)
            self.index[key] = len(self.entries)
        return self.index[key]

    def utf8(self, s):
        return self.add((CONSTANT_Utf8, s))

    def cls(self, name):
        return self.add((CONSTANT_Class, self.utf8(name)))

    def nat(self, name, desc):
        return self.add((CONSTANT_NameAndType, self.utf8(name), self.utf8(desc)))

    def methodref(self, owner, name, desc):
        return self.add((CONSTANT_Methodref, self.cls(owner), self.nat(name, desc)))

    def fieldref(self, owner, name, desc):
        return self.add((CONSTANT_Fieldref, self.cls(owner), self.nat(name, desc)))

    def write(self, w):
        w.u2(len(self.entries) + 1)
        for entry in self.entries:
            tag = entry[0]
            w.u1(tag)
            if tag == CONSTANT_Utf8:
                data = entry[1].encode("utf-8")
                w.u2(len(data))
                w.raw(data)
            elif tag == CONSTANT_Integer:
                w.raw(struct.pack(">i", entry[1]))
            elif tag in (CONSTANT_Class, CONSTANT_String):
                w.u2(entry[1])
            else:
                w.u2(entry[1])
                w.u2(entry[2])


def assemble_class(n_methods):
    pool = PoolBuilder()
    this_cls = pool.cls("demo/Counter")
    super_cls = pool.cls("java/lang/Object")
    code_name = pool.utf8("Code")
    init_ref = pool.methodref("java/lang/Object", "<init>", "()V")
    field_ref = pool.fieldref("demo/Counter", "count", "I")
    seven = pool.add((CONSTANT_Integer, -70000))
    methods = []
    for m in range(n_methods):
        name = pool.utf8("step%d" % m)
        desc = pool.utf8("(II)I")
        helper = pool.methodref("demo/Counter", "step%d" % ((m + 1) % n_methods), "(II)I")
        code = bytes([0x1b, 0x1c, 0x60, 0x3d, 0x03, 0x3c,      # iload_1 iload_2 iadd istore_2 iconst_0 istore_1
                      0x1b, 0x10, 10 + m, 0xa2, 0x00, 0x0f,    # loop: iload_1 bipush n if_icmpge +15
                      0x1c, 0x1b, 0x68, 0x05, 0x70, 0x3d,      # iload_2 iload_1 imul iconst_2 irem istore_2
                      0x84, 0x01, 0x01, 0xa7, 0xff, 0xf1,      # iinc 1 1; goto -15
                      0x1c, 0x12, seven, 0x60,                 # iload_2 ldc iadd
                      0x1a, 0x1b, 0xb8]) + struct.pack(">H", helper) + bytes([0x60, 0xac])
        methods.append((0x0009, name, desc, code))
    w = Writer()
    w.u4(0xCAFEBABE)
    w.u2(0)
    w.u2(52)
    pool.write(w)
    w.u2(0x0021)
    w.u2(this_cls)
    w.u2(super_cls)
    w.u2(0)
    w.u2(1)
    w.u2(0x0002)
    w.u2(pool.utf8("count"))
    w.u2(pool.utf8("I"))
    w.u2(0)
    w.u2(len(methods))
    for flags, name, desc, code in methods:
        w.u2(flags)
        w.u2(name)
        w.u2(desc)
        w.u2(1)
        w.u2(code_name)
        w.u4(12 + len(code))
        w.u2(4)
        w.u2(3)
        w.u4(len(code))
        w.raw(code)
        w.u2(0)
        w.u2(0)
    w.u2(0)
    return w.getvalue(), (init_ref, field_ref)


class ConstantPool:
    def __init__(self, reader):
        count = reader.u2()
        self.slots = [None] * count
        i = 1
        while i < count:
            tag = reader.u1()
            if tag == CONSTANT_Utf8:
                self.slots[i] = (tag, reader.getRaw(reader.u2()).decode("utf-8"))
            elif tag == CONSTANT_Integer:
                self.slots[i] = (tag, reader.get(">i"))
            elif tag in (CONSTANT_Class, CONSTANT_String):
                self.slots[i] = (tag, reader.u2())
            elif tag in (CONSTANT_Fieldref, CONSTANT_Methodref, CONSTANT_NameAndType):
                self.slots[i] = (tag,) + reader.get(">HH", True)
            else:
                raise ClassFileError("bad constant tag %d at %d" % (tag, i))
            i += 1

    def getArgs(self, index):
        return self.slots[index][1:]

    def getType(self, index):
        return self.slots[index][0]

    def utf(self, index):
        tag, value = self.slots[index]
        if tag != CONSTANT_Utf8:
            raise ClassFileError("constant %d is not Utf8" % index)
        return value

    def describe(self, index):
        tag = self.getType(index)
        args = self.getArgs(index)
        if tag == CONSTANT_Utf8:
            return repr(args[0])
        if tag == CONSTANT_Integer:
            return str(args[0])
        if tag == CONSTANT_Class:
            return self.utf(args[0])
        if tag == CONSTANT_NameAndType:
            return "%s:%s" % (self.utf(args[0]), self.utf(args[1]))
        return "%s.%s" % (self.describe(args[0]), self.describe(args[1]))


def disassemble(code, pool):
    r = Reader(code)
    lines = []
    depth = max_depth = 0
    targets = set()
    while r.size():
        pos = r.off
        op = r.u1()
        if op not in OPCODES:
            raise ClassFileError("unknown opcode 0x%02x at %d" % (op, pos))
        name, nbytes, effect = OPCODES[op]
        operand = None
        if name in BRANCHES:
            operand = pos + r.get(">h")
            targets.add(operand)
        elif name == "iinc":
            operand = r.get(">Bb", True)
        elif nbytes == 1:
            operand = r.get(">b") if name == "bipush" else r.u1()
        elif nbytes == 2:
            operand = r.u2()
        if name == "invokestatic":
            owner, nat = pool.getArgs(operand)
            desc = pool.utf(pool.getArgs(nat)[1])
            nargs = len(desc[1:desc.index(")")])
            effect = (0 if desc.endswith("V") else 1) - nargs
        if name in ("ldc", "invokestatic", "invokevirtual", "getfield", "getstatic"):
            operand = pool.describe(operand)
        depth += effect
        max_depth = max(max_depth, depth)
        lines.append((pos, name, operand))
    out = []
    for pos, name, operand in lines:
        label = "L%d:" % pos if pos in targets else ""
        out.append("%6s %3d %s%s" % (label, pos, name, "" if operand is None else " %s" % (operand,)))
    return out, max_depth


def read_class(data):
    r = Reader(data)
    magic, minor, major = r.get(">IHH")
    if magic != 0xCAFEBABE:
        raise ClassFileError("bad magic %#x" % magic)
    pool = ConstantPool(r)
    flags, this, sup = r.get(">HHH")
    r.getRaw(2 * r.u2())
    fields = []
    for _ in range(r.u2()):
        fflags, fname, fdesc, nattrs = r.get(">HHHH")
        fields.append((fflags, pool.utf(fname), pool.utf(fdesc)))
    methods = []
    for _ in range(r.u2()):
        mflags, mname, mdesc, nattrs = r.get(">HHHH")
        code = None
        for _ in range(nattrs):
            aname, alen = r.get(">HI")
            sub = Reader(r.getRaw(alen))
            if pool.utf(aname) == "Code":
                stack, locals_, clen = sub.get(">HHI")
                code = (stack, locals_, sub.getRaw(clen))
        methods.append((mflags, pool.utf(mname), pool.utf(mdesc), code))
    return (major, minor, flags, pool.describe(this), pool.describe(sup), pool, fields, methods)


def main():
    data, refs = assemble_class(6)
    print(len(data), data[:10].hex(), refs)
    total = 0
    for _ in range(40):
        info = read_class(data)
        for mflags, name, desc, code in info[7]:
            lines, depth = disassemble(code[2], info[5])
            total += len(lines) + depth
    major, minor, flags, this, sup, pool, fields, methods = read_class(data)
    print("class %s extends %s version %d.%d flags %#06x" % (this, sup, major, minor, flags))
    print("pool:", [pool.describe(i) for i in range(1, 12)])
    print("fields:", fields)
    for mflags, name, desc, code in methods[:2]:
        lines, depth = disassemble(code[2], pool)
        print("method %s%s flags=%d stack=%d locals=%d depth=%d" % (name, desc, mflags, code[0], code[1], depth))
        print("\n".join(lines))
    print("total", total)
    for bad in (b"\xca\xfe\xba\xbf" + data[4:], data[:40], data[:8] + b"\x00\x02\x63"):
        try:
            read_class(bad)
        except ClassFileError as e:
            print("ClassFileError:", e)
    try:
        disassemble(b"\x1b\xfe", pool)
    except ClassFileError as e:
        print("ClassFileError:", e)


if __name__ == "__main__":
    main()
