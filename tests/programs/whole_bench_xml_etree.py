"""The xml_etree benchmarks in the manner of pyperformance: generate a wide
and a deep tree, serialise it, parse it back, and process it (find,
iterfind, findall, transform, move subtrees around, check the iteration);
then a small document read from a file. Sizes and digests are printed."""

import os
import xml.etree.ElementTree as ET


def build_xml_tree():
    root = ET.Element('root')
    # Broad, repetitive subtrees.
    for c in range(20):
        child = ET.SubElement(root, 'child-%d' % c, tag_type='child')
        for i in range(40):
            ET.SubElement(child, 'subchild').text = 'LEAF-%d-%d' % (c, i)
    # A deep one.
    deep = ET.SubElement(root, 'deepchildren', tag_type='deepchild')
    for i in range(40):
        deep = ET.SubElement(deep, 'deepchild')
    ET.SubElement(deep, 'deepleaf', tag_type='leaf').text = 'LEAF'
    nb_elems = sum(1 for elem in root.iter())
    root.set('nb-elems', str(nb_elems))
    return root


def digest(data):
    h = 5381
    for byte in data:
        h = (h * 33 + byte) & 0xffffffff
    return h


def process(root):
    found = sum(child.find('.//deepleaf') is not None for child in root)
    if found != 1:
        raise RuntimeError('find() failed')
    text = 'LEAF-5-39'
    found = any(1 for child in root for el in child.iterfind('.//subchild') if el.text == text)
    if not found:
        raise RuntimeError('iterfind() failed')
    found = sum(el.text == 'LEAF' for el in root.findall('.//deepchild/deepleaf'))
    if found != 1:
        raise RuntimeError('findall() failed')

    dest = ET.Element('root2')
    target = ET.SubElement(dest, 'result-1')
    for child in root:
        ET.SubElement(target, child.tag).text = str(len(child))
    if len(target) != len(root):
        raise RuntimeError('transform #1 failed')

    target = ET.SubElement(dest, 'result-2')
    for child in root.iterfind('.//subchild'):
        ET.SubElement(target, child.tag, attr=child.text).text = 'found'
    if len(target) < len(root) or not all(el.text == 'found' for el in target.iterfind('subchild')):
        raise RuntimeError('transform #2 failed')

    # Moving subtrees around.
    orig_len = len(root[0])
    new_root = root.makeelement('parent', {})
    for child in list(root[0]):
        new_root.append(child)
    el = root[0]
    while len(el):
        del el[0]
    for child in new_root:
        if child is not None:
            el.append(child)
    if len(el) != orig_len:
        raise RuntimeError('child moving failed')

    # The iteration stays consistent.
    d = {}
    for child in root:
        tags = d.setdefault(child.tag, [])
        for sub in child:
            tags.append(sub)
    check_dict = dict((n, iter(ch)) for n, ch in d.items())
    target = ET.SubElement(dest, 'transform-2')
    for child in root:
        for sub in child:
            if sub is not next(check_dict[child.tag]):
                raise RuntimeError('iteration failed')
            ET.SubElement(target, sub.tag).text = sub.text
    return dest


def bench_generate():
    root = build_xml_tree()
    data = ET.tostring(root)
    print('generate', len(data), digest(data), root.get('nb-elems'))
    return data


def bench_parse(data):
    root = ET.fromstring(data)
    again = ET.tostring(root)
    print('parse', root.tag, len(root), again == data, root[3][7].text, root.find('deepchildren').get('tag_type'))
    return root


def bench_process(root):
    dest = process(root)
    out = ET.tostring(dest)
    print('process', len(dest), [len(c) for c in dest], len(out), digest(out))
    print(' ', [c.tag for c in dest[0]][:5], dest[1][0].attrib, ET.tostring(dest[0][0]))


def bench_catalog(path):
    catalog = ET.Element('catalog', {'xmlns:x': 'urn:ignored'})
    catalog.text = '\n'
    prices = [3.5, 12.25, 7.0, 99.99, 0.5]
    for i, price in enumerate(prices):
        item = ET.SubElement(catalog, 'item', id=str(i), kind='odd' if i % 2 else 'even')
        ET.SubElement(item, 'name').text = 'Item <%d> & "co"' % i
        ET.SubElement(item, 'price', currency='EUR').text = '%.2f' % price
        note = ET.SubElement(item, 'note')
        note.text = 'caf\u00e9 \u2014 %d' % i
        note.tail = '\n'
    tree = ET.ElementTree(catalog)
    ET.indent(tree, space='\t')
    tree.write(path, encoding='utf-8', xml_declaration=True)
    with open(path, 'rb') as f:
        raw = f.read()
    print('catalog file', len(raw), raw[:60])
    back = ET.parse(path).getroot()
    total = sum(float(p.text) for p in back.iter('price'))
    names = [n.text for n in back.findall("item[@kind='odd']/name")]
    print('catalog', back.tag, len(back), round(total, 2), names)
    print(' ', back.findtext('item/note'), back.find('item[last()]').get('id'), [i.get('id') for i in back.findall('item[2]')])
    print(' ', ET.tostring(back.find('item[@id="3"]'), encoding='unicode'))
    os.remove(path)


def bench_errors():
    for text in ['<a><b></a>', '<a>&nbsp;</a>', '<a/>junk', '<a x="1" x="2"/>', '<open>']:
        try:
            ET.fromstring(text)
        except ET.ParseError as e:
            print('ParseError', e, e.position)


def main():
    data = bench_generate()
    root = bench_parse(data)
    bench_process(root)
    bench_catalog('bench_xml_%d.xml' % os.getpid())
    bench_errors()


if __name__ == '__main__':
    main()
