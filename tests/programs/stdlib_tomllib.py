"""tomllib: every TOML 1.0 value kind, tables, arrays of tables, dotted keys, and the errors of invalid documents with their positions."""
import tomllib

DOC = '''
# comment
title = "TOML \\"x\\" \\u00e9 \\U0001F600"
lit = 'C:\\Users\\x'
ml = """
Roses are red
Violets are blue\\
   still same line"""
mll = \'\'\'
first
  second\'\'\'
int1 = +99
int2 = 1_000
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101
f1 = 3.1415
f2 = -5e+22
f3 = 6.626e-34
f4 = 224_617.445_991
inf1 = inf
nan1 = -nan
bools = [true, false]
dotted.a.b = 1
dotted.a.c = "x"
"quoted key" = 2
'lit key' = 3
arr = [ [1, 2], ["a", 'b'], [ {x = 1}, {y = [2]} ], ]
multi = [
  1, # one
  2,
]
inline = { name = "n", pt = { x = 1, y = 2 }, a.b = 3 }
day = 1979-05-27
moment = 1979-05-27T07:32:00.999999
moment2 = 1979-05-27 07:32:00

[server]
host = "h"
[server.alpha]
ip = "10.0.0.1"
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
[[products]]
name = "Nail"
[[products.parts]]
id = 1
[[products.parts]]
id = 2
[a.b.c]
d = 1
[a]
e = 2
'''

BAD = [
    'a = 1\na = 2',
    '[t]\n[t]',
    'a = {x = 1}\na.y = 2',
    'x = "abc',
    'x = 1 2',
    'x = ',
    '= 1',
    'x = [1 2]',
    'x = {a = 1 b = 2}',
    'x = "\\q"',
    'x = 1979-02-30',
    'a.b = 1\n[a.b]',
    '[x]\ny.z = 1\n[x.y]',
    'x = 0x',
    'x = "\x01"',
    '# c \x02',
    'x = [1]\n[[x]]',
    'k = "\\uD800"',
    '[[a]]\nb = 1\n[a]',
    'x = 1_',
    "x = '''abc",
    'x = {a = 1, a = 2}',
    '[a]\nb.c = 1\n[a.b]',
    '  [ a . b ] \n',
]


def main():
    data = tomllib.loads(DOC)
    print(data)
    for k in data:
        print(k, repr(data[k]))
    print(data['products'][2]['parts'][1]['id'])
    for src in BAD:
        try:
            print(tomllib.loads(src))
        except tomllib.TOMLDecodeError as e:
            print('error:', e)
    print(tomllib.loads('x = 1\r\ny = "a"\r\n'))
    print(tomllib.loads('v = 1.5', parse_float=lambda s: s + '!'))


if __name__ == "__main__":
    main()
