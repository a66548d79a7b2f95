"""Erlang-style actors for CPython: the pure-Python twin of AIthon's native runtime.

A program that imports ``aithon.actors`` runs natively when compiled by AIthon
(M:N green threads, runtime/src/actor) and unchanged under CPython with this
module, which runs every actor on its own daemon thread. The semantics follow
the native runtime (docs/actors-runtime.md); docs/actors.md is the user's guide.

Summary:

* ``spawn(fn, *args)`` / ``spawn_link(fn, *args)`` start ``fn(*args)`` in a new
  actor and return its ``Pid``; arguments are deep-copied. The main program is
  an actor too (``self_pid()`` works in it).
* ``send(pid, msg)`` deep-copies ``msg`` into the receiver's mailbox (actors
  share nothing); an uncopyable value raises ``TypeError`` at the send.
* ``receive(timeout=None, match=None)`` returns the oldest message (for which
  ``match(msg)`` is true), or the sentinel ``TIMEOUT`` when ``timeout``
  seconds passed. Messages skipped by ``match`` stay queued, in order.
* Links, ``trap_exit``, ``exit``, monitors (``Down`` messages), and
  ``Supervisor`` trees with ``ChildSpec`` children.
* When the main actor's code returns, the process exits whatever the other
  actors are doing (they run on daemon threads); ``wait_idle()`` waits first.
"""

import collections
import copy
import functools
import itertools
import os
import sys
import threading
import time
import traceback

__all__ = [
    "Pid",
    "TIMEOUT",
    "Exit",
    "Down",
    "spawn",
    "spawn_link",
    "self_pid",
    "send",
    "receive",
    "sleep",
    "link",
    "unlink",
    "monitor",
    "demonitor",
    "exit",
    "trap_exit",
    "is_alive",
    "wait_idle",
    "ChildSpec",
    "Supervisor",
    "which_children",
]

# ---------------------------------------------------------------- values


@functools.total_ordering
class Pid:
    """A process identifier: hashable, ordered, printed as ``<0.N.0>``.

    Pids are never reused within a run; the main actor is ``<0.0.0>`` and spawned
    actors are numbered from 1 in spawn order. Sending a Pid sends the same Pid.
    """

    __slots__ = ("_n",)

    def __init__(self, n):
        object.__setattr__(self, "_n", int(n))

    def __setattr__(self, name, value):
        raise AttributeError("Pid objects are immutable")

    def __eq__(self, other):
        if isinstance(other, Pid):
            return self._n == other._n
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Pid):
            return self._n < other._n
        return NotImplemented

    def __hash__(self):
        return hash(("aithon.Pid", self._n))

    def __repr__(self):
        return "<0.%d.0>" % self._n

    __str__ = __repr__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (Pid, (self._n,))


class _Timeout:
    """The type of ``TIMEOUT``: a single instance, compared with ``is``."""

    __slots__ = ()
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self):
        return "TIMEOUT"

    def __reduce__(self):
        return "TIMEOUT"  # copy/pickle give back the module's singleton


#: What ``receive`` returns when its timeout passed. Test with ``msg is TIMEOUT``
#: (it is an ordinary truthy object, so ``if msg:`` does not detect it).
TIMEOUT = _Timeout()

#: What an exit signal becomes in the mailbox of an actor that traps exits:
#: ``pid`` is the linked actor that ended (or the caller of ``exit``).
Exit = collections.namedtuple("Exit", "pid reason")
#: Sent to a monitoring actor when the monitored one ends: ``ref`` is what
#: ``monitor`` returned, ``reason`` the exit reason (``'noproc'`` when the actor
#: had already ended when monitored).
Down = collections.namedtuple("Down", "ref pid reason")

_NORMAL = "normal"
_KILL = "kill"
_KILLED = "killed"
_NOPROC = "noproc"
_SHUTDOWN = "shutdown"


def _is_reason(reason, name):
    return type(reason) is str and reason == name


# ---------------------------------------------------------------- state

