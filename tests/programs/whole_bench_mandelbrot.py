# Mandelbrot rendered as ASCII and as a PBM-like bit count (no complex numbers).
def mandel_row(y, size, max_iter):
    row = []
    ci = 2.0 * y / size - 1.0
    for x in range(size):
        cr = 2.0 * x / size - 1.5
        zr = zi = 0.0
        i = 0
        while i < max_iter and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            i += 1
        row.append(i)
    return row


def to_bits(row, max_iter):
    byte_acc = 0
    bits = 0
    out = []
    for it in row:
        byte_acc = (byte_acc << 1) | (1 if it == max_iter else 0)
        bits += 1
        if bits == 8:
            out.append(byte_acc)
            byte_acc = 0
            bits = 0
    if bits:
        out.append(byte_acc << (8 - bits))
    return out


def main():
    size = 48
    max_iter = 50
    chars = " .:-=+*#%@"
    total = 0
    checksum = 0
    for y in range(size):
        row = mandel_row(y, size, max_iter)
        line = "".join(chars[min(it * len(chars) // max_iter, len(chars) - 1)] for it in row)
        print(line.rstrip())
        for b in to_bits(row, max_iter):
            checksum = (checksum * 31 + b) & 0xFFFFFFFF
        total += sum(1 for it in row if it == max_iter)
    print("inside:", total, "checksum:", hex(checksum))


if __name__ == "__main__":
    main()
