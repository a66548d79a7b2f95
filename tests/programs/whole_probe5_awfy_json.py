# are-we-fast-yet's Json benchmark, Python-port style: a hand-written JSON
# parser with its own value classes.


class Benchmark:
    def inner_benchmark_loop(self, inner_iterations):
        for _ in range(inner_iterations):
            if not self.verify_result(self.benchmark()):
                return False
        return True


class ParseException(Exception):
    def __init__(self, message, offset, line, column):
        super().__init__(message)
        self.offset = offset
        self.line = line
        self.column = column

    def __str__(self):
        return "%s at %d:%d" % (self.args[0], self.line, self.column)


class JsonValue:
    def as_object(self):
        raise Exception("Not an object: " + str(self))

    def as_array(self):
        raise Exception("Not an array: " + str(self))


class JsonArray(JsonValue):
    def __init__(self):
        self._values = []

    def add(self, value):
        self._values.append(value)
        return self

    def size(self):
        return len(self._values)

    def get(self, index):
        return self._values[index]

    def as_array(self):
        return self

    def __str__(self):
        return "[" + ",".join(str(v) for v in self._values) + "]"


class JsonObject(JsonValue):
    def __init__(self):
        self._names = []
        self._values = []

    def add(self, name, value):
        self._names.append(name)
        self._values.append(value)
        return self

    def get(self, name):
        index = self._index_of(name)
        return None if index == -1 else self._values[index]

    def size(self):
        return len(self._names)

    def as_object(self):
        return self

    def _index_of(self, name):
        for i in range(len(self._names) - 1, -1, -1):
            if name == self._names[i]:
                return i
        return -1

    def __str__(self):
        parts = ['"%s":%s' % (n, v) for n, v in zip(self._names, self._values)]
        return "{" + ",".join(parts) + "}"


class JsonLiteral(JsonValue):
    # strings, numbers, true, false and null keep their text
    def __init__(self, value):
        self._value = value

    def __str__(self):
        return self._value


NULL = JsonLiteral("null")
TRUE = JsonLiteral("true")
FALSE = JsonLiteral("false")