_lock = threading.RLock()  # guards every actor record below
_tls = threading.local()
_actors = {}  # number -> _Actor, live actors only
_pid_numbers = itertools.count(1)  # 0 is the main actor
_refs = itertools.count(1)
_live_spawned = 0  # spawned actors not yet ended
_actors_main = []  # the main actor, once adopted
_idle = threading.Condition(_lock)
_report_lock = threading.RLock()


class _Actor:
    __slots__ = (
        "n", "pid", "mailbox", "cond", "links", "monitors", "mine", "trap",
        "dead", "reason", "is_main", "spawned", "parent", "ident",
        "in_runtime", "injected", "finished", "exit_reported",
    )

    def __init__(self, n, is_main=False, spawned=False, parent=None):
        self.n = n
        self.pid = Pid(n)
        self.mailbox = collections.deque()
        self.cond = threading.Condition(_lock)
        self.links = {}  # number -> None (an ordered set)
        self.monitors = {}  # ref -> number of the actor watching this one
        self.mine = {}  # ref -> number of the actor this one watches
        self.trap = False
        self.dead = False
        self.reason = None
        self.is_main = is_main
        self.spawned = spawned
        self.parent = parent
        self.ident = None  # thread ident, once running
        self.in_runtime = False  # inside an API call: exit signals are noticed there
        self.injected = False
        self.finished = False
        self.exit_reported = False


def _current():
    a = getattr(_tls, "actor", None)
    if a is None:
        # The main thread (or any plain thread) becomes an actor on its first call.
        with _lock:
            is_main = threading.current_thread() is threading.main_thread()
            a = _Actor(0 if is_main else next(_pid_numbers), is_main=is_main)
            a.ident = threading.get_ident()
            _actors[a.n] = a
            if is_main:
                _actors_main.append(a)
        _tls.actor = a
    return a


# ---------------------------------------------------------------- ending actors


class _ActorExit(SystemExit):
    """Unwinds an actor that an exit signal (or ``exit(reason)``) has ended.

    A subclass of SystemExit, so ``except Exception`` does not catch it. In the
    main actor it ends the process: status 0 for reason 'normal', else 1 (after
    ``main actor exited: <reason>`` on stderr)."""

    def __init__(self, *args):
        if not args:
            a = getattr(_tls, "actor", None)
            code = None
            if a is not None and a.is_main and a.dead:
                code = 0 if _is_reason(a.reason, _NORMAL) else 1
                if code:
                    _main_exit_message()
            args = (code,)
        super().__init__(*args)


class _MainKilled(BaseException):
    """Raised asynchronously in a busy main actor that an exit signal ended.

    (CPython cannot give an asynchronous SystemExit an exit status.) Left
    uncaught, it ends the process with status 1 after ``main actor exited:
    <reason>`` on stderr, printed by the excepthook below instead of a
    traceback."""


_ENDED = (_ActorExit, _MainKilled)


def _main_exit_message():
    with _lock:
        a = _actors_main[0] if _actors_main else None
        if a is None or not a.dead or a.exit_reported:
            return
        a.exit_reported = True
    _flush(sys.stdout)
    _write_stderr("main actor exited: %s\n" % _reason_text(a.reason))


_previous_excepthook = sys.excepthook


def _excepthook(exc_type, value, tb):
    if isinstance(exc_type, type) and issubclass(exc_type, _MainKilled):
        _main_exit_message()
        return
    _previous_excepthook(exc_type, value, tb)


sys.excepthook = _excepthook


def _flush(stream):
    try:
        if stream is not None:
            stream.flush()
    except Exception:
        pass


def _write_stderr(text):
    with _report_lock:
        err = sys.stderr
        if err is None:
            return
        try:
            err.write(text)
            err.flush()
        except Exception:
            pass


def _reason_text(reason):
    if type(reason) is str:
        return reason
    if isinstance(reason, BaseException):
        return type(reason).__name__
    return repr(reason)


