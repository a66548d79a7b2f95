# A small binary database: writes records with struct, reads them back, checks them, reports and dumps.
import os
import struct

MAGIC = b"INV1"
HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<I16sdHB3x")
FLAG_FRAGILE = 1
FLAG_IMPORTED = 2
FLAG_DISCONTINUED = 4


class Item:
    def __init__(self, ident, name, price, quantity, flags):
        self.ident = ident
        self.name = name
        self.price = price
        self.quantity = quantity
        self.flags = flags

    def value(self):
        return self.price * self.quantity

    def flag_names(self):
        names = []
        if self.flags & FLAG_FRAGILE:
            names.append("fragile")
        if self.flags & FLAG_IMPORTED:
            names.append("imported")
        if self.flags & FLAG_DISCONTINUED:
            names.append("discontinued")
        return ",".join(names) or "-"


def checksum(data):
    """Adler-32, computed by hand."""
    a = 1
    b = 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def encode_item(item):
    name = item.name.encode("utf-8")
    if len(name) > 16:
        raise ValueError("name too long: %r" % item.name)
    return RECORD.pack(item.ident, name, item.price, item.quantity, item.flags)


def decode_item(chunk):
    ident, raw_name, price, quantity, flags = RECORD.unpack(chunk)
    return Item(ident, raw_name.rstrip(b"\x00").decode("utf-8"), price, quantity, flags)


def write_database(path, items):
    body = b"".join(encode_item(item) for item in items)
    with open(path, "wb") as f:
        f.write(HEADER.pack(MAGIC, 1, RECORD.size, len(items)))
        f.write(body)
        f.write(struct.pack("<I", checksum(body)))
    return HEADER.size + len(body) + 4


def read_database(path):
    with open(path, "rb") as f:
        magic, version, record_size, count = HEADER.unpack(f.read(HEADER.size))
        if magic != MAGIC:
            raise ValueError("not an inventory file: %r" % magic)
        if record_size != RECORD.size:
            raise ValueError("record size %d, expected %d" % (record_size, RECORD.size))
        body = f.read(record_size * count)
        (stored,) = struct.unpack("<I", f.read(4))
        trailing = f.read()
    if checksum(body) != stored:
        raise ValueError("checksum mismatch: %08x != %08x" % (checksum(body), stored))
    items = [decode_item(body[i:i + record_size]) for i in range(0, len(body), record_size)]
    return version, items, trailing


def hexdump(data, width=16):
    lines = []
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hexes = " ".join("%02x" % b for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append("%08x  %-*s  |%s|" % (offset, width * 3 - 1, hexes, text))
    return lines


def report(items):
    print("%-4s %-16s %10s %5s %12s  %s" % ("id", "name", "price", "qty", "value", "flags"))
    for item in sorted(items, key=lambda it: (-it.value(), it.ident)):
        print("%-4d %-16s %10.2f %5d %12.2f  %s" % (item.ident, item.name, item.price, item.quantity, item.value(), item.flag_names()))
    total = sum(item.value() for item in items)
    print("total stock value: %.2f" % total)
    by_flag = {}
    for item in items:
        for name in item.flag_names().split(","):
            by_flag[name] = by_flag.get(name, 0) + 1
    print("by flag:", sorted(by_flag.items()))


def main():
    folder = "inventory_%d" % os.getpid()
    os.mkdir(folder)
    path = os.path.join(folder, "stock.db")
    items = [
        Item(1, "widget", 2.5, 100, 0),
        Item(2, "gadget", 12.75, 8, FLAG_FRAGILE),
        Item(3, "gizmo", 99.99, 3, FLAG_IMPORTED | FLAG_FRAGILE),
        Item(4, "doohickey", 0.1, 12345, FLAG_DISCONTINUED),
        Item(5, "café crème", 3.2, 40, FLAG_IMPORTED),
    ]
    size = write_database(path, items)
    print("wrote", size, "bytes; on disk", os.path.getsize(path))
    with open(path, "rb") as f:
        raw = f.read()
    for line in hexdump(raw[:64]):
        print(line)
    version, loaded, trailing = read_database(path)
    print("version", version, "records", len(loaded), "trailing", trailing)
    report(loaded)
    same = all(a.name == b.name and a.price == b.price and a.quantity == b.quantity for a, b in zip(items, loaded))
    print("round trip ok:", same)
    # Corrupt one byte of the body and read again.
    damaged = bytearray(raw)
    damaged[HEADER.size + 5] ^= 0xFF
    with open(path, "wb") as f:
        f.write(damaged)
    try:
        read_database(path)
    except ValueError as e:
        print("error:", e)
    # A file that is not ours.
    with open(path, "wb") as f:
        f.write(b"GIF89a" + bytes(20))
    try:
        read_database(path)
    except ValueError as e:
        print("error:", e)
    try:
        encode_item(Item(9, "a name that is far too long", 1.0, 1, 0))
    except ValueError as e:
        print("error:", e)
    # Update quantities in place with pack_into.
    buffer = bytearray(HEADER.size + RECORD.size * len(items))
    HEADER.pack_into(buffer, 0, MAGIC, 1, RECORD.size, len(items))
    for i, item in enumerate(items):
        item.quantity = item.quantity * 2 % 65536
        RECORD.pack_into(buffer, HEADER.size + i * RECORD.size, item.ident, item.name.encode(), item.price, item.quantity, item.flags)
    quantities = [q for (_, _, _, q, _) in RECORD.iter_unpack(bytes(buffer[HEADER.size:]))]
    print("doubled quantities:", quantities)
    os.remove(path)
    os.rmdir(folder)
    print("cleaned up:", not os.path.exists(folder))


main()
