"""The Python-written part of `aithon.actors` for compiled programs.

spawn, spawn_link, send, self_pid, link, unlink, monitor, demonitor, exit,
trap_exit, sleep, is_alive, wait_idle, TIMEOUT and the types Pid, Exit and
Down (for isinstance) are the compiler's own (native calls into
runtime/src/actor, compiler/src/stdlib.ts). This file adds, over them and the
primitives of `_aithon_actors`, what python/aithon/actors.py (the CPython
reference) defines in Python: receive with a match predicate, Supervisor,
ChildSpec and which_children, with the same semantics and messages.

Differences from the reference, forced by what compiles (docs/actors.md,
"Compiled programs"):
- Exit and Down messages are the runtime's own types (same fields, names,
  repr and equality), not tuples.
- A ChildSpec is a class (not a namedtuple): fields id, fn, args, restart,
  shutdown; `fn` reads None when it is a Supervisor (its `start` runs it).
  Plain tuple children compile when every supervisor of the program gets
  tuples of one length.
- A Supervisor's children are a list. Supervisor objects travel to the actor
  that runs them as copies (spawn copies its arguments), so `sup.pid` is set
  by start() in the caller only, and run()/sup() know no parent actor.
"""

import sys as _sys
import time as _time

# Imported under private names: this file's top-level names are what
# `import aithon.actors as a; a.name` reads from it, the others stay native.
from aithon.actors import TIMEOUT as _TIMEOUT, demonitor as _demonitor, exit as _exit, monitor as _monitor, self_pid as _self_pid, send as _send, spawn as _spawn, trap_exit as _trap_exit, unlink as _unlink
from _aithon_actors import is_down as _is_down, is_exit as _is_exit, is_pid as _is_pid, receive_any as _receive_any, scan_next as _scan_next, scan_start as _scan_start, scan_take as _scan_take, spawn_link as _spawn_link

__all__ = ['receive', 'ChildSpec', 'Supervisor', 'which_children']


def receive(timeout=None, match=None):
    """The oldest message in the mailbox, waiting up to ``timeout`` seconds.

    ``timeout=None`` waits forever, ``0`` polls. On timeout returns ``TIMEOUT``
    (compare with ``is``). With ``match``, takes the oldest message for which
    ``match(msg)`` is true and leaves the others queued in order; ``match``
    must not receive itself."""
    # (Each `if` on an argument's type has an `else`: the compiler compiles
    # only the branch the caller's argument types allow.)
    if match is None:
        return _receive_any(timeout)
    else:
        return _receive_match(timeout, match)


def _receive_match(timeout=None, match=None):
    """receive() with a predicate (calls of receive with `match=` are compiled
    as calls of this function: compiler/src/modules.ts)."""
    if match is None:  # a variable predicate that may be None
        return _receive_any(timeout)
    else:
        # The runtime offers each queued (then each arriving) message once;
        # the predicate is compiled code, so the loop is here.
        _scan_start(timeout)
        while True:
            msg = _scan_next()
            if msg is _TIMEOUT:
                return msg
            if match(msg):
                _scan_take()
                return msg


_NORMAL = 'normal'
_KILL = 'kill'
_SHUTDOWN = 'shutdown'
_RESTARTS = ('permanent', 'transient', 'temporary')
_STRATEGIES = ('one_for_one', 'one_for_all', 'rest_for_one')
_WHICH = '$aithon.which_children'
_WHICH_REPLY = '$aithon.children'


def _is_reason(reason, name):
    return isinstance(reason, str) and reason == name


def _normal_exit(reason):
    if _is_reason(reason, _NORMAL) or _is_reason(reason, _SHUTDOWN):
        return True
    return isinstance(reason, tuple) and len(reason) == 2 and _is_reason(reason[0], _SHUTDOWN)


def _reason_text(reason):
    if isinstance(reason, str):
        return reason
    if isinstance(reason, BaseException):
        return type(reason).__name__
    return repr(reason)


def _child_starter(fn, args):
    """What starts the child: one function per ChildSpec, so each keeps its
    own types (fn and the argument tuple), called by the supervisor."""
    if isinstance(fn, Supervisor):
        return lambda: _spawn_link(_supervisor_main, fn, _self_pid())
    else:
        return lambda: _spawn_link(fn, *args)


def _child_fn(fn):
    if isinstance(fn, Supervisor):
        return None
    else:
        return fn