try:  # stops a busy actor that was ended by an exit signal (best effort)
    import ctypes

    # our own prototype: other code may set argtypes on ctypes.pythonapi's copy
    _set_async_exc = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p)(
        ("PyThreadState_SetAsyncExc", ctypes.pythonapi)
    )
except Exception:  # pragma: no cover - not CPython
    _set_async_exc = None


def _interrupt_locked(a):
    """Makes the thread of the ended actor `a` unwind (under _lock)."""
    a.cond.notify_all()
    if (
        _set_async_exc is None
        or a.ident is None
        or a.in_runtime  # it checks `dead` when its API call returns or waits
        or a.injected
        or a.finished
        or a.ident == threading.get_ident()
    ):
        return
    a.injected = True
    _set_async_exc(a.ident, id(_MainKilled if a.is_main else _ActorExit))


def _raise_exit(a):
    with _lock:
        if a.injected and a.ident == threading.get_ident() and _set_async_exc is not None:
            _set_async_exc(a.ident, None)  # drop a pending copy: we raise it here
    raise _ActorExit()


def _post_locked(a, msg):
    a.mailbox.append(msg)
    a.cond.notify()


def _signal_locked(target, sender, reason, call):
    """Delivers an exit signal; returns the reason `target` must die with, or None."""
    if target.dead:
        return None
    if call and _is_reason(reason, _KILL):
        return _KILLED
    if target.trap:
        _post_locked(target, Exit(sender, reason))
        return None
    if _is_reason(reason, _NORMAL):
        return reason if call and sender == target.pid else None
    return reason


def _kill_locked(a, reason):
    """Ends actor `a` with `reason` now: tells its links and monitors (under _lock)."""
    global _live_spawned
    work = collections.deque([(a, reason)])
    while work:
        a, reason = work.popleft()
        if a.dead:
            continue
        a.dead = True
        a.reason = reason
        _actors.pop(a.n, None)
        if a.spawned:
            _live_spawned -= 1
        _idle.notify_all()
        _interrupt_locked(a)
        links, a.links = a.links, {}
        for n in links:
            b = _actors.get(n)
            if b is None:
                continue
            b.links.pop(a.n, None)
            r = _signal_locked(b, a.pid, reason, call=False)
            if r is not None:
                work.append((b, r))
        monitors, a.monitors = a.monitors, {}
        for ref, n in monitors.items():
            w = _actors.get(n)
            if w is not None:
                w.mine.pop(ref, None)
                _post_locked(w, Down(ref, a.pid, reason))
        mine, a.mine = a.mine, {}
        for ref, n in mine.items():
            t = _actors.get(n)
            if t is not None:
                t.monitors.pop(ref, None)


def _traceback_wanted():
    return os.environ.get("AITHON_ACTOR_TRACEBACK", "") not in ("", "0")


def _report_crash(a, exc):
    text = "=ERROR REPORT==== actor %r crashed: %s\n" % (a.pid, _safe_repr(exc))
    if _traceback_wanted():
        text += "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    _write_stderr(text)


def _safe_repr(value):
    try:
        return repr(value)
    except Exception:
        return "<%s object>" % type(value).__name__


def _copy_reason(reason):
    """A crash's exception, copied for links and monitors (no traceback)."""
    try:
        r = copy.deepcopy(reason)
    except Exception:
        r = reason
    if isinstance(r, BaseException):
        r.__traceback__ = None
    return r


def _actor_main(a, fn, args):
    _tls.actor = a
    reason = _NORMAL
    try:
        try:
            with _lock:
                a.ident = threading.get_ident()
                dead = a.dead
            if not dead:
                fn(*args)
        finally:
            a.in_runtime = True  # no more asynchronous exits from here on
    except _ActorExit:
        reason = None  # ended by a signal: already accounted for
    except BaseException as e:  # noqa: B902 - any crash ends only this actor
        reason = e
    while True:
        try:
            if reason is not None and not isinstance(reason, str) and not a.dead:
                _report_crash(a, reason)
                reason = _copy_reason(reason)
            with _lock:
                if a.injected and _set_async_exc is not None:
                    _set_async_exc(a.ident, None)
                a.finished = True
                if reason is not None:
                    _kill_locked(a, reason)
            break
        except _ActorExit:  # an exit signal arriving as the actor ended
            reason = None
    a.mailbox.clear()


