"""XML trees: the `xml.etree.ElementTree` standard module (CPython 3.11's).

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. Elements and their serialisation follow CPython's
Python code (tostring's escaping, attribute order, `ns0:` prefixes and
`xmlns` declarations for `{uri}tag` names, short empty elements, the XML
declaration for other encodings, character references for what the
encoding cannot hold). The parser is this module's own (CPython uses
expat): elements, attributes, text and tails, the five predefined entities
and character references, comments and processing instructions (skipped,
as CPython's default TreeBuilder skips them), CDATA sections, the XML
declaration, a DOCTYPE (skipped), namespace declarations (names become
`{uri}local`, as expat reports them to ElementTree), line ends normalised;
malformed documents raise ParseError with expat's message, position and
code for the common cases (no element found, mismatched tag, undefined
entity, junk after document element, duplicate attribute, invalid token,
unclosed token, syntax error).

The path language of find/findall/findtext/iterfind is ElementPath's:
tags (`{uri}tag` too), `*`, `.`, `..`, `//`, and the predicates `[@a]`,
`[@a='v']`, `[@a!='v']`, `[tag]`, `[tag='text']`, `[.='text']`, `[n]`,
`[last()]`, `[last()-n]`.

Differences from CPython (see the row of docs/language.md): no Comment or
ProcessingInstruction elements, QName, TreeBuilder, iterparse, XMLPullParser,
C14N or method='html'; entities declared in a DOCTYPE are not expanded
(ParseError: undefined entity); an uncaught ParseError prints as
`ParseError` (CPython: `xml.etree.ElementTree.ParseError`).
"""

__all__ = ['Element', 'ElementTree', 'ParseError', 'SubElement', 'XML', 'XMLParser', 'dump', 'fromstring',
           'fromstringlist', 'indent', 'iselement', 'parse', 'register_namespace', 'tostring', 'tostringlist',
           'VERSION']

VERSION = '1.3.0'


class ParseError(SyntaxError):
    """A malformed document: `position` is (line, column), `code` expat's error number."""

    def __init__(self, message, position=(0, 0), code=0):
        super().__init__(message)
        self.msg = message
        self.position = position
        self.code = code


