# bytes.maketrans and bytes/bytearray.translate: the table, deleting bytes, errors.


def main():
    table = bytes.maketrans(b'ACGT', b'TGCA')
    print(len(table), table[65:70], type(table).__name__)
    print(b'GATTACA'.translate(table))
    print(bytearray(b'GATTACA').translate(table))
    print(b'GATTACA\n'.translate(table, b'\n'))
    print(b'hello world'.translate(None, b'lo'))
    print(b'hello world'.translate(None, delete=b'o'))
    print(bytearray.maketrans(b'ab', b'xy')[97:100])
    t2 = b''.maketrans(bytearray(b'xyz'), b'XYZ')
    print(b'xyzzy'.translate(t2))
    for bad in [lambda: bytes.maketrans(b'abc', b'xy'),
                lambda: b'abc'.translate(b'short'),
                lambda: b'abc'.translate('x' * 256),
                lambda: bytes.maketrans('ab', b'xy'),
                lambda: b'abc'.translate(None, 'b')]:
        try:
            print(bad())
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ':', e)
    complement = bytes.maketrans(b'ACBDGHKMNSRUTWVYacbdghkmnsrutwvy', b'TGVHCDMKNSYAAWBRTGVHCDMKNSYAAWBR')
    seq = bytearray(b'ACGTTGCAacgtnnNN\nGGCC\n')
    print(seq.translate(complement, b'\n')[::-1])


if __name__ == "__main__":
    main()