# ---------------------------------------------------------------- messages

_SHARED_TYPES = frozenset(
    [int, float, complex, str, bytes, bool, type(None), Pid, _Timeout, type(Ellipsis), range]
)


def _find_unsendable(value, seen):
    if id(value) in seen:
        return None
    seen.add(id(value))
    if isinstance(value, dict):
        items = itertools.chain.from_iterable(value.items())
    elif isinstance(value, (list, tuple, set, frozenset, collections.deque)):
        items = value
    else:
        try:
            copy.deepcopy(value)
            return None
        except Exception:
            return value
    for item in items:
        bad = _find_unsendable(item, seen)
        if bad is not None:
            return bad
    return None


def _copy_message(value):
    """A deep copy of `value` for another actor; TypeError if it cannot be copied."""
    if type(value) in _SHARED_TYPES:
        return value
    try:
        return copy.deepcopy(value)
    except _ENDED:
        raise
    except Exception as e:
        bad = _find_unsendable(value, set())
        if bad is None:
            bad = value
        raise TypeError("cannot send %r object to an actor" % type(bad).__name__) from e


def _check_pid(pid, what):
    if not isinstance(pid, Pid):
        raise TypeError("%s: expected a Pid, got %r" % (what, type(pid).__name__))


# ---------------------------------------------------------------- the API


def _api(func):
    """Runs func(me, ...) for the calling actor; ends the actor if a signal did."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        me = _current()
        if me.in_runtime:  # nested: a match predicate or __deepcopy__ calling the API
            if me.dead:
                _raise_exit(me)
            return func(me, *args, **kwargs)
        try:
            me.in_runtime = True
            if me.dead:
                _raise_exit(me)
            result = func(me, *args, **kwargs)
        finally:
            me.in_runtime = False
        if me.dead:
            _raise_exit(me)
        return result

    del wrapper.__wrapped__  # its signature has the hidden `me`
    return wrapper


_original_print = print
_print_installed = False


def _line_print(*args, sep=None, end=None, file=None, flush=False):
    """print() with one write per call, so lines printed by different actors
    (threads) never tear; otherwise exactly the builtin's behaviour."""
    if sep is None:
        sep = " "
    elif not isinstance(sep, str):
        raise TypeError("sep must be None or a string, not %s" % type(sep).__name__)
    if end is None:
        end = "\n"
    elif not isinstance(end, str):
        raise TypeError("end must be None or a string, not %s" % type(end).__name__)
    if file is None:
        file = sys.stdout
        if file is None:
            return
    file.write(sep.join([str(a) for a in args]) + end)
    if flush:
        file.flush()


def _install_line_print():
    global _print_installed
    _print_installed = True
    import builtins

    if builtins.print is _original_print and os.environ.get("AITHON_ACTOR_PRINT", "") != "builtin":
        builtins.print = _line_print


def _spawn(me, fn, args, link):
    global _live_spawned
    if not _print_installed:
        _install_line_print()
    if not callable(fn):
        raise TypeError("spawn: %r object is not callable" % type(fn).__name__)
    args = _copy_message(tuple(args))
    with _lock:
        if me.dead:
            _raise_exit(me)
        a = _Actor(next(_pid_numbers), spawned=True, parent=me.pid)
        _actors[a.n] = a
        _live_spawned += 1
        if link:
            a.links[me.n] = None
            me.links[a.n] = None
    thread = threading.Thread(target=_actor_main, args=(a, fn, args), name="actor %r" % (a.pid,), daemon=True)
    try:
        thread.start()
    except BaseException as e:
        with _lock:
            me.links.pop(a.n, None)
            a.links.clear()
            _kill_locked(a, _NOPROC)
        if isinstance(e, RuntimeError):
            raise RuntimeError("spawn: cannot start a thread for a new actor: %s" % e) from e
        raise
    return a.pid


