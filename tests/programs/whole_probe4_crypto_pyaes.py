"""Pure-Python AES (modelled on pyaes, as used by pyperformance's crypto_pyaes).

The S-boxes and round tables are generated at import time the way pyaes' comments
describe (multiplication in GF(2^8)), then AES-128/192/256 run in ECB, CBC, CTR and
OFB modes over bytes and bytearray data.
"""
import struct

def _gf_mul(a, b):
    p = 0
    while b:
        if b & 1:
            p ^= a
        a <<= 1
        if a & 0x100:
            a ^= 0x11b
        b >>= 1
    return p

def _make_sboxes():
    S = [0] * 256
    Si = [0] * 256
    inv = [0] * 256
    for i in range(1, 256):
        for j in range(1, 256):
            if _gf_mul(i, j) == 1:
                inv[i] = j
                break
    for i in range(256):
        x = inv[i]
        s = x
        for shift in range(1, 5):
            s ^= ((x << shift) | (x >> (8 - shift))) & 0xff
        s ^= 0x63
        S[i] = s
        Si[s] = i
    return S, Si

S, Si = _make_sboxes()

def _compact_word(word):
    return (word[0] << 24) | (word[1] << 16) | (word[2] << 8) | word[3]

def _table(box, coeffs):
    return [_compact_word([_gf_mul(box[i], c) for c in coeffs]) for i in range(256)]

T1 = _table(S, (2, 1, 1, 3))
T2 = [((t >> 8) | (t << 24)) & 0xffffffff for t in T1]
T3 = [((t >> 8) | (t << 24)) & 0xffffffff for t in T2]
T4 = [((t >> 8) | (t << 24)) & 0xffffffff for t in T3]
T5 = _table(Si, (14, 9, 13, 11))
T6 = [((t >> 8) | (t << 24)) & 0xffffffff for t in T5]
T7 = [((t >> 8) | (t << 24)) & 0xffffffff for t in T6]
T8 = [((t >> 8) | (t << 24)) & 0xffffffff for t in T7]
U1 = _table(list(range(256)), (14, 9, 13, 11))
U2 = [((t >> 8) | (t << 24)) & 0xffffffff for t in U1]
U3 = [((t >> 8) | (t << 24)) & 0xffffffff for t in U2]
U4 = [((t >> 8) | (t << 24)) & 0xffffffff for t in U3]

rcon = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1b, 0x36, 0x6c, 0xd8, 0xab, 0x4d, 0x9a, 0x2f]


