"""A Tornado-style HTTP server core without the network (after pyperformance's
bm_tornado_http, which serves "Hello, world" through tornado.web): an
HTTPHeaders multidict, an HTTP/1.1 request parser, an Application with a
regex URL router, RequestHandler subclasses with get/post, and a response
writer with chunked bodies. Requests are fed as bytes and responses checked."""
import re
import json
from urllib.parse import parse_qs, unquote


class HTTPError(Exception):
    def __init__(self, status_code=500, log_message=None):
        super().__init__(status_code, log_message)
        self.status_code = status_code
        self.log_message = log_message

    def __str__(self):
        return "HTTP %d: %s" % (self.status_code, self.log_message or RESPONSES.get(self.status_code, "Unknown"))


RESPONSES = {200: "OK", 201: "Created", 301: "Moved Permanently", 400: "Bad Request",
             404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error"}


class HTTPHeaders:
    """A dict of headers with case-insensitive keys that keeps repeated values."""

    def __init__(self):
        self._dict = {}
        self._as_list = {}

    @staticmethod
    def normalize(name):
        return "-".join(w.capitalize() for w in name.split("-"))

    def add(self, name, value):
        norm = self.normalize(name)
        if norm in self._dict:
            self._dict[norm] = self._dict[norm] + "," + value
            self._as_list[norm].append(value)
        else:
            self._dict[norm] = value
            self._as_list[norm] = [value]

    def get_list(self, name):
        return self._as_list.get(self.normalize(name), [])

    def get(self, name, default=None):
        return self._dict.get(self.normalize(name), default)

    def __getitem__(self, name):
        return self._dict[self.normalize(name)]

    def __setitem__(self, name, value):
        norm = self.normalize(name)
        self._dict[norm] = value
        self._as_list[norm] = [value]

    def __contains__(self, name):
        return self.normalize(name) in self._dict

    def get_all(self):
        for name, values in self._as_list.items():
            for value in values:
                yield (name, value)

    @classmethod
    def parse(cls, headers):
        h = cls()
        for line in headers.split("\r\n"):
            if line:
                name, value = line.split(":", 1)
                h.add(name, value.strip())
        return h


class HTTPServerRequest:
    def __init__(self, method, uri, version, headers, body):
        self.method = method
        self.uri = uri
        self.version = version
        self.headers = headers
        self.body = body
        self.path, sep, self.query = uri.partition("?")
        self.query_arguments = parse_qs(self.query, keep_blank_values=True)
        self.body_arguments = {}
        ctype = headers.get("Content-Type", "")
        if ctype.startswith("application/x-www-form-urlencoded"):
            self.body_arguments = parse_qs(body.decode("latin1"), keep_blank_values=True)

    def __repr__(self):
        return "%s(method=%r, uri=%r, version=%r)" % (self.__class__.__name__, self.method, self.uri, self.version)


def parse_request(data):
    head, sep, body = data.partition(b"\r\n\r\n")
    if not sep:
        raise HTTPError(400, "incomplete request")
    text = head.decode("latin1")
    start_line, _, rest = text.partition("\r\n")
    try:
        method, uri, version = start_line.split(" ")
    except ValueError:
        raise HTTPError(400, "Malformed HTTP request line")
    if not version.startswith("HTTP/"):
        raise HTTPError(400, "Malformed HTTP version in HTTP Request-Line")
    headers = HTTPHeaders.parse(rest)
    length = int(headers.get("Content-Length", "0"))
    if length > len(body):
        raise HTTPError(400, "Content-Length too long")
    return HTTPServerRequest(method, uri, version, headers, body[:length])


class RequestHandler:
    SUPPORTED_METHODS = ("GET", "HEAD", "POST", "DELETE", "PATCH", "PUT", "OPTIONS")

    def __init__(self, application, request, **kwargs):
        self.application = application
        self.request = request
        self._headers = HTTPHeaders()
        self._headers["Content-Type"] = "text/html; charset=UTF-8"
        self._headers["Server"] = "TornadoServer/6.3"
        self._status_code = 200
        self._write_buffer = []
        self.initialize(**kwargs)

    def initialize(self):
        pass

    def set_status(self, code):
        self._status_code = code

    def set_header(self, name, value):
        self._headers[name] = str(value)

    def get_argument(self, name, default=None):
        values = self.request.query_arguments.get(name) or self.request.body_arguments.get(name)
        if not values:
            if default is None:
                raise HTTPError(400, "Missing argument %s" % name)
            return default
        return values[-1]

    def write(self, chunk):
        if isinstance(chunk, dict):
            chunk = json.dumps(chunk, sort_keys=True)
            self.set_header("Content-Type", "application/json; charset=UTF-8")
        if isinstance(chunk, str):
            chunk = chunk.encode("utf-8")
        self._write_buffer.append(chunk)

    def _execute(self, *args):
        method = self.request.method.lower()
        try:
            if self.request.method not in self.SUPPORTED_METHODS:
                raise HTTPError(405)
            handler = getattr(self, method, None)
            if handler is None:
                raise HTTPError(405)
            handler(*args)
        except HTTPError as e:
            self._write_buffer = []
            self.set_status(e.status_code)
            self.write("<html><title>%d: %s</title></html>" % (e.status_code, RESPONSES[e.status_code]))
        return self.finish()

    def finish(self):
        body = b"".join(self._write_buffer)
        self.set_header("Content-Length", len(body))
        lines = ["HTTP/1.1 %d %s" % (self._status_code, RESPONSES[self._status_code])]
        for name, value in sorted(self._headers.get_all()):
            lines.append("%s: %s" % (name, value))
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin1") + body


class URLSpec:
    def __init__(self, pattern, handler, kwargs=None, name=None):
        if not pattern.endswith("$"):
            pattern += "$"
        self.regex = re.compile(pattern)
        self.handler_class = handler
        self.kwargs = kwargs or {}
        self.name = name


class Application:
    def __init__(self, handlers):
        self.handlers = []
        for spec in handlers:
            if isinstance(spec, tuple):
                spec = URLSpec(*spec)
            self.handlers.append(spec)
        self.named = {s.name: s for s in self.handlers if s.name}

    def __call__(self, data):
        try:
            request = parse_request(data)
        except HTTPError as e:
            return ("HTTP/1.1 %d %s\r\n\r\n" % (e.status_code, RESPONSES[e.status_code])).encode()
        for spec in self.handlers:
            match = spec.regex.match(request.path)
            if match:
                args = [unquote(a) for a in match.groups()]
                handler = spec.handler_class(self, request, **spec.kwargs)
                return handler._execute(*args)
        return ErrorHandler(self, request, status_code=404)._execute()


class ErrorHandler(RequestHandler):
    def initialize(self, status_code):
        self.set_status(status_code)

    def prepare_error(self):
        raise HTTPError(self._status_code)

    get = post = prepare_error


class MainHandler(RequestHandler):
    def get(self):
        self.write("Hello, world")


class ItemHandler(RequestHandler):
    def initialize(self, store):
        self.store = store

    def get(self, item_id):
        if item_id not in self.store:
            raise HTTPError(404)
        self.write({"id": item_id, "value": self.store[item_id]})

    def post(self, item_id):
        self.store[item_id] = self.get_argument("value")
        self.set_status(201)
        self.write({"stored": item_id, "count": len(self.store)})


class SearchHandler(RequestHandler):
    def get(self):
        q = self.get_argument("q")
        limit = int(self.get_argument("limit", "3"))
        self.write("<ul>" + "".join("<li>%s-%d</li>" % (q, i) for i in range(limit)) + "</ul>")


def make_request(method, uri, body=b"", extra=()):
    lines = ["%s %s HTTP/1.1" % (method, uri), "Host: 127.0.0.1:8888", "Accept: */*"]
    lines.extend(extra)
    if body:
        lines.append("Content-Type: application/x-www-form-urlencoded")
        lines.append("Content-Length: %d" % len(body))
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin1") + body


def main():
    store = {}
    app = Application([
        (r"/", MainHandler),
        (r"/item/([a-z0-9%]+)", ItemHandler, {"store": store}, "item"),
        URLSpec(r"/search", SearchHandler),
    ])
    requests = [make_request("GET", "/")]
    for i in range(20):
        requests.append(make_request("POST", "/item/k%d" % (i % 7), b"value=v%d+x&other=1" % i))
        requests.append(make_request("GET", "/item/k%d" % (i % 9)))
    requests.append(make_request("GET", "/search?q=abc&limit=4", extra=["Cookie: a=1", "Cookie: b=2"]))
    requests.append(make_request("GET", "/search"))
    requests.append(make_request("DELETE", "/"))
    requests.append(make_request("GET", "/nowhere"))
    requests.append(b"GARBAGE\r\n\r\n")
    requests.append(make_request("GET", "/item/a%20b"))
    statuses = {}
    total = 0
    for _ in range(30):
        for data in requests:
            response = app(data)
            total += len(response)
            status = response.split(b" ", 2)[1].decode()
            statuses[status] = statuses.get(status, 0) + 1
    print(total, sorted(statuses.items()))
    for data in requests[:3] + requests[-6:]:
        print(app(data).decode("utf-8").replace("\r\n", " | "))
    h = HTTPHeaders.parse("content-type: text/plain\r\nSET-COOKIE: a=1\r\nset-cookie: b=2\r\n")
    print(h["Content-Type"], h.get_list("Set-Cookie"), h["set-cookie"], "X-Foo" in h)
    print(parse_request(requests[1]))
    print(app.named["item"].regex.pattern, HTTPError(404))


if __name__ == "__main__":
    main()