@_api
def spawn(me, fn, *args):
    """Starts ``fn(*args)`` in a new actor and returns its Pid.

    The arguments are deep-copied (TypeError for one that cannot be). The actor
    ends when ``fn`` returns (reason ``'normal'``) or raises (the reason is the
    exception; an error report goes to stderr)."""
    return _spawn(me, fn, args, link=False)


@_api
def spawn_link(me, fn, *args):
    """Like ``spawn``, and links the new actor to the caller atomically."""
    return _spawn(me, fn, args, link=True)


@_api
def self_pid(me):
    """The calling actor's Pid (the main program is an actor too)."""
    return me.pid


@_api
def send(me, pid, msg):
    """Copies ``msg`` into the mailbox of ``pid``.

    Messages between two actors arrive in the order sent. Sending to an actor
    that has ended does nothing. A value that cannot be copied (an open file, a
    generator, a lock, a thread) raises TypeError here."""
    _check_pid(pid, "send")
    msg = _copy_message(msg)
    with _lock:
        if me.dead:
            return None
        target = _actors.get(pid._n)
        if target is not None:
            _post_locked(target, msg)
    return None


_FOREVER = 1e9  # seconds; longer timeouts (inf included) wait forever


def _receive(me, timeout, match):
    if timeout is not None:
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
            raise TypeError("receive: timeout must be a number of seconds or None, not %r" % type(timeout).__name__)
        timeout = float(timeout)
        if timeout != timeout:
            raise ValueError("receive: timeout is NaN")
        deadline = time.monotonic() + max(0.0, timeout) if timeout < _FOREVER else None
    else:
        deadline = None
    if match is not None and not callable(match):
        raise TypeError("receive: match must be callable")
    mailbox = me.mailbox
    scanned = 0  # messages [0:scanned] were rejected by `match` during this call
    while True:
        if me.dead:
            return None
        if match is None:
            with _lock:
                if mailbox:
                    return mailbox.popleft()
        else:
            while scanned < len(mailbox):  # only this actor removes messages
                msg = mailbox[scanned]
                if match(msg):
                    with _lock:
                        del mailbox[scanned]
                    return msg
                scanned += 1
        with _lock:
            if me.dead:
                return None
            if len(mailbox) > scanned:
                continue
            if deadline is None:
                me.cond.wait()
            else:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return TIMEOUT
                me.cond.wait(remaining)


@_api
def receive(me, timeout=None, match=None):
    """The oldest message in the mailbox, waiting up to ``timeout`` seconds.

    ``timeout=None`` waits forever, ``0`` polls. On timeout returns ``TIMEOUT``
    (compare with ``is``). With ``match``, takes the oldest message for which
    ``match(msg)`` is true and leaves the others queued in order; ``match``
    must not receive itself."""
    return _receive(me, timeout, match)


def _match_nothing(msg):
    return False


@_api
def sleep(me, seconds):
    """Suspends the calling actor for ``seconds`` (exit signals still end it)."""
    _receive(me, seconds, _match_nothing)


@_api
def link(me, pid):
    """Links the caller and ``pid`` (both ways). Linking to an actor that has
    ended delivers an exit signal with reason ``'noproc'`` to the caller."""
    _check_pid(pid, "link")
    with _lock:
        if pid == me.pid or me.dead:
            return None
        target = _actors.get(pid._n)
        if target is None:
            r = _signal_locked(me, pid, _NOPROC, call=False)
            if r is not None:
                _kill_locked(me, r)
            return None
        target.links[me.n] = None
        me.links[target.n] = None
    return None


@_api
def unlink(me, pid):
    """Removes the link between the caller and ``pid`` (if any)."""
    _check_pid(pid, "unlink")
    with _lock:
        me.links.pop(pid._n, None)
        target = _actors.get(pid._n)
        if target is not None:
            target.links.pop(me.n, None)
    return None