class AES(object):
    '''Encapsulates the AES block cipher.'''

    number_of_rounds = {16: 10, 24: 12, 32: 14}

    def __init__(self, key):
        if len(key) not in (16, 24, 32):
            raise ValueError('Invalid key size')
        rounds = self.number_of_rounds[len(key)]
        self._Ke = [[0] * 4 for i in range(rounds + 1)]
        self._Kd = [[0] * 4 for i in range(rounds + 1)]
        round_key_count = (rounds + 1) * 4
        KC = len(key) // 4
        tk = [struct.unpack('>i', key[i:i + 4])[0] for i in range(0, len(key), 4)]
        tk = [t & 0xffffffff for t in tk]
        for i in range(0, KC):
            self._Ke[i // 4][i % 4] = tk[i]
            self._Kd[rounds - (i // 4)][i % 4] = tk[i]
        rconpointer = 0
        t = KC
        while t < round_key_count:
            tt = tk[KC - 1]
            tk[0] ^= ((S[(tt >> 16) & 0xFF] << 24) ^
                      (S[(tt >> 8) & 0xFF] << 16) ^
                      (S[tt & 0xFF] << 8) ^
                      S[(tt >> 24) & 0xFF] ^
                      (rcon[rconpointer] << 24))
            rconpointer += 1
            if KC != 8:
                for i in range(1, KC):
                    tk[i] ^= tk[i - 1]
            else:
                for i in range(1, KC // 2):
                    tk[i] ^= tk[i - 1]
                tt = tk[KC // 2 - 1]
                tk[KC // 2] ^= (S[tt & 0xFF] ^
                                (S[(tt >> 8) & 0xFF] << 8) ^
                                (S[(tt >> 16) & 0xFF] << 16) ^
                                (S[(tt >> 24) & 0xFF] << 24))
                for i in range(KC // 2 + 1, KC):
                    tk[i] ^= tk[i - 1]
            j = 0
            while j < KC and t < round_key_count:
                self._Ke[t // 4][t % 4] = tk[j]
                self._Kd[rounds - (t // 4)][t % 4] = tk[j]
                j += 1
                t += 1
        for r in range(1, rounds):
            for j in range(0, 4):
                tt = self._Kd[r][j]
                self._Kd[r][j] = (U1[(tt >> 24) & 0xFF] ^ U2[(tt >> 16) & 0xFF] ^
                                  U3[(tt >> 8) & 0xFF] ^ U4[tt & 0xFF])

    def encrypt(self, plaintext):
        if len(plaintext) != 16:
            raise ValueError('wrong block length')
        rounds = len(self._Ke) - 1
        (s1, s2, s3) = [1, 2, 3]
        a = [0, 0, 0, 0]
        t = [(_compact_word(plaintext[4 * i:4 * i + 4]) ^ self._Ke[0][i]) for i in range(0, 4)]
        for r in range(1, rounds):
            for i in range(0, 4):
                a[i] = (T1[(t[i] >> 24) & 0xFF] ^
                        T2[(t[(i + s1) % 4] >> 16) & 0xFF] ^
                        T3[(t[(i + s2) % 4] >> 8) & 0xFF] ^
                        T4[t[(i + s3) % 4] & 0xFF] ^
                        self._Ke[r][i])
            t = copy_words(a)
        result = []
        for i in range(0, 4):
            tt = self._Ke[rounds][i]
            result.append((S[(t[i] >> 24) & 0xFF] ^ (tt >> 24)) & 0xFF)
            result.append((S[(t[(i + s1) % 4] >> 16) & 0xFF] ^ (tt >> 16)) & 0xFF)
            result.append((S[(t[(i + s2) % 4] >> 8) & 0xFF] ^ (tt >> 8)) & 0xFF)
            result.append((S[t[(i + s3) % 4] & 0xFF] ^ tt) & 0xFF)
        return result

    def decrypt(self, ciphertext):
        if len(ciphertext) != 16:
            raise ValueError('wrong block length')
        rounds = len(self._Kd) - 1
        (s1, s2, s3) = [3, 2, 1]
        a = [0, 0, 0, 0]
        t = [(_compact_word(ciphertext[4 * i:4 * i + 4]) ^ self._Kd[0][i]) for i in range(0, 4)]
        for r in range(1, rounds):
            for i in range(0, 4):
                a[i] = (T5[(t[i] >> 24) & 0xFF] ^
                        T6[(t[(i + s1) % 4] >> 16) & 0xFF] ^
                        T7[(t[(i + s2) % 4] >> 8) & 0xFF] ^
                        T8[t[(i + s3) % 4] & 0xFF] ^
                        self._Kd[r][i])
            t = copy_words(a)
        result = []
        for i in range(0, 4):
            tt = self._Kd[rounds][i]
            result.append((Si[(t[i] >> 24) & 0xFF] ^ (tt >> 24)) & 0xFF)
            result.append((Si[(t[(i + s1) % 4] >> 16) & 0xFF] ^ (tt >> 16)) & 0xFF)
            result.append((Si[(t[(i + s2) % 4] >> 8) & 0xFF] ^ (tt >> 8)) & 0xFF)
            result.append((Si[t[(i + s3) % 4] & 0xFF] ^ tt) & 0xFF)
        return result


def copy_words(a):
    return a[:]


class Counter(object):
    '''A counter object for the Counter (CTR) mode of operation.'''

    def __init__(self, initial_value=1):
        self._counter = [((initial_value >> i) % 256) for i in range(128 - 8, -1, -8)]

    value = property(lambda s: s._counter)

    def increment(self):
        for i in range(len(self._counter) - 1, -1, -1):
            self._counter[i] += 1
            if self._counter[i] < 256:
                break
            self._counter[i] = 0
        else:
            self._counter = [0] * len(self._counter)


class AESBlockModeOfOperation(object):
    def __init__(self, key):
        self._aes = AES(key)


class AESModeOfOperationECB(AESBlockModeOfOperation):
    name = "Electronic Codebook (ECB)"

    def encrypt(self, plaintext):
        return bytes(self._aes.encrypt(list(plaintext)))

    def decrypt(self, ciphertext):
        return bytes(self._aes.decrypt(list(ciphertext)))


class AESModeOfOperationCBC(AESBlockModeOfOperation):
    name = "Cipher-Block Chaining (CBC)"

    def __init__(self, key, iv=None):
        if iv is None:
            self._last_cipherblock = [0] * 16
        elif len(iv) != 16:
            raise ValueError('initialization vector must be 16 bytes')
        else:
            self._last_cipherblock = list(iv)
        AESBlockModeOfOperation.__init__(self, key)

    def encrypt(self, plaintext):
        precipherblock = [(p ^ l) for (p, l) in zip(plaintext, self._last_cipherblock)]
        self._last_cipherblock = self._aes.encrypt(precipherblock)
        return bytes(self._last_cipherblock)

    def decrypt(self, ciphertext):
        cipherblock = list(ciphertext)
        plaintext = [(p ^ l) for (p, l) in zip(self._aes.decrypt(cipherblock), self._last_cipherblock)]
        self._last_cipherblock = cipherblock
        return bytes(plaintext)


class AESModeOfOperationCTR(AESBlockModeOfOperation):
    name = "Counter (CTR)"

    def __init__(self, key, counter=None):
        AESBlockModeOfOperation.__init__(self, key)
        if counter is None:
            counter = Counter()
        self._counter = counter
        self._remaining_counter = []

    def encrypt(self, plaintext):
        while len(self._remaining_counter) < len(plaintext):
            self._remaining_counter += self._aes.encrypt(self._counter.value)
            self._counter.increment()
        plaintext = list(plaintext)
        encrypted = [(p ^ c) for (p, c) in zip(plaintext, self._remaining_counter)]
        self._remaining_counter = self._remaining_counter[len(encrypted):]
        return bytes(encrypted)

    def decrypt(self, crypttext):
        return self.encrypt(crypttext)


def checksum(data):
    h = 0
    for b in data:
        h = (h * 31 + b) & 0xffffffff
    return h


def main():
    print("S[0:8] =", [hex(x) for x in S[:8]], "Si[0x63] =", Si[0x63])
    print("T1[1] = %08x, T5[1] = %08x" % (T1[1], T5[1]))
    # FIPS-197 appendix C.1 test vector.
    key = bytes(range(16))
    block = bytes.fromhex("00112233445566778899aabbccddeeff")
    ecb = AESModeOfOperationECB(key)
    ct = ecb.encrypt(block)
    print("AES-128 ECB:", ct.hex())
    print("round trip:", ecb.decrypt(ct) == block)
    for size in (24, 32):
        aes = AESModeOfOperationECB(bytes(range(size)))
        ct = aes.encrypt(block)
        print("AES-%d ECB: %s %s" % (size * 8, ct.hex(), aes.decrypt(ct) == block))

    CLEARTEXT = b"This is a test. What could possibly go wrong? " * 40
    KEY = b'\xa1\xf6%\x8c\x87}_\xcd\x89dHE8\xbf\xc9,'
    aes = AESModeOfOperationCTR(KEY)
    ciphertext = aes.encrypt(CLEARTEXT)
    aes = AESModeOfOperationCTR(KEY)
    plaintext = aes.decrypt(ciphertext)
    if plaintext != CLEARTEXT:
        raise Exception("decrypt error!")
    print("CTR:", len(ciphertext), ciphertext[:16].hex(), checksum(ciphertext))

    iv = bytearray(b"\x00" * 16)
    iv[3] = 7
    cbc = AESModeOfOperationCBC(KEY, iv=bytes(iv))
    blocks = [CLEARTEXT[i:i + 16] for i in range(0, 256, 16)]
    out = bytearray()
    for blk in blocks:
        out += cbc.encrypt(blk)
    cbc = AESModeOfOperationCBC(KEY, iv=bytes(iv))
    back = b"".join(cbc.decrypt(out[i:i + 16]) for i in range(0, len(out), 16))
    print("CBC:", out[-16:].hex(), back == CLEARTEXT[:256], checksum(out))
    words = struct.unpack(">4I", bytes(out[:16]))
    print("words:", ["%08x" % w for w in words])
    c = Counter(2 ** 64 - 1)
    c.increment()
    print("counter:", c.value[6:10])
    try:
        AES(b"short")
    except ValueError as e:
        print("error:", e)


if __name__ == "__main__":
    main()
