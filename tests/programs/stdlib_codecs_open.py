# codecs.open with an encoding (the json-serde benchmark reads its input
# with 'utf-8-sig'): the BOM dropped, line endings left as they are;
# codecs.encode/decode and the BOM constants.
import codecs
import json
import os


def main():
    path = "codecs_open_test.json"
    with open(path, "wb") as f:
        f.write(codecs.BOM_UTF8 + '{"name": "caf\u00e9",\r\n "n": [1, 2.5]}\n'.encode("utf-8"))
    with codecs.open(path, "r", "utf-8-sig") as fp:
        text = fp.read()
    print(repr(text))
    print(json.loads(text))
    with codecs.open(path, "r", "utf-8") as fp:
        print(repr(fp.read()[:3]))
    with codecs.open(path, "rb") as fp:
        print(fp.read()[:5])
    with codecs.open(path, "w", encoding="latin-1") as fp:
        fp.write("d\u00e9j\u00e0 vu\n")
    with open(path, "rb") as f:
        print(f.read())
    os.remove(path)
    print(codecs.encode("h\u00e9", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf-8"), codecs.encode("abc", "ascii"))
    print(codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)


if __name__ == "__main__":
    main()