@_api
def monitor(me, pid):
    """Monitors ``pid``; returns a reference (an int unique within the run).

    ``Down(ref, pid, reason)`` arrives when ``pid`` ends, at once with reason
    ``'noproc'`` if it already has."""
    _check_pid(pid, "monitor")
    with _lock:
        ref = next(_refs)
        target = _actors.get(pid._n)
        if target is None:
            _post_locked(me, Down(ref, pid, _NOPROC))
        else:
            target.monitors[ref] = me.n
            me.mine[ref] = target.n
    return ref


@_api
def demonitor(me, ref):
    """Removes a monitor (a Down message already delivered stays queued)."""
    with _lock:
        n = me.mine.pop(ref, None)
        if n is not None:
            target = _actors.get(n)
            if target is not None:
                target.monitors.pop(ref, None)
    return None


_MISSING = object()


@_api
def exit(me, pid, reason=_MISSING):
    """``exit(pid, reason)`` sends an exit signal; ``exit(reason)`` ends the caller.

    ``exit(pid, 'kill')`` ends ``pid`` even if it traps exits (its links see
    ``'killed'``). ``'normal'`` is ignored by others and ends the caller if
    ``pid`` is itself. Other reasons end a target that does not trap exits, or
    arrive as ``Exit(caller, reason)`` in one that does.

    ``exit(reason)`` (one argument, Erlang's exit/1) ends the calling actor
    with ``reason``; it cannot be trapped and prints no error report. In the
    main actor it ends the process (status 0 for 'normal', else 1)."""
    if reason is _MISSING:
        reason = _copy_message(pid)
        with _lock:
            _kill_locked(me, reason)
        _raise_exit(me)
    _check_pid(pid, "exit")
    reason = _copy_message(reason)
    with _lock:
        if me.dead:
            return None
        target = _actors.get(pid._n)
        if target is not None:
            r = _signal_locked(target, me.pid, reason, call=True)
            if r is not None:
                _kill_locked(target, r)
    return None


@_api
def trap_exit(me, flag=True):
    """Sets whether the caller traps exits; returns the previous setting.

    A trapping actor receives exit signals as ``Exit(pid, reason)`` messages
    (reason ``'normal'`` included) instead of ending; ``'kill'`` still ends it."""
    with _lock:
        old = me.trap
        me.trap = bool(flag)
    return old


def is_alive(pid):
    """True while the actor ``pid`` has not ended."""
    _check_pid(pid, "is_alive")
    with _lock:
        return pid._n in _actors


@_api
def wait_idle(me, timeout=None):
    """Waits until every spawned actor (other than the caller) has ended.

    Returns True, or False if ``timeout`` seconds passed first."""
    deadline = None if timeout is None or timeout >= _FOREVER else time.monotonic() + max(0.0, float(timeout))
    with _lock:
        while not me.dead:
            others = _live_spawned - (1 if me.spawned else 0)
            if others <= 0:
                return True
            if deadline is None:
                _idle.wait()
            else:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                _idle.wait(remaining)
    return False


def _parent_of_current():
    return _current().parent


# ---------------------------------------------------------------- supervisors

_RESTARTS = ("permanent", "transient", "temporary")
_STRATEGIES = ("one_for_one", "one_for_all", "rest_for_one")
_WHICH = "$aithon.which_children"
_WHICH_REPLY = "$aithon.children"

#: A supervisor's child: ``fn(*args)`` runs in the child actor (``fn`` may be a
#: ``Supervisor``, which makes a subtree). ``restart``: 'permanent' (always
#: restarted), 'transient' (restarted unless it ended with 'normal' or
#: 'shutdown'), 'temporary' (never). ``shutdown``: seconds the child gets to end
#: after ``exit(child, 'shutdown')`` before it is killed (None: no limit), or
#: 'brutal_kill'.
ChildSpec = collections.namedtuple("ChildSpec", "id fn args restart shutdown", defaults=((), "permanent", 5.0))


class _Child:
    __slots__ = ("spec", "pid")

    def __init__(self, spec):
        self.spec = spec
        self.pid = None