class JsonPureStringParser:
    def __init__(self, string):
        self._input = string
        self._index = -1
        self._line = 1
        self._column = 0
        self._current = None
        self._capture_buffer = ""
        self._capture_start = -1

    def parse(self):
        self._read()
        self._skip_white_space()
        result = self._read_value()
        self._skip_white_space()
        if self._current is not None:
            raise ParseException("Unexpected character", self._index, self._line, self._column)
        return result

    def _read_value(self):
        c = self._current
        for literal in (NULL, TRUE, FALSE):
            if c == str(literal)[0]:
                for ch in str(literal):
                    if not self._read_char(ch):
                        raise self._expected("'" + ch + "'")
                return literal
        if c == '"':
            return JsonLiteral('"' + self._read_string_internal() + '"')
        if c == "[":
            return self._read_array()
        if c == "{":
            return self._read_object()
        if c == "-" or c.isdigit():
            return self._read_number()
        raise self._expected("value")

    def _read_array(self):
        self._read()
        array = JsonArray()
        self._skip_white_space()
        if self._read_char("]"):
            return array
        while True:
            self._skip_white_space()
            array.add(self._read_value())
            self._skip_white_space()
            if not self._read_char(","):
                break
        if not self._read_char("]"):
            raise self._expected("',' or ']'")
        return array

    def _read_object(self):
        self._read()
        obj = JsonObject()
        self._skip_white_space()
        if self._read_char("}"):
            return obj
        while True:
            self._skip_white_space()
            if self._current != '"':
                raise self._expected("name")
            name = self._read_string_internal()
            self._skip_white_space()
            if not self._read_char(":"):
                raise self._expected("':'")
            self._skip_white_space()
            obj.add(name, self._read_value())
            self._skip_white_space()
            if not self._read_char(","):
                break
        if not self._read_char("}"):
            raise self._expected("',' or '}'")
        return obj

    def _read_string_internal(self):
        self._read()
        self._capture_start = self._index
        while self._current != '"':
            if self._current == "\\":
                self._capture_buffer += self._input[self._capture_start:self._index]
                self._read_escape_char()
                self._capture_start = self._index
            else:
                self._read()
        string = self._end_capture()
        self._read()
        return string

    def _read_escape_char(self):
        self._read()
        c = self._current
        escapes = {'"': '"', "/": "/", "\\": "\\", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
        if c in escapes:
            self._capture_buffer += escapes[c]
        elif c == "u":
            hex_chars = ""
            for _ in range(4):
                self._read()
                if self._current is None or self._current not in "0123456789abcdefABCDEF":
                    raise self._expected("hexadecimal digit")
                hex_chars += self._current
            self._capture_buffer += chr(int(hex_chars, 16))
        else:
            raise self._expected("valid escape sequence")
        self._read()

    def _read_number(self):
        self._capture_start = self._index
        self._read_char("-")
        first_digit = self._current
        if not self._read_digit():
            raise self._expected("digit")
        if first_digit != "0":
            while self._read_digit():
                pass
        if self._read_char("."):
            self._read_digits()
        if self._read_char("e") or self._read_char("E"):
            if not self._read_char("+"):
                self._read_char("-")
            self._read_digits()
        return JsonLiteral(self._end_capture())

    def _read_digits(self):
        if not self._read_digit():
            raise self._expected("digit")
        while self._read_digit():
            pass

    def _read_char(self, ch):
        if self._current != ch:
            return False
        self._read()
        return True

    def _read_digit(self):
        if self._current is None or not self._current.isdigit():
            return False
        self._read()
        return True

    def _skip_white_space(self):
        while self._current is not None and self._current in " \t\n\r":
            self._read()

    def _read(self):
        if self._current == "\n":
            self._line += 1
            self._column = 0
        self._index += 1
        if self._index < len(self._input):
            self._current = self._input[self._index]
        else:
            self._current = None
        self._column += 1

    def _end_capture(self):
        end = len(self._input) if self._current is None else self._index
        captured = self._capture_buffer + self._input[self._capture_start:end]
        self._capture_buffer = ""
        return captured

    def _expected(self, expected):
        message = "Unexpected end of input" if self._current is None else "Expected " + expected
        return ParseException(message, self._index, self._line, self._column)


RAP_BENCHMARK = ('{"head":{"requestCounter":4},"operations":[["destroy","w54"],'
                 '["set","w2",{"activeControl":"w99"}],["set","w21",{"customVariant":"variant_navigation"}],'
                 '["set","w28",{"customVariant":"variant_selected"}],["set","w53",{"children":["w95"]}],'
                 '["create","w95","rwt.widgets.Composite",{"parent":"w53","style":["NONE"],'
                 '"bounds":[0,0,1008,586],"children":["w96","w97"],"tabIndex":-1,"clientArea":[0,0,1008,586]}],'
                 '["create","w96","rwt.widgets.Label",{"parent":"w95","style":["NONE"],"bounds":[10,30,112,26],'
                 '"tabIndex":-1,"customVariant":"variant_pageHeadline","text":"Tab \\"One\\"\\u0021"}],'
                 '["set","w96",{"font":[["Verdana","Lucida Sans","Arial"],20,true,false],"ratio":-1.5e-3}],'
                 '["listen","w96",{"Selection":null,"Resize":true}]]}')


class Json(Benchmark):
    def benchmark(self):
        return JsonPureStringParser(RAP_BENCHMARK).parse()

    def verify_result(self, result):
        if not isinstance(result, JsonObject) or not isinstance(result.get("head"), JsonObject):
            return False
        if not isinstance(result.as_object().get("operations"), JsonArray):
            return False
        return result.as_object().get("operations").as_array().size() == 9


def main():
    bench = Json()
    print("Json verified:", bench.inner_benchmark_loop(5))
    result = bench.benchmark().as_object()
    ops = result.get("operations").as_array()
    for i in range(ops.size()):
        op = ops.get(i).as_array()
        print(i, op.get(0), op.get(1), op.size())
    print(result.get("head"))
    print(result.get("missing"))
    label = ops.get(6).as_array().get(3).as_object()
    print(label.get("text"), label.get("bounds"), label.size())
    print(ops.get(7))
    for bad in ['{"a":1,}', '[1, 2', '{"a" 1}', 'nul', '[01]', '"\\x"', '{"k": -}', '[1]x']:
        try:
            JsonPureStringParser(bad).parse()
            print("parsed", bad)
        except ParseException as e:
            print("error", repr(bad), "->", e, e.offset)
    try:
        NULL.as_array()
    except Exception as e:
        print("error", e)


if __name__ == "__main__":
    main()