class ChildSpec:
    """A supervisor's child: ``fn(*args)`` runs in the child actor (``fn`` may
    be a ``Supervisor``, which makes a subtree). ``restart``: 'permanent'
    (always restarted), 'transient' (restarted unless it ended with 'normal'
    or 'shutdown'), 'temporary' (never). ``shutdown``: seconds the child gets
    to end after ``exit(child, 'shutdown')`` before it is killed (None: no
    limit), or 'brutal_kill'."""

    def __init__(self, id, fn, args=(), restart='permanent', shutdown=5.0):
        if restart not in _RESTARTS:
            raise ValueError('ChildSpec %r: restart must be one of %s, not %r' % (id, ', '.join(_RESTARTS), restart))
        if not (shutdown is None or shutdown == 'brutal_kill' or (isinstance(shutdown, (int, float)) and shutdown >= 0)):
            raise ValueError("ChildSpec %r: shutdown must be seconds >= 0, None or 'brutal_kill'" % (id,))
        self.id = id
        self.fn = _child_fn(fn)
        self.args = args
        self.restart = restart
        self.shutdown = shutdown
        self.start = _child_starter(fn, args)

    def __repr__(self):
        return 'ChildSpec(id=%r, fn=%r, args=%r, restart=%r, shutdown=%r)' % (self.id, self.fn, self.args, self.restart, self.shutdown)


def _spec_of(c):
    if isinstance(c, ChildSpec):
        return c
    else:
        return _spec_of_tuple(c)


def _spec_of_tuple(c):
    return _spec_from(*c)


def _spec_from(id, fn, args=(), restart='permanent', shutdown=5.0):
    return ChildSpec(id, fn, args, restart, shutdown)


class _Child:
    def __init__(self, spec):
        self.spec = spec
        self.pid = None


def _start_child(k, by_pid):
    k.pid = k.spec.start()
    by_pid[k.pid] = k


def _supervisor_main(sup, parent):
    sup._run(parent)


