# Long non-ASCII strs indexed, sliced and searched forwards, backwards and
# at random (the runtime keeps a cursor into the last one), and json.loads
# of non-ASCII documents parsed as strs: values and error positions.
import json
import random


def walk(s, rng):
    n = len(s)
    fwd = "".join([s[i] for i in range(0, n, 7)])
    bwd = "".join([s[i] for i in range(n - 1, -1, -5)])
    picks = []
    for _ in range(300):
        i = rng.randrange(-n, n)
        picks.append(s[i])
    cuts = []
    for _ in range(100):
        a = rng.randrange(0, n)
        b = rng.randrange(0, n)
        cuts.append(s[a:b] + "|" + s[b:a])
    finds = []
    for ch in ["é", "✓", "a", "😀", "z"]:
        at = 0
        while True:
            k = s.find(ch, at)
            if k < 0:
                break
            finds.append(k)
            at = k + 1
    return len(fwd), fwd[:40], bwd[-40:], "".join(picks), sum(len(c) for c in cuts), cuts[7], finds[:20], len(finds), [ord(s[i]) for i in range(n - 10, n)]


def main():
    rng = random.Random(7)
    alphabet = "abcdé✓😀 xyz\n"
    s = "".join([alphabet[rng.randrange(len(alphabet))] for _ in range(5000)])
    t = "".join([alphabet[rng.randrange(len(alphabet))] for _ in range(3000)])
    print(walk(s, rng))
    print(walk(t, rng))
    # interleaved use of two long strs
    mixed = []
    for i in range(0, 3000, 3):
        mixed.append(s[i] + t[i] + s[4999 - i] + t[2999 - i])
    print("".join(mixed)[:80], len("".join(mixed)))
    doc = {"name": "Zoë ✓", "items": [{"k": "ключ %d" % i, "v": "値" * (i % 5), "e": "😀\n\"q\"", "n": i / 3} for i in range(400)], "end": "fin"}
    for indent in [None, 2]:
        text = json.dumps(doc, ensure_ascii=False, indent=indent)
        back = json.loads(text)
        print(len(text), back == doc, back["items"][399], back["end"])
    bad = [
        '{"a": "é", "b": [1, 2,, 3]}',
        '["✓✓✓", tru]',
        '{"ключ": "значение" "x": 1}',
        '"unterminated é',
        '["é"] extra',
        '{"a": "\\q"}',
        '["😀", 1.5e, 2]',
        '{"é": 1, }',
        '["é\\ud83d\\ude00", "\\u00e9"]',
    ]
    for b in bad:
        try:
            print(repr(json.loads(b)))
        except json.JSONDecodeError as e:
            print("JSONDecodeError", e)
    long_doc = "[" + ", ".join(['"%s%d"' % ("é" * (i % 3), i) for i in range(3000)]) + "]"
    print(json.loads(long_doc)[-3:], len(json.loads(long_doc)))
    try:
        json.loads(long_doc[:-1] + "}")
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)


if __name__ == "__main__":
    main()