class Element:
    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError('attrib must be dict, not ' + type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return '<Element %r at %#x>' % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        return Element(tag, attrib)

    def copy(self):
        elem = Element(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem._children = list(self._children)
        return elem

    def __copy__(self):
        return self.copy()

    def __len__(self):
        return len(self._children)

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        _assert_is_element(subelement)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            _assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        _assert_is_element(subelement)
        self._children.insert(index, subelement)

    def remove(self, subelement):
        for i in range(len(self._children)):
            if self._children[i] is subelement:
                del self._children[i]
                return
        raise ValueError('list.remove(x): x not in list')

    def find(self, path, namespaces=None):
        for e in _select(self, path, namespaces):
            return e
        return None

    def findtext(self, path, default=None, namespaces=None):
        for e in _select(self, path, namespaces):
            return e.text or ''
        return default

    def findall(self, path, namespaces=None):
        return _select(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return iter(_select(self, path, namespaces))

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = None
        self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == '*':
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        if self.text:
            yield self.text
        for e in self._children:
            yield from e.itertext()
            if e.tail:
                yield e.tail


def _assert_is_element(e):
    if not isinstance(e, Element):
        raise TypeError('expected an Element, not ' + type(e).__name__)


def SubElement(parent, tag, attrib={}, **extra):
    element = Element(tag, {**attrib, **extra})
    parent.append(element)
    return element


def iselement(element):
    return isinstance(element, Element)


# ------------------------------------------------------------------ paths


def _path_tokens(path):
    """ElementPath's tokens: ('op', text) for punctuation and ('name', text) / ('str', text) for the rest."""
    tokens = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == '/' and path[i:i + 2] == '//':
            tokens.append(('op', '//'))
            i += 2
        elif c == '.' and path[i:i + 2] == '..':
            tokens.append(('op', '..'))
            i += 2
        elif c in '/.*[]@=()':
            tokens.append(('op', c))
            i += 1
        elif c == '!' and path[i:i + 2] == '!=':
            tokens.append(('op', '!='))
            i += 2
        elif c == "'" or c == '"':
            j = path.find(c, i + 1)
            if j < 0:
                raise SyntaxError('invalid path')
            tokens.append(('str', path[i + 1:j]))
            i = j + 1
        elif c.isspace():
            i += 1
        else:
            j = i
            if c == '{':
                j = path.find('}', i)
                if j < 0:
                    raise SyntaxError('invalid path')
            while j < n and path[j] not in '/[]@=()\'"!' and not path[j].isspace() and not (path[j] == '.' and j == i):
                if path[j] == '*' and j > i:
                    break
                j += 1
            if j == i:
                j = i + 1
            tokens.append(('name', path[i:j]))
            i = j
    return tokens


def _parent_map(root):
    parents = {}
    for p in root.iter():
        for e in p._children:
            parents[id(e)] = p
    return parents


def _children_tagged(elem, tag):
    if tag == '*':
        return list(elem._children)
    return [e for e in elem._children if e.tag == tag]


def _select(context, path, namespaces):
    """The elements path selects from context, in ElementPath's order."""
    if namespaces is not None:
        raise ValueError('unsupported: a namespaces map in ElementPath (write {uri}tag)')
    if path[-1:] == '/':
        path = path + '*'
    if path[:1] == '/':
        raise SyntaxError('cannot use absolute path on element')
    tokens = _path_tokens(path)
    result = [context]
    parents = None
    i = 0
    n = len(tokens)
    while i < n:
        kind, text = tokens[i]
        i += 1
        if kind == 'op' and text == '/':
            continue
        if kind == 'op' and text == '//':
            if i >= n:
                raise SyntaxError('invalid descendant')
            kind, text = tokens[i]
            i += 1
            if kind == 'name' or text == '*':
                tag = None if text == '*' else text
                found = []
                for elem in result:
                    for e in elem.iter(tag):
                        if e is not elem:
                            found.append(e)
                result = found
            elif text == '.' or text == '..':
                raise SyntaxError('invalid descendant')
            else:
                raise SyntaxError('invalid descendant')
        elif kind == 'name' or (kind == 'op' and text == '*'):
            found = []
            for elem in result:
                found.extend(_children_tagged(elem, text))
            result = found
        elif kind == 'op' and text == '.':
            pass
        elif kind == 'op' and text == '..':
            if parents is None:
                parents = _parent_map(context)
            found = []
            seen = set()
            for elem in result:
                p = parents.get(id(elem))
                if p is not None and id(p) not in seen:
                    seen.add(id(p))
                    found.append(p)
            result = found
        elif kind == 'op' and text == '[':
            j = i
            while j < n and tokens[j] != ('op', ']'):
                j += 1
            if j >= n:
                raise SyntaxError('invalid path')
            pred = tokens[i:j]
            i = j + 1
            if parents is None:
                parents = _parent_map(context)
            result = _apply_predicate(result, pred, parents)
        else:
            raise SyntaxError('invalid path')
    return result


def _apply_predicate(result, pred, parents):
    kinds = ''.join(['@' if t == ('op', '@') else '=' if t == ('op', '=') else '!' if t == ('op', '!=') else
                     '-' if t == ('name', '-') else t[0][0] for t in pred])
    values = [t[1] for t in pred]
    if kinds == '@n':
        key = values[1]
        return [e for e in result if e.get(key) is not None]
    if kinds == '@n=s' or kinds == '@n!s':
        key = values[1]
        value = values[3]
        if kinds == '@n=s':
            return [e for e in result if e.get(key) == value]
        return [e for e in result if e.get(key) is not None and e.get(key) != value]
    if kinds == 'n' and not values[0].isdigit() and values[0] != 'last':
        tag = values[0]
        return [e for e in result if len(_children_tagged(e, tag)) > 0]
    if kinds == 'o=s' or kinds == 'o!s':
        value = values[2]
        if values[0] != '.':
            raise SyntaxError('invalid path')
        if kinds == 'o=s':
            return [e for e in result if ''.join(e.itertext()) == value]
        return [e for e in result if ''.join(e.itertext()) != value]
    if kinds == 'n=s' or kinds == 'n!s':
        tag = values[0]
        value = values[2]
        found = []
        for e in result:
            for c in _children_tagged(e, tag):
                if (''.join(c.itertext()) == value) == (kinds == 'n=s'):
                    found.append(e)
                    break
        return found
    index = 0
    if kinds == 'n' and values[0].isdigit():
        index = int(values[0]) - 1
        if index < 0:
            raise SyntaxError('XPath position >= 1 expected')
    elif values[:3] == ['last', '(', ')']:
        index = -1
        if len(values) > 3:
            rest = ''.join(values[3:])
            if not (rest.startswith('-') and rest[1:].isdigit()):
                raise SyntaxError('unsupported expression')
            index = -1 - int(rest[1:])
            if index > -2:
                raise SyntaxError('XPath offset from last() must be negative')
    else:
        raise SyntaxError('invalid predicate')
    found = []
    for e in result:
        p = parents.get(id(e))
        if p is None:
            continue
        same = _children_tagged(p, e.tag)
        if -len(same) <= index < len(same) and same[index] is e:
            found.append(e)
    return found


# ---------------------------------------------------------- serialisation

_namespace_map = {
    'http://www.w3.org/XML/1998/namespace': 'xml',
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
    'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
    'http://www.w3.org/2001/XMLSchema': 'xs',
    'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
    'http://purl.org/dc/elements/1.1/': 'dc',
}


def register_namespace(prefix, uri):
    if prefix[:2] == 'ns' and prefix[2:].isdigit():
        raise ValueError('Prefix format reserved for internal use')
    for k in list(_namespace_map.keys()):
        if k == uri or _namespace_map[k] == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError('cannot serialize %r (type %s)' % (text, type(text).__name__))


# What each serialization context replaces, in CPython's order ('&' first, so the entities that
# the later replacements write are not escaped again).
_CDATA_ENTITIES = (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'))
_ATTRIB_ENTITIES = _CDATA_ENTITIES + (('"', '&quot;'), ('\r', '&#13;'), ('\n', '&#10;'), ('\t', '&#09;'))


def _escape(text, entities):
    if not isinstance(text, str):
        _raise_serialization_error(text)
    for ch, entity in entities:
        if ch in text:
            text = text.replace(ch, entity)
    return text


def _escape_cdata(text):
    return _escape(text, _CDATA_ENTITIES)


def _escape_attrib(text):
    return _escape(text, _ATTRIB_ENTITIES)


def _namespaces(elem):
    """The qualified name of every tag and attribute name (`ns0:tag` for `{uri}tag`) and the prefixes used."""
    qnames = {}
    namespaces = {}

    def add_qname(qname):
        if qname[:1] == '{':
            k = qname.rfind('}')
            uri = qname[1:k]
            tag = qname[k + 1:]
            prefix = namespaces.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = 'ns%d' % len(namespaces)
                if prefix != 'xml':
                    namespaces[uri] = prefix
            if prefix:
                qnames[qname] = prefix + ':' + tag
            else:
                qnames[qname] = tag
        else:
            qnames[qname] = qname

    for e in elem.iter():
        tag = e.tag
        if not isinstance(tag, str):
            _raise_serialization_error(tag)
        if tag not in qnames:
            add_qname(tag)
        for key in e.attrib:
            if key not in qnames:
                add_qname(key)
    return qnames, namespaces


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    tag = qnames[elem.tag]
    text = elem.text
    write('<' + tag)
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda x: x[1]):
            if prefix:
                write(' xmlns:' + prefix + '="' + _escape_attrib(uri) + '"')
            else:
                write(' xmlns="' + _escape_attrib(uri) + '"')
    for k, v in elem.attrib.items():
        write(' ' + qnames[k] + '="' + _escape_attrib(v) + '"')
    if text or len(elem._children) or not short_empty_elements:
        write('>')
        if text:
            write(_escape_cdata(text))
        for e in elem._children:
            _serialize_xml(write, e, qnames, None, short_empty_elements)
        write('</' + tag + '>')
    else:
        write(' />')
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


def _encode(text, encoding):
    """text in encoding, characters it cannot hold as character references (xmlcharrefreplace)."""
    enc = encoding.lower().replace('_', '-')
    if enc == 'utf-8' or enc == 'utf8':
        return text.encode('utf-8')
    if enc == 'us-ascii' or enc == 'ascii':
        limit = 128
    elif enc == 'iso-8859-1' or enc == 'latin-1' or enc == 'latin1':
        limit = 256
    else:
        raise LookupError('unknown encoding: ' + encoding)
    out = []
    for c in text:
        if ord(c) < limit:
            out.append(c)
        else:
            out.append('&#%d;' % ord(c))
    return ''.join(out).encode('latin-1')


def _serialize(element, encoding, method, xml_declaration, short_empty_elements):
    """The document as a str, and the encoding it is to be written in ('unicode': none)."""
    if method is None:
        method = 'xml'
    if method != 'xml' and method != 'text':
        raise ValueError('unsupported: method=%r (AIthon writes xml and text)' % method)
    if not encoding:
        encoding = 'us-ascii'
    parts = []
    write = parts.append
    if method == 'xml':
        declared = 'utf-8' if encoding.lower() == 'unicode' else encoding
        if xml_declaration or (xml_declaration is None and encoding.lower() != 'unicode'
                               and declared.lower() not in ('utf-8', 'us-ascii')):
            write("<?xml version='1.0' encoding='%s'?>\n" % declared)
        qnames, namespaces = _namespaces(element)
        _serialize_xml(write, element, qnames, namespaces, short_empty_elements)
    else:
        _serialize_text(write, element)
    return ''.join(parts), encoding


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """The element as bytes in encoding (us-ascii by default), or as a str with encoding='unicode'."""
    if default_namespace is not None:
        raise ValueError('unsupported: default_namespace')
    text, enc = _serialize(element, encoding, method, xml_declaration, short_empty_elements)
    if enc.lower() == 'unicode':
        return text
    return _encode(text, enc)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    if isinstance(elem, ElementTree):
        elem = elem.getroot()
    text = tostring(elem, encoding='unicode')
    print(text, end='' if text.endswith('\n') else '\n')


def indent(tree, space='  ', level=0):
    """Indents the tree in place: each level of children on its own line, `space` deeper."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError('Initial indentation level must be >= 0, got ' + str(level))
    if len(tree._children) == 0:
        return
    indentations = ['\n' + level * space]
    _indent_children(tree, 0, indentations, space)


def _indent_children(elem, level, indentations, space):
    child_level = level + 1
    if child_level >= len(indentations):
        indentations.append(indentations[level] + space)
    child_indentation = indentations[child_level]
    if not elem.text or not elem.text.strip():
        elem.text = child_indentation
    child = elem._children[0]
    for child in elem._children:
        if len(child._children):
            _indent_children(child, child_level, indentations, space)
        if not child.tail or not child.tail.strip():
            child.tail = child_indentation
    if not child.tail.strip():
        child.tail = indentations[level]


class ElementTree:
    def __init__(self, element=None, file=None):
        self._root = element
        if file is not None:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        if isinstance(source, str):
            with open(source, 'rb') as f:
                data = f.read()
        else:
            data = source.read()
        self._root = _parse_any(data)
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def find(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.find(path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.findtext(path, default, namespaces)

    def findall(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.findall(path, namespaces)

    def iterfind(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.iterfind(path, namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None, *, short_empty_elements=True):
        if default_namespace is not None:
            raise ValueError('unsupported: default_namespace')
        text, enc = _serialize(self._root, encoding, method, xml_declaration, short_empty_elements)
        if isinstance(file_or_filename, str):
            if enc.lower() == 'unicode':
                with open(file_or_filename, 'w') as f:
                    f.write(text)
            else:
                with open(file_or_filename, 'wb') as f:
                    f.write(_encode(text, enc))
        elif enc.lower() == 'unicode':
            file_or_filename.write(text)
        else:
            file_or_filename.write(_encode(text, enc))


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


# ------------------------------------------------------------------ parser

_XML_NS = 'http://www.w3.org/XML/1998/namespace'
_ENTITIES = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}

# expat's error codes, as ParseError.code carries them.
_ERR_SYNTAX = 2
_ERR_NO_ELEMENTS = 3
_ERR_INVALID_TOKEN = 4
_ERR_UNCLOSED_TOKEN = 5
_ERR_DUPLICATE_ATTRIBUTE = 8
_ERR_JUNK_AFTER_DOC_ELEMENT = 9
_ERR_TAG_MISMATCH = 7
_ERR_UNDEFINED_ENTITY = 11


def _name_start(c):
    return c.isalpha() or c == '_' or c == ':' or ord(c) > 127


def _name_char(c):
    return c.isalnum() or c in '_:-.' or ord(c) > 127


class _Parser:
    def __init__(self, text):
        self.s = text
        self.n = len(text)

    def error(self, message, code, pos):
        line = self.s.count('\n', 0, pos) + 1
        column = pos - (self.s.rfind('\n', 0, pos) + 1)
        raise ParseError('%s: line %d, column %d' % (message, line, column), (line, column), code)

    def name_end(self, i):
        s = self.s
        n = self.n
        if i >= n or not _name_start(s[i]):
            if i >= n:
                self.error('unclosed token', _ERR_UNCLOSED_TOKEN, i)
            self.error('not well-formed (invalid token)', _ERR_INVALID_TOKEN, i)
        j = i + 1
        while j < n and _name_char(s[j]):
            j += 1
        return j

    def skip_space(self, i):
        s = self.s
        n = self.n
        while i < n and s[i] in ' \t\n\r':
            i += 1
        return i

    def entity(self, i, out):
        """Appends the entity or character reference at s[i] ('&'); returns the index after its ';'."""
        s = self.s
        j = s.find(';', i + 1)
        if j < 0:
            self.error('unclosed token', _ERR_UNCLOSED_TOKEN, i)
        name = s[i + 1:j]
        if name[:1] == '#':
            digits = name[2:] if name[1:2] == 'x' else name[1:]
            base = 16 if name[1:2] == 'x' else 10
            k = 0
            for c in digits:
                if not (c.isdigit() or (base == 16 and c in 'abcdefABCDEF')):
                    self.error('not well-formed (invalid token)', _ERR_INVALID_TOKEN, i + 1 + (len(name) - len(digits)) + k)
                k += 1
            if not digits:
                self.error('not well-formed (invalid token)', _ERR_INVALID_TOKEN, j)
            code = int(digits, base)
            if code == 0 or code > 0x10ffff:
                self.error('reference to invalid character number', 14, i)
            out.append(chr(code))
            return j + 1
        value = _ENTITIES.get(name)
        if value is None:
            if not name or not _name_start(name[0]):
                self.error('not well-formed (invalid token)', _ERR_INVALID_TOKEN, i + 1)
            self.error('undefined entity', _ERR_UNDEFINED_ENTITY, i)
        out.append(value)
        return j + 1

    def qualify(self, name, scopes, is_attr):
        k = name.find(':')
        if k < 0:
            if is_attr:
                return name
            uri = scopes[-1].get('', '')
            return '{' + uri + '}' + name if uri else name
        prefix = name[:k]
        uri = scopes[-1].get(prefix)
        if uri is None:
            return name
        return '{' + uri + '}' + name[k + 1:]

    def parse(self):
        s = self.s
        n = self.n
        i = 0
        stack = []
        root = None
        last = None
        tail = False
        data = []
        scopes = [{'xml': _XML_NS}]
        while i < n:
            c = s[i]
            if c != '<':
                j = s.find('<', i)
                if j < 0:
                    j = n
                if not stack:
                    # Outside the root element only white space may stand.
                    k = self.skip_space(i)
                    if k < j:
                        if root is None:
                            self.error('syntax error', _ERR_SYNTAX, k)
                        self.error('junk after document element', _ERR_JUNK_AFTER_DOC_ELEMENT, k)
                    i = j
                    continue
                chunk = s[i:j]
                if '&' not in chunk and ']]>' not in chunk:
                    data.append(chunk)
                else:
                    k = i
                    while k < j:
                        if s[k] == '&':
                            k = self.entity(k, data)
                        elif s[k] == ']' and s.startswith(']]>', k):
                            self.error('not well-formed (invalid token)', _ERR_INVALID_TOKEN, k + 2)
                        else:
                            e = k
                            while e < j and s[e] != '&' and s[e] != ']':
                                e += 1
                            if e == k:
                                e = k + 1
                            data.append(s[k:e])
                            k = e
                i = j
                continue
            if s.startswith('<!--', i):
                j = s.find('-->', i + 4)
                if j < 0:
                    self.error('unclosed token', _ERR_UNCLOSED_TOKEN, i)
                if not stack and root is not None:
                    pass
                i = j + 3
                continue
            if s.startswith('<![CDATA[', i):
                if not stack:
                    self.error('junk after document element' if root is not None else 'syntax error',
                               _ERR_JUNK_AFTER_DOC_ELEMENT if root is not None else _ERR_SYNTAX, i)
                j = s.find(']]>', i + 9)
                if j < 0:
                    self.error('unclosed CDATA section', 6, i)
                data.append(s[i + 9:j])
                i = j + 3
                continue
            if s.startswith('<?', i):
                j = s.find('?>', i + 2)
                if j < 0:
                    self.error('unclosed token', _ERR_UNCLOSED_TOKEN, i)
                i = j + 2
                continue
            if s.startswith('<!DOCTYPE', i):
                depth = 0
                j = i + 9
                while j < n:
                    if s[j] == '[':
                        depth += 1
                    elif s[j] == ']':
                        depth -= 1
                    elif s[j] == '>' and depth == 0:
                        break
                    j += 1
                if j >= n:
                    self.error('unclosed token', _ERR_UNCLOSED_TOKEN, i)
                i = j + 1
                continue
            if s.startswith('</', i):
                start = i + 2
                end = self.name_end(start)
                name = s[start:end]
                k = self.skip_space(end)
                if k >= n:
                    self.error('unclosed token', _ERR_UNCLOSED_TOKEN, i)
                if s[k] != '>':
                    self.error('not well-formed (invalid token)', _ERR_INVALID_TOKEN, k)
                if not stack or stack[-1][1] != name:
                    self.error('mismatched tag', _ERR_TAG_MISMATCH, start)
                # TreeBuilder's end(): the pending text, then the element closes.
                if data:
                    text = ''.join(data)
                    if tail:
                        last.tail = text
                    else:
                        last.text = text
                    data = []
                last = stack.pop()[0]
                scopes.pop()
                tail = True
                i = k + 1
                continue
            # A start tag.
            if not stack and root is not None:
                self.error('junk after document element', _ERR_JUNK_AFTER_DOC_ELEMENT, i)
            start = i + 1
            end = self.name_end(start)
            name = s[start:end]
            raw_attrs = []
            k = end
            empty = False
            while True:
                j = self.skip_space(k)
                if j >= n:
                    self.error('unclosed token', _ERR_UNCLOSED_TOKEN, i)
                if s[j] == '>':
                    k = j + 1
                    break
                if s[j] == '/':
                    if j + 1 >= n:
                        self.error('unclosed token', _ERR_UNCLOSED_TOKEN, i)
                    if s[j + 1] != '>':
                        self.error('not well-formed (invalid token)', _ERR_INVALID_TOKEN, j + 1)
                    empty = True
                    k = j + 2
                    break
                if j == k:
                    self.error('not well-formed (invalid token)', _ERR_INVALID_TOKEN, j)
                aend = self.name_end(j)
                aname = s[j:aend]
                for prev in raw_attrs:
                    if prev[0] == aname:
                        self.error('duplicate attribute', _ERR_DUPLICATE_ATTRIBUTE, j)
                e = self.skip_space(aend)
                if e >= n:
                    self.error('unclosed token', _ERR_UNCLOSED_TOKEN, i)
                if s[e] != '=':
                    self.error('not well-formed (invalid token)', _ERR_INVALID_TOKEN, e)
                e = self.skip_space(e + 1)
                if e >= n:
                    self.error('unclosed token', _ERR_UNCLOSED_TOKEN, i)
                quote = s[e]
                if quote != '"' and quote != "'":
                    self.error('not well-formed (invalid token)', _ERR_INVALID_TOKEN, e)
                q = s.find(quote, e + 1)
                if q < 0:
                    self.error('unclosed token', _ERR_UNCLOSED_TOKEN, i)
                raw = s[e + 1:q]
                lt = raw.find('<')
                if lt >= 0:
                    self.error('not well-formed (invalid token)', _ERR_INVALID_TOKEN, e + 1 + lt)
                if '&' in raw:
                    parts = []
                    p = e + 1
                    while p < q:
                        if s[p] == '&':
                            p = self.entity(p, parts)
                        else:
                            a = s.find('&', p, q)
                            if a < 0:
                                a = q
                            parts.append(s[p:a])
                            p = a
                    value = ''.join(parts)
                else:
                    value = raw
                # Attribute-value normalisation: each white space character becomes a space.
                if '\n' in value or '\t' in value or '\r' in value:
                    value = value.replace('\n', ' ').replace('\t', ' ').replace('\r', ' ')
                raw_attrs.append((aname, value))
                k = q + 1
            scope = scopes[-1]
            for aname, value in raw_attrs:
                if aname == 'xmlns' or aname.startswith('xmlns:'):
                    if scope is scopes[-1]:
                        scope = dict(scope)
                    scope[aname[6:]] = value
            scopes.append(scope)
            attrib = {}
            for aname, value in raw_attrs:
                if aname == 'xmlns' or aname.startswith('xmlns:'):
                    continue
                attrib[self.qualify(aname, scopes, True)] = value
            elem = Element(self.qualify(name, scopes, False), attrib)
            # TreeBuilder's start(): the pending text goes to the last element (its text or tail).
            if data:
                text = ''.join(data)
                if last is not None:
                    if tail:
                        last.tail = text
                    else:
                        last.text = text
                data = []
            if stack:
                stack[-1][0]._children.append(elem)
            else:
                root = elem
            last = elem
            tail = False
            if empty:
                last = elem
                tail = True
                scopes.pop()
            else:
                stack.append((elem, name))
            i = k
        if stack or root is None:
            self.error('no element found', _ERR_NO_ELEMENTS, n)
        return root


def _decode_document(data):
    """The text of a document given as bytes: its declared encoding (utf-8 when none)."""
    if data[:3] == b'\xef\xbb\xbf':
        return data[3:].decode('utf-8')
    encoding = 'utf-8'
    if data[:5] == b'<?xml':
        end = data.find(b'?>')
        decl = data[:end].decode('latin-1') if end > 0 else ''
        k = decl.find('encoding')
        if k >= 0:
            q = k + 8
            while q < len(decl) and decl[q] in ' =':
                q += 1
            if q < len(decl):
                quote = decl[q]
                e = decl.find(quote, q + 1)
                if e > q:
                    encoding = decl[q + 1:e]
    return data.decode(encoding)


def _parse_any(data):
    if isinstance(data, str):
        text = data
    else:
        text = _decode_document(bytes(data))
    if '\r' in text:
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    return _Parser(text).parse()


class XMLParser:
    """Collects fed text or bytes; close() parses them and returns the root element."""

    def __init__(self, *, target=None, encoding=None):
        if target is not None:
            raise ValueError('unsupported: XMLParser(target=...)')
        self._text = []
        self._bytes = []

    def feed(self, data):
        if isinstance(data, str):
            self._text.append(data)
        else:
            self._bytes.append(bytes(data))

    def close(self):
        if self._bytes:
            return _parse_any(b''.join(self._bytes))
        return _parse_any(''.join(self._text))


def fromstring(text, parser=None):
    return _parse_any(text)


def XML(text, parser=None):
    return _parse_any(text)


def fromstringlist(sequence, parser=None):
    p = XMLParser()
    for data in sequence:
        p.feed(data)
    return p.close()
