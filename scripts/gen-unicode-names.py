"""Regenerates compiler/data/unicode-names.txt.gz: the character names that
\\N{...} escapes in string literals use, from this Python's unicodedata.
CJK unified ideographs and Hangul syllables have algorithmic names and are
computed by the compiler instead (compiler/src/unicode-names.ts)."""
import gzip
import sys
import unicodedata

out = []
for cp in range(sys.maxunicode + 1):
    name = unicodedata.name(chr(cp), None)
    if name is None or name.startswith("CJK UNIFIED IDEOGRAPH-") or name.startswith("HANGUL SYLLABLE "):
        continue
    out.append(f"{cp:X};{name}")
with gzip.open("compiler/data/unicode-names.txt.gz", "wt", encoding="ascii", compresslevel=9) as f:
    f.write(f"# unicodedata {unicodedata.unidata_version}\n")
    f.write("\n".join(out) + "\n")
print(len(out), "names, Unicode", unicodedata.unidata_version)
