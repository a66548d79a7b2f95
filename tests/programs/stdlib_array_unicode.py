# array('u'): an array of characters, as the Rosetta Code Sokoban solver edits its boards
# (array("u", board), item assignment, tounicode()).
from array import array


def main():
    a = array('u', 'hello')
    a[0] = 'j'
    a.append('!')
    a.fromunicode(' wé')
    print(a, len(a), a.itemsize, a.typecode)
    print(a.tounicode(), a[1:4], a[2], a.count('l'), a.index('o'), 'w' in a)
    print(a.tobytes()[:8], array('u', a.tobytes()) == a)
    b = array('u', ['x', 'y'])
    b.extend('zz')
    b.insert(0, '<')
    print(b, b.pop(), b.tolist(), repr(array('u')), b + array('u', 'END'))
    for bad in [5, 'ab']:
        try:
            b.append(bad)
        except TypeError as e:
            print('TypeError:', e)
    try:
        array('i', 'abc')
    except TypeError as e:
        print('TypeError:', e)
    try:
        array('i', [1]).tounicode()
    except ValueError as e:
        print('ValueError:', e)
    board = '#####\n#@ $#\n#####'
    cells = array('u', board)
    cells[7] = ' '
    cells[8] = '@'
    print(cells.tounicode())


if __name__ == '__main__':
    main()
