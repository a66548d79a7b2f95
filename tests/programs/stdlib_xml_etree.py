"""xml.etree.ElementTree: parse errors, escaping and encodings of tostring, ElementPath queries, namespaces, indent, dump, editing."""

import xml.etree.ElementTree as ET


def main():
    for s in ['', '<a>', '<a></b>', '<a>\n  <b></c></a>', '<a>&foo;</a>', '<a/><b/>', 'text', '<a b=1/>',
              '<a b="1" b="2"/>', '<a>x</a>junk', '<a><!-- c --></a>x', '<a', '<1a/>', '<a>&#xZZ;</a>',
              '<a>]]></a>', '<a b="<"/>', '  <a/>  \n', '<a>&amp;&lt;&#65;&#x42;</a>',
              '<?xml version="1.0"?>\n<!DOCTYPE r>\n<r a="x &amp; y"><![CDATA[<raw>&]]>t<!-- c -->u<?pi x?><s/>tail</r>']:
        try:
            r = ET.fromstring(s)
            print(repr(s), 'OK', ET.tostring(r))
        except ET.ParseError as e:
            print(repr(s), e, e.position, e.code)
    e = ET.Element('a', {'z': '1', 'b': '<&"\n\t\r>'}, c='x')
    e.text = 't<&>"\'\r\n'
    e.tail = 'tail'
    s = ET.SubElement(e, 'b')
    s.text = '\u00e9\u20ac'
    ET.SubElement(e, 'c')
    print(ET.tostring(e))
    print(ET.tostring(e, encoding='unicode'))
    print(ET.tostring(e, encoding='utf-8'))
    print(ET.tostring(e, encoding='iso-8859-1'))
    print(ET.tostring(e, short_empty_elements=False))
    print(ET.tostring(e, method='text'))
    print(ET.tostring(e, xml_declaration=True, encoding='unicode'))
    print(repr(ET.fromstring('<a x="1\n2\tz">\r\n<b/>\r\n</a>').get('x')))
    doc = ET.fromstring('<lib><book id="1" lang="en"><title>A</title><year>2001</year></book>'
                        '<book id="2"><title>B</title><year>1999</year></book><mag><title>M</title></mag></lib>')
    print([b.get('id') for b in doc.findall('book')])
    print([t.text for t in doc.findall('.//title')])
    print([t.text for t in doc.findall('*/title')])
    print(doc.findtext('book/year'), doc.findtext('nothing', 'dflt'), repr(doc.findtext('mag')))
    print([b.get('id') for b in doc.findall("book[@lang]")], [b.get('id') for b in doc.findall("book[@id='2']")])
    print([b.get('id') for b in doc.findall("book[title='B']")], [b.tag for b in doc.findall("*[title]")])
    print([b.get('id') for b in doc.findall('book[1]')], [b.get('id') for b in doc.findall('book[last()]')])
    print([x.tag for x in doc.findall('.//title/..')], doc.find('book').find('year').text)
    print([x.tag for x in doc.iter()], [x.text for x in doc.iter('year')], ''.join(doc.itertext()))
    print(len(doc), doc[1].get('id'), [c.tag for c in doc], doc.find('zzz'))
    ns = ET.fromstring('<r xmlns="urn:a" xmlns:b="urn:b"><b:x b:k="v">1</b:x><y/></r>')
    print(ns.tag, [c.tag for c in ns], ns[0].attrib)
    print(ET.tostring(ns))
    tree = ET.ElementTree(doc)
    ET.indent(tree)
    print(ET.tostring(doc, encoding='unicode'))
    ET.dump(doc[0])
    doc.remove(doc[2])
    doc.insert(0, ET.Element('first'))
    doc[0].set('n', '0')
    print(ET.tostring(doc), sorted(doc[1].keys()), list(doc[1].items()))
    doc[1].clear()
    print(ET.tostring(doc[1]), ET.iselement(doc), ET.iselement('x'))
    try:
        ET.tostring(ET.Element(1))
    except TypeError as ex:
        print('TypeError', ex)


main()
