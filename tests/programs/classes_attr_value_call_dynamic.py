"""Calling an attribute's value (a class) through a value of unknown type, with keywords and **mapping (tornado's URLSpec handler_class)."""


class Handler:
    def __init__(self, app, request, **kwargs):
        self.app = app
        self.request = request
        self.options = kwargs

    def describe(self):
        return "%s(%s, %s, %s)" % (type(self).__name__, self.app, self.request, sorted(self.options.items()))


class StaticHandler(Handler):
    pass


class URLSpec:
    def __init__(self, pattern, handler, kwargs=None, name=None):
        self.pattern = pattern
        self.handler_class = handler
        self.kwargs = kwargs or {}
        self.name = name


def main():
    specs = []
    for spec in [("/", Handler), ("/static", StaticHandler, {"path": "/srv"}, "static"), URLSpec("/x", Handler, {"a": 1})]:
        if isinstance(spec, tuple):
            spec = URLSpec(*spec)
        specs.append(spec)
    for spec in specs:
        h = spec.handler_class("app", spec.pattern, **spec.kwargs)
        print(spec.name, h.describe())
        h2 = spec.handler_class("app2", request="r", extra=True)
        print(h2.describe())


if __name__ == "__main__":
    main()
