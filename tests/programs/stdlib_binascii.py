# binascii: hexlify/unhexlify (with separators, str or bytes input, its errors) and crc32.
import binascii


def main():
    data = b"\x00\x01\xfe\xffhello"
    h = binascii.hexlify(data)
    print(h, binascii.b2a_hex(data, "-"), binascii.hexlify(data, b":", 2), binascii.hexlify(bytearray(b"ab"), "_", -1))
    print(binascii.unhexlify(h) == data, binascii.unhexlify("DEADbeef"), binascii.a2b_hex(bytearray(b"4142")))
    for bad in ["abc", "zz", b"0g"]:
        try:
            binascii.unhexlify(bad)
        except binascii.Error as e:
            print("Error:", e, isinstance(e, ValueError))
    try:
        binascii.hexlify("text")
    except TypeError as e:
        print("TypeError:", e)
    print(binascii.crc32(b"hello world"), binascii.crc32(b""), binascii.crc32(b"world", binascii.crc32(b"hello ")))
    print(hex(binascii.crc32(b"The quick brown fox jumps over the lazy dog")), binascii.crc32(b"a", -1))
    # int() of bytes with a base reads them as ASCII text (a git tree's octal modes).
    print(int(b"100644", 8), int(bytearray(b" ff "), 16), int(b"0x1f", 0), int(b"1_000", 10), int(b" -12 "), int(bytearray(b"7")))
    for bad in [b"zz", b"\xff1", b""]:
        try:
            int(bad, 16)
        except ValueError as e:
            print("ValueError:", e)


main()