class Supervisor:
    """An OTP-style supervisor.

    ``Supervisor(children, strategy="one_for_one", max_restarts=3, max_seconds=5)``
    with ``children`` a list of ``ChildSpec``. ``start()`` spawns it (linked to
    the caller unless ``link=False``) and returns its Pid; calling the object
    (or ``run()``) runs the supervisor loop in the calling actor.

    The supervisor traps exits and starts its children in order, each linked to
    it. When a child ends and must be restarted, ``one_for_one`` restarts that
    child, ``one_for_all`` stops the others (in reverse order) and restarts all,
    ``rest_for_one`` stops and restarts the children started after it too.
    More than ``max_restarts`` restarts within ``max_seconds`` seconds make it
    stop all children and exit with reason ``'shutdown'``. An exit signal from
    its parent, or any non-'normal' one from an actor that is not its child,
    stops the children and ends it with that reason."""

    def __init__(self, children, strategy='one_for_one', max_restarts=3, max_seconds=5):
        if strategy not in _STRATEGIES:
            raise ValueError('Supervisor: strategy must be one of %s, not %r' % (', '.join(_STRATEGIES), strategy))
        if not isinstance(max_restarts, int) or max_restarts < 0:
            raise ValueError('Supervisor: max_restarts must be an int >= 0')
        if not isinstance(max_seconds, (int, float)) or max_seconds <= 0:
            raise ValueError('Supervisor: max_seconds must be a number > 0')
        specs = []
        ids = []
        for c in children:
            spec = _spec_of(c)
            if spec.id in ids:
                raise ValueError('Supervisor: duplicate child id %r' % (spec.id,))
            ids.append(spec.id)
            specs.append(spec)
        self.children = specs
        self.strategy = strategy
        self.max_restarts = max_restarts
        self.max_seconds = max_seconds
        self.pid = None

    def __repr__(self):
        return 'Supervisor(%d children, %r, pid=%r)' % (len(self.children), self.strategy, self.pid)

    def start(self, link=True):
        """Spawns the supervisor (linked to the caller unless link=False); returns its Pid."""
        if link:
            self.pid = _spawn_link(_supervisor_main, self, _self_pid())
        else:
            self.pid = _spawn(_supervisor_main, self, _self_pid())
        return self.pid

    def __call__(self):
        self._run(None)

    def run(self):
        """Runs the supervisor in the calling actor; returns only by exiting."""
        self._run(None)

    def which_children(self, timeout=5.0):
        """``[(id, pid or None), ...]`` in start order (see ``which_children``)."""
        if self.pid is None:
            raise RuntimeError('which_children: the supervisor has not been started')
        return which_children(self.pid, timeout)

    # -- the supervisor loop (runs in the supervisor actor, on its own copy)

    def _run(self, parent):
        me = _self_pid()
        self.pid = me
        _trap_exit(True)
        kids = [_Child(spec) for spec in self.children]
        # The running children by pid: a supervisor of many children finds the one that ended at once.
        by_pid = {}
        for k in kids:
            _start_child(k, by_pid)
        restarts = []
        while True:
            msg = receive()
            if _is_exit(msg):
                # (Tested with `in`, not popped with a None default: the child's
                # type must not be None alone while the compiler is still
                # inferring what the dict holds.)
                if msg.pid not in by_pid:
                    if msg.pid == parent or not _is_reason(msg.reason, _NORMAL):
                        self._stop_children(kids, by_pid)
                        _exit(msg.reason)
                    continue
                kid = by_pid.pop(msg.pid)
                kid.pid = None
                restart = kid.spec.restart
                if restart == 'temporary' or (restart == 'transient' and _normal_exit(msg.reason)):
                    if restart == 'temporary':
                        kids.remove(kid)
                    continue
                now = _time.monotonic()
                restarts = [t for t in restarts if now - t <= self.max_seconds]
                restarts.append(now)
                if len(restarts) > self.max_restarts:
                    _sys.stderr.write(
                        '=SUPERVISOR REPORT==== supervisor %r shutting down: reached max restart intensity '
                        '(%d restarts in %s s)\n' % (me, self.max_restarts, self.max_seconds)
                    )
                    self._stop_children(kids, by_pid)
                    _exit(_SHUTDOWN)
                self._restart(kids, kid, by_pid)
            elif isinstance(msg, tuple) and len(msg) == 3 and _is_reason(msg[0], _WHICH) and _is_pid(msg[1]):
                _send(msg[1], (_WHICH_REPLY, msg[2], [(k.spec.id, k.pid) for k in kids]))
            # anything else is dropped

    def _restart(self, kids, kid, by_pid):
        if self.strategy == 'one_for_one':
            _start_child(kid, by_pid)
            return
        if self.strategy == 'one_for_all':
            affected = list(kids)
        else:
            affected = kids[kids.index(kid):]
        for k in reversed(affected):
            if k is not kid:
                self._stop_child(k, by_pid)
        for k in affected:
            if k.spec.restart == 'temporary' and k is not kid:
                kids.remove(k)
            else:
                _start_child(k, by_pid)

    def _stop_children(self, kids, by_pid):
        for k in reversed(kids):
            self._stop_child(k, by_pid)

    def _stop_child(self, k, by_pid):
        pid = k.pid
        k.pid = None
        if pid is None:
            return
        by_pid.pop(pid, None)
        ref = _monitor(pid)
        _unlink(pid)
        got = _TIMEOUT
        if k.spec.shutdown != 'brutal_kill':
            _exit(pid, _SHUTDOWN)
            got = receive(match=lambda m: _is_down(m) and m.ref == ref, timeout=k.spec.shutdown)
        if got is _TIMEOUT:
            _exit(pid, _KILL)
            receive(match=lambda m: _is_down(m) and m.ref == ref, timeout=5.0)
        # an Exit the child sent before the unlink is stale now
        receive(match=lambda m: _is_exit(m) and m.pid == pid, timeout=0)


def _which_pid(sup):
    if isinstance(sup, Supervisor):
        return sup.pid
    else:
        return sup


def which_children(sup, timeout=5.0):
    """The children of a running supervisor (a Pid or a started ``Supervisor``):
    a list of ``(id, pid)`` pairs in start order, pid None for a transient child
    that ended normally (temporary children that ended are left out).

    Raises RuntimeError if the supervisor is not running, TimeoutError if it
    does not answer within ``timeout`` seconds."""
    pid = _which_pid(sup)
    if not _is_pid(pid):
        raise TypeError('which_children: expected a Pid, got %r' % type(pid).__name__)
    ref = _monitor(pid)
    _send(pid, (_WHICH, _self_pid(), ref))
    got = receive(match=lambda m: (_is_down(m) and m.ref == ref) or (isinstance(m, tuple) and len(m) == 3 and _is_reason(m[0], _WHICH_REPLY) and m[1] == ref), timeout=timeout)
    _demonitor(ref)
    if got is _TIMEOUT:
        raise TimeoutError('which_children: supervisor %r did not answer within %s s' % (pid, timeout))
    if _is_down(got):
        raise RuntimeError('which_children: supervisor %r is not running (%s)' % (pid, _reason_text(got.reason)))
    receive(match=lambda m: _is_down(m) and m.ref == ref, timeout=0)
    return got[2]
