"""BaseExceptionGroup and ExceptionGroup as CPython 3.11 defines them (Objects/exceptions.c), and the matching
`except*` clauses do: the parser turns a try statement with them into calls of _star_match and _star_result
(Python/ceval.c's exception_group_match and Objects/exceptions.c's _PyExc_PrepReraiseStar).

Bound to the builtin names by the parser where a program uses them. Differences from CPython's: `message` and
`exceptions` are plain attributes (writable); `BaseExceptionGroup(msg, excs)` called directly makes a
BaseExceptionGroup even when every item is an Exception (CPython's __new__ makes an ExceptionGroup then: a class's
own __new__ is not run here; the groups except* and split() make are chosen as CPython's); an uncaught group is
reported as any exception is (CPython draws the tree of its sub-exceptions)."""


class BaseExceptionGroup(BaseException):
    def __init__(self, message, exceptions):
        if not isinstance(message, str):
            raise TypeError(f"argument 1 must be str, not {type(message).__name__}")
        items = tuple(exceptions)
        if not items:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(items):
            if not isinstance(e, BaseException):
                raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
        super().__init__(message, exceptions)
        self.message = message
        self.exceptions = items

    def __str__(self):
        n = len(self.exceptions)
        return f"{self.message} ({n} sub-exception{'s' if n > 1 else ''})"

    def derive(self, excs):
        return _group(self.message, excs)

    def _derive_with_metadata(self, excs):
        """derive(), with the cause, context and notes copied, as CPython's split and subgroup do."""
        g = self.derive(excs)
        g.__cause__ = self.__cause__
        g.__context__ = self.__context__
        if hasattr(self, "__notes__"):
            g.__notes__ = list(self.__notes__)
        return g

    def _split(self, matches):
        """(the group of what `matches` picks, the group of the rest), either None when empty: the group itself
        when it matches as a whole, else its leaves and nested groups split the same way, keeping the nesting."""
        if matches(self):
            return self, None
        picked = []
        rest = []
        for e in self.exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e._split(matches)
                if m is not None:
                    picked.append(m)
                if r is not None:
                    rest.append(r)
            elif matches(e):
                picked.append(e)
            else:
                rest.append(e)
        m = self._derive_with_metadata(picked) if picked else None
        r = self._derive_with_metadata(rest) if rest else None
        return m, r

    def split(self, types):
        return self._split(lambda e: isinstance(e, types))

    def subgroup(self, types):
        return self._split(lambda e: isinstance(e, types))[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    def __init__(self, message, exceptions):
        super().__init__(message, exceptions)
        for e in self.exceptions:
            if not isinstance(e, Exception):
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")


def _group(message, excs):
    """ExceptionGroup when every item is an Exception, else BaseExceptionGroup (BaseExceptionGroup.__new__'s choice)."""
    for e in excs:
        if not isinstance(e, Exception):
            return BaseExceptionGroup(message, excs)
    return ExceptionGroup(message, excs)


def _star_match(exc, types):
    """`except* types` against exc: (what the clause handles, or None; what is left for the next clauses, or None).
    A naked exception that matches is handled wrapped in a group of its own."""
    if isinstance(exc, types):
        if isinstance(exc, BaseExceptionGroup):
            return exc, None
        return _group("", (exc,)), None
    if isinstance(exc, BaseExceptionGroup):
        return exc._split(lambda e: isinstance(e, types))
    return None, exc


def _leaf_ids(exc, ids):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaf_ids(e, ids)
    else:
        ids.add(id(exc))


def _star_result(orig, raised, rest):
    """What the try statement raises once its except* clauses ran, None when all was handled. raised: what the
    clauses raised (their group itself for a bare `raise`); rest: what no clause matched. Groups derived from
    orig (the same cause and context: re-raised or unmatched) are put back into orig's shape; what the clauses
    raised anew is grouped with that."""
    if not isinstance(orig, BaseExceptionGroup):
        # A naked exception: one clause at most ran.
        return raised[0] if raised else rest
    kept = []
    new = []
    for e in raised:
        if isinstance(e, BaseExceptionGroup) and e.__cause__ is orig.__cause__ and e.__context__ is orig.__context__:
            kept.append(e)
        else:
            new.append(e)
    if rest is not None:
        kept.append(rest)
    keep = None
    if kept:
        ids = set()
        for k in kept:
            _leaf_ids(k, ids)
        keep = orig._split(lambda e: id(e) in ids)[0]
    if not new:
        return keep
    if keep is not None:
        new.append(keep)
    return _group("", new)