def _normal_exit(reason):
    if _is_reason(reason, _NORMAL) or _is_reason(reason, _SHUTDOWN):
        return True
    return type(reason) is tuple and len(reason) == 2 and _is_reason(reason[0], _SHUTDOWN)


class Supervisor:
    """An OTP-style supervisor.

    ``Supervisor(children, strategy="one_for_one", max_restarts=3, max_seconds=5)``
    with ``children`` a list of ``ChildSpec``. ``start()`` spawns it (linked to
    the caller unless ``link=False``) and returns its Pid; calling the object
    (or ``run()``) runs the supervisor loop in the calling actor, which is how
    a ``ChildSpec(id, other_supervisor)`` nests supervisors.

    The supervisor traps exits and starts its children in order, each linked to
    it. When a child ends and must be restarted, ``one_for_one`` restarts that
    child, ``one_for_all`` stops the others (in reverse order) and restarts all,
    ``rest_for_one`` stops and restarts the children started after it too.
    More than ``max_restarts`` restarts within ``max_seconds`` seconds make it
    stop all children and exit with reason ``'shutdown'``. An exit signal from
    its parent (the actor that spawned it), or any non-'normal' one from an
    actor that is not its child (``exit(sup, 'shutdown')``), stops the children
    and ends it with that reason."""

    def __init__(self, children, strategy="one_for_one", max_restarts=3, max_seconds=5):
        if strategy not in _STRATEGIES:
            raise ValueError("Supervisor: strategy must be one of %s, not %r" % (", ".join(_STRATEGIES), strategy))
        if not isinstance(max_restarts, int) or max_restarts < 0:
            raise ValueError("Supervisor: max_restarts must be an int >= 0")
        if not isinstance(max_seconds, (int, float)) or max_seconds <= 0:
            raise ValueError("Supervisor: max_seconds must be a number > 0")
        specs = []
        ids = set()
        for c in children:
            if not isinstance(c, ChildSpec):
                if isinstance(c, tuple):
                    c = ChildSpec(*c)
                else:
                    raise TypeError("Supervisor: children must be ChildSpec objects, not %r" % type(c).__name__)
            if c.restart not in _RESTARTS:
                raise ValueError("ChildSpec %r: restart must be one of %s, not %r" % (c.id, ", ".join(_RESTARTS), c.restart))
            if not callable(c.fn):
                raise TypeError("ChildSpec %r: fn is not callable" % (c.id,))
            if not isinstance(c.args, tuple):
                c = c._replace(args=tuple(c.args))
            if not (c.shutdown is None or c.shutdown == "brutal_kill" or (isinstance(c.shutdown, (int, float)) and c.shutdown >= 0)):
                raise ValueError("ChildSpec %r: shutdown must be seconds >= 0, None or 'brutal_kill'" % (c.id,))
            if c.id in ids:
                raise ValueError("Supervisor: duplicate child id %r" % (c.id,))
            ids.add(c.id)
            specs.append(c)
        self.children = tuple(specs)
        self.strategy = strategy
        self.max_restarts = max_restarts
        self.max_seconds = max_seconds
        self.pid = None  # set by start() and by run()

    def __repr__(self):
        return "Supervisor(%d children, %r, pid=%r)" % (len(self.children), self.strategy, self.pid)

    def start(self, link=True):
        """Spawns the supervisor (linked to the caller unless link=False); returns its Pid."""
        self.pid = (spawn_link if link else spawn)(self.run)
        return self.pid

    def __call__(self):
        self.run()

    def which_children(self, timeout=5.0):
        """``[(id, pid or None), ...]`` in start order (see ``which_children``)."""
        if self.pid is None:
            raise RuntimeError("which_children: the supervisor has not been started")
        return which_children(self.pid, timeout)

    # -- the supervisor loop (runs in the supervisor actor)

    def run(self):
        """Runs the supervisor in the calling actor; returns only by exiting."""
        me = self_pid()
        self.pid = me
        parent = _parent_of_current()
        trap_exit(True)
        kids = [_Child(spec) for spec in self.children]
        for k in kids:
            self._start_child(k)
        restarts = []
        while True:
            msg = receive()
            if isinstance(msg, Exit):
                kid = None
                for k in kids:
                    if k.pid is not None and k.pid == msg.pid:
                        kid = k
                        break
                if kid is None:
                    if msg.pid == parent or not _is_reason(msg.reason, _NORMAL):
                        self._stop_children(kids)
                        exit(msg.reason)
                    continue
                kid.pid = None
                restart = kid.spec.restart
                if restart == "temporary" or (restart == "transient" and _normal_exit(msg.reason)):
                    if restart == "temporary":
                        kids.remove(kid)
                    continue
                now = time.monotonic()
                restarts = [t for t in restarts if now - t <= self.max_seconds]
                restarts.append(now)
                if len(restarts) > self.max_restarts:
                    _write_stderr(
                        "=SUPERVISOR REPORT==== supervisor %r shutting down: reached max restart intensity "
                        "(%d restarts in %s s)\n" % (me, self.max_restarts, self.max_seconds)
                    )
                    self._stop_children(kids)
                    exit(_SHUTDOWN)
                self._restart(kids, kid)
            elif type(msg) is tuple and len(msg) == 3 and _is_reason(msg[0], _WHICH) and isinstance(msg[1], Pid):
                send(msg[1], (_WHICH_REPLY, msg[2], [(k.spec.id, k.pid) for k in kids]))
            # anything else is dropped

    def _start_child(self, k):
        k.pid = spawn_link(k.spec.fn, *k.spec.args)

    def _restart(self, kids, kid):
        if self.strategy == "one_for_one":
            self._start_child(kid)
            return
        affected = list(kids) if self.strategy == "one_for_all" else kids[kids.index(kid):]
        for k in reversed(affected):
            if k is not kid:
                self._stop_child(k)
        for k in affected:
            if k.spec.restart == "temporary" and k is not kid:
                kids.remove(k)
            else:
                self._start_child(k)

    def _stop_children(self, kids):
        for k in reversed(kids):
            self._stop_child(k)

    def _stop_child(self, k):
        pid = k.pid
        k.pid = None
        if pid is None:
            return
        ref = monitor(pid)
        unlink(pid)

        def down(m):
            return isinstance(m, Down) and m.ref == ref

        got = TIMEOUT
        if k.spec.shutdown != "brutal_kill":
            exit(pid, _SHUTDOWN)
            got = receive(match=down, timeout=k.spec.shutdown)
        if got is TIMEOUT:
            exit(pid, _KILL)
            receive(match=down, timeout=5.0)
        # an Exit the child sent before the unlink is stale now
        receive(match=lambda m: isinstance(m, Exit) and m.pid == pid, timeout=0)


def which_children(sup, timeout=5.0):
    """The children of a running supervisor (a Pid or a started ``Supervisor``):
    a list of ``(id, pid)`` pairs in start order, pid None for a transient child
    that ended normally (temporary children that ended are left out).

    Raises RuntimeError if the supervisor is not running, TimeoutError if it
    does not answer within ``timeout`` seconds."""
    pid = sup.pid if isinstance(sup, Supervisor) else sup
    _check_pid(pid, "which_children")
    ref = monitor(pid)
    send(pid, (_WHICH, self_pid(), ref))

    def reply(m):
        if isinstance(m, Down):
            return m.ref == ref
        return type(m) is tuple and len(m) == 3 and _is_reason(m[0], _WHICH_REPLY) and m[1] == ref

    got = receive(match=reply, timeout=timeout)
    demonitor(ref)
    if got is TIMEOUT:
        raise TimeoutError("which_children: supervisor %r did not answer within %s s" % (pid, timeout))
    if isinstance(got, Down):
        raise RuntimeError("which_children: supervisor %r is not running (%s)" % (pid, _reason_text(got.reason)))
    receive(match=lambda m: isinstance(m, Down) and m.ref == ref, timeout=0)
    return got[2]
