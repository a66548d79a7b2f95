"""Tests of the pure-Python aithon.actors (run: PYTHONPATH=python python3 -m unittest discover -s python/tests -v).

The unittest main thread is the main actor. Tests never link it to an actor that
may crash without trapping exits (that would end the test process); scenarios
that end the main actor run in a subprocess."""

import copy
import io
import os
import re
import subprocess
import sys
import textwrap
import threading
import time
import unittest

from aithon.actors import (
    TIMEOUT,
    ChildSpec,
    Down,
    Exit,
    Pid,
    Supervisor,
    demonitor,
    exit,
    is_alive,
    link,
    monitor,
    receive,
    self_pid,
    send,
    sleep,
    spawn,
    spawn_link,
    trap_exit,
    unlink,
    which_children,
)

PYTHON_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORT = re.compile(r"^=ERROR REPORT==== actor <0\.\d+\.0> crashed: (.*)$", re.M)


# ---------------------------------------------------------------- actor bodies


def crash_with(value):
    raise ValueError(value)


def return_normally():
    return None


def worker(reply_to=None):
    """Echoes ('ping', n) to reply_to as (self, n); 'crash' raises; 'stop' returns."""
    while True:
        m = receive()
        if m == "crash":
            raise RuntimeError("asked to crash")
        if m == "stop":
            return
        if type(m) is tuple and m[0] == "ping":
            send(m[2] if len(m) > 2 else reply_to, (self_pid(), m[1]))


def forward_all(to):
    while True:
        send(to, receive())


def trapping_forwarder(to):
    trap_exit(True)
    send(to, "ready")
    forward_all(to)


def spin():
    x = 0
    while True:
        x += 1


def wait_until(cond, timeout=5.0, step=0.01):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(step)
    return cond()


def down_of(ref, timeout=5.0):
    return receive(match=lambda m: isinstance(m, Down) and m.ref == ref, timeout=timeout)


def run_python(source, timeout=20, env_extra=None):
    env = dict(os.environ)
    env["PYTHONPATH"] = PYTHON_DIR + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.update(env_extra or {})
    p = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(source)],
        capture_output=True, text=True, timeout=timeout, env=env,
    )
    return p.returncode, p.stdout, p.stderr


class ActorTest(unittest.TestCase):
    def setUp(self):
        trap_exit(False)
        while receive(timeout=0) is not TIMEOUT:
            pass
        self.stderr = io.StringIO()
        self._saved_stderr = sys.stderr
        sys.stderr = self.stderr

    def tearDown(self):
        sys.stderr = self._saved_stderr
        trap_exit(False)

    def reports(self):
        return REPORT.findall(self.stderr.getvalue())


# ---------------------------------------------------------------- basics


class BasicsTest(ActorTest):
    def test_pids(self):
        me = self_pid()
        self.assertIsInstance(me, Pid)
        self.assertEqual(repr(me), "<0.0.0>")  # the main thread is the main actor
        p = spawn(return_normally)
        q = spawn(return_normally)
        self.assertRegex(repr(p), r"^<0\.\d+\.0>$")
        self.assertNotEqual(p, q)
        self.assertLess(p, q)  # numbered in spawn order
        self.assertEqual(len({p, q, p, me}), 3)
        self.assertIs(copy.deepcopy(p), p)
        send(me, (p, [q]))
        got = receive(timeout=1)
        self.assertEqual(got, (p, [q]))
        self.assertEqual(hash(got[0]), hash(p))

    def test_message_order_between_two_actors(self):
        me = self_pid()

        def sender(tag, to, n):
            for i in range(n):
                send(to, (tag, i))

        spawn(sender, "a", me, 500)
        spawn(sender, "b", me, 500)
        seen = {"a": [], "b": []}
        for _ in range(1000):
            m = receive(timeout=5)
            self.assertIsNot(m, TIMEOUT)
            seen[m[0]].append(m[1])
        self.assertEqual(seen["a"], list(range(500)))
        self.assertEqual(seen["b"], list(range(500)))

    def test_echo_round_trip(self):
        w = spawn(worker, self_pid())
        for i in range(20):
            send(w, ("ping", i))
        self.assertEqual([receive(timeout=2) for _ in range(20)], [(w, i) for i in range(20)])
        send(w, "stop")

    def test_selective_receive(self):
        me = self_pid()
        for m in ["a", ("b", 1), "c", ("b", 2)]:
            send(me, m)
        calls = []

        def is_b(m):
            calls.append(m)
            return isinstance(m, tuple)

        self.assertEqual(receive(match=is_b, timeout=1), ("b", 1))
        self.assertEqual(calls, ["a", ("b", 1)])
        self.assertEqual(receive(timeout=1), "a")
        self.assertEqual(receive(timeout=1), "c")
        self.assertEqual(receive(timeout=1), ("b", 2))
        self.assertIs(receive(timeout=0), TIMEOUT)

    def test_selective_receive_waits_for_a_later_message(self):
        def later(to):
            send(to, "x")
            sleep(0.05)
            send(to, "y")

        spawn(later, self_pid())
        self.assertEqual(receive(match=lambda m: m == "y", timeout=5), "y")
        self.assertEqual(receive(timeout=0), "x")

    def test_receive_timeout_returns_sentinel(self):
        t0 = time.monotonic()
        self.assertIs(receive(timeout=0.1), TIMEOUT)
        self.assertGreaterEqual(time.monotonic() - t0, 0.09)
        self.assertIs(receive(timeout=0), TIMEOUT)
        send(self_pid(), 0)
        self.assertIs(receive(match=lambda m: m == 1, timeout=0.05), TIMEOUT)
        self.assertEqual(receive(timeout=0), 0)  # the skipped message stayed queued
        self.assertEqual(repr(TIMEOUT), "TIMEOUT")
        self.assertIs(copy.deepcopy(TIMEOUT), TIMEOUT)
        send(self_pid(), [TIMEOUT])
        self.assertIs(receive(timeout=1)[0], TIMEOUT)
        with self.assertRaises(TypeError):
            receive(timeout="soon")

    def test_messages_are_deep_copied(self):
        def mutate(to):
            m = receive()
            m["list"].append("actor")
            send(to, m)

        data = {"list": [1, 2], "nested": ({"x": [3]},)}
        p = spawn(mutate, self_pid())
        send(p, data)
        back = receive(timeout=2)
        self.assertEqual(back["list"], [1, 2, "actor"])
        self.assertEqual(data["list"], [1, 2])
        self.assertIsNot(back["nested"][0], data["nested"][0])
        # the sender's later mutation does not reach a queued message
        send(self_pid(), data)
        data["list"].append("late")
        self.assertEqual(receive(timeout=1)["list"], [1, 2])

    def test_spawn_arguments_are_deep_copied(self):
        def append_and_report(lst, to):
            lst.append(99)
            send(to, lst)

        lst = [1]
        spawn(append_and_report, lst, self_pid())
        self.assertEqual(receive(timeout=2), [1, 99])
        self.assertEqual(lst, [1])

    def test_uncopyable_values_raise_type_error_at_send(self):
        me = self_pid()

        def gen():
            yield 1

        with open(__file__) as f:
            cases = [
                (f, "TextIOWrapper"),
                (gen(), "generator"),
                (threading.Lock(), "lock"),
                (threading.Thread(target=print), "Thread"),
                ([1, {"k": (2, gen())}], "generator"),
            ]
            for value, name in cases:
                with self.assertRaises(TypeError) as cm:
                    send(me, value)
                self.assertEqual(str(cm.exception), "cannot send %r object to an actor" % name)
        self.assertIs(receive(timeout=0), TIMEOUT)  # nothing was sent
        with self.assertRaisesRegex(TypeError, "cannot send 'generator' object"):
            spawn(print, gen())
        with self.assertRaises(TypeError):
            send("not a pid", 1)

    def test_send_to_ended_actor_does_nothing(self):
        p = spawn(worker)
        ref = monitor(p)
        send(p, "stop")
        self.assertEqual(down_of(ref).reason, "normal")
        self.assertFalse(is_alive(p))
        send(p, "hello")

    def test_sleep_and_is_alive(self):
        def nap(t):
            receive()
            sleep(t)

        p = spawn(nap, 0.05)
        self.assertTrue(is_alive(p))
        ref = monitor(p)
        t0 = time.monotonic()
        send(p, "go")
        self.assertEqual(down_of(ref).reason, "normal")
        self.assertGreaterEqual(time.monotonic() - t0, 0.04)
        self.assertFalse(is_alive(p))


# ---------------------------------------------------------------- links and exits


class LinkTest(ActorTest):
    def test_crash_propagates_through_a_link(self):
        def probe():
            receive()
            spawn_link(crash_with, "boom")
            receive()  # ended by the link before anything arrives

        p = spawn(probe)
        ref = monitor(p)
        send(p, "go")
        d = down_of(ref)
        self.assertEqual(d.pid, p)
        self.assertIsInstance(d.reason, ValueError)
        self.assertEqual(d.reason.args, ("boom",))
        # one report: the crash; the probe ended by a signal prints none
        self.assertTrue(wait_until(lambda: self.reports()))
        self.assertEqual(self.reports(), ["ValueError('boom')"])

    def test_normal_exit_does_not_end_linked_actor(self):
        def probe(to):
            c = spawn_link(return_normally)
            ref = monitor(c)
            down_of(ref)
            send(to, "still alive")

        p = spawn(probe, self_pid())
        self.assertEqual(receive(timeout=5), "still alive")
        self.assertEqual(self.reports(), [])
        self.assertTrue(wait_until(lambda: not is_alive(p)))

    def test_trap_exit_turns_signals_into_messages(self):
        self.assertFalse(trap_exit(True))
        self.assertTrue(trap_exit(True))
        c = spawn_link(crash_with, "trapped")
        m = receive(timeout=5)
        self.assertIsInstance(m, Exit)
        self.assertEqual(m.pid, c)
        self.assertIsInstance(m.reason, ValueError)
        self.assertEqual(repr(m.reason), "ValueError('trapped')")
        n = spawn_link(return_normally)
        self.assertEqual(receive(timeout=5), Exit(n, "normal"))
        self.assertTrue(trap_exit(False))

    def test_kill_is_untrappable(self):
        me = self_pid()
        p = spawn(trapping_forwarder, me)
        self.assertEqual(receive(timeout=5), "ready")
        exit(p, "please")
        self.assertEqual(receive(timeout=5), Exit(me, "please"))  # trapped, forwarded
        ref = monitor(p)
        exit(p, "kill")
        self.assertEqual(down_of(ref), Down(ref, p, "killed"))

    def test_links_of_a_killed_actor_see_killed(self):
        trap_exit(True)
        p = spawn_link(forward_all, self_pid())
        exit(p, "kill")
        self.assertEqual(receive(timeout=5), Exit(p, "killed"))

    def test_exit_signal_reasons(self):
        me = self_pid()
        p = spawn(forward_all, me)
        ref = monitor(p)
        exit(p, "normal")  # ignored by a non-trapping target
        send(p, "ping")
        self.assertEqual(receive(timeout=5), "ping")
        exit(p, ("custom", 1))
        self.assertEqual(down_of(ref).reason, ("custom", 1))

        def exit_self_normal():
            receive()
            exit(self_pid(), "normal")
            send(me, "not reached")

        p = spawn(exit_self_normal)
        ref = monitor(p)
        send(p, "go")
        self.assertEqual(down_of(ref).reason, "normal")

        def exit_one_arg():
            trap_exit(True)
            receive()
            exit("bye")  # exit/1: cannot be trapped
            send(me, "not reached")

        p = spawn(exit_one_arg)
        ref = monitor(p)
        send(p, "go")
        self.assertEqual(down_of(ref).reason, "bye")
        self.assertIs(receive(timeout=0.05), TIMEOUT)
        self.assertEqual(self.reports(), [])  # exits are not crashes

    def test_kill_busy_actor(self):
        p = spawn(spin)
        time.sleep(0.05)
        ref = monitor(p)
        exit(p, "kill")
        self.assertEqual(down_of(ref).reason, "killed")
        self.assertFalse(is_alive(p))
        # its thread stops too
        name = "actor %r" % (p,)
        self.assertTrue(wait_until(lambda: all(t.name != name for t in threading.enumerate())))

    def test_spawn_link_then_immediate_crash_is_always_seen(self):
        trap_exit(True)
        kids = [spawn_link(crash_with, i) for i in range(20)]
        got = [receive(timeout=5) for _ in kids]
        self.assertEqual(sorted(m.pid for m in got), kids)
        self.assertTrue(all(isinstance(m, Exit) and isinstance(m.reason, ValueError) for m in got))

    def test_link_to_dead_actor_gives_noproc(self):
        p = spawn(return_normally)
        down_of(monitor(p))
        trap_exit(True)
        link(p)
        self.assertEqual(receive(timeout=1), Exit(p, "noproc"))

    def test_unlink(self):
        def probe(to):
            c = spawn_link(worker)
            unlink(c)
            send(c, "crash")
            down_of(monitor(c))
            send(to, "survived")

        spawn(probe, self_pid())
        self.assertEqual(receive(timeout=5), "survived")


# ---------------------------------------------------------------- monitors


class MonitorTest(ActorTest):
    def test_down_carries_the_reason(self):
        p = spawn(worker)
        ref = monitor(p)
        send(p, "crash")
        d = down_of(ref)
        self.assertIsInstance(d, Down)
        self.assertEqual((d.ref, d.pid), (ref, p))
        self.assertEqual(repr(d.reason), "RuntimeError('asked to crash')")
        self.assertIsNone(d.reason.__traceback__)

    def test_noproc_for_dead_actor(self):
        p = spawn(return_normally)
        down_of(monitor(p))
        ref = monitor(p)
        self.assertEqual(receive(timeout=0), Down(ref, p, "noproc"))

    def test_uncopyable_crash_reason_is_still_delivered(self):
        class TwoArgs(Exception):
            def __init__(self, a, b):  # copy.deepcopy cannot rebuild it
                super().__init__("%s-%s" % (a, b))

        def crash_two_args():
            receive()
            raise TwoArgs(1, 2)

        p = spawn(crash_two_args)
        ref = monitor(p)
        send(p, "go")
        d = down_of(ref)
        self.assertEqual(type(d.reason).__name__, "TwoArgs")
        self.assertEqual(str(d.reason), "1-2")

    def test_demonitor(self):
        w = spawn(worker)
        ref = monitor(w)
        ref2 = monitor(w)
        self.assertNotEqual(ref, ref2)
        demonitor(ref)
        send(w, "stop")
        self.assertEqual(down_of(ref2).reason, "normal")
        self.assertIs(down_of(ref, timeout=0.1), TIMEOUT)


# ---------------------------------------------------------------- supervisors


def ids_and_pids(sup):
    return dict(which_children(sup))


def crash_child(sup, cid):
    """Crashes child `cid` and waits for its end; returns the old pid."""
    old = ids_and_pids(sup)[cid]
    ref = monitor(old)
    send(old, "crash")
    d = down_of(ref)
    assert d is not TIMEOUT, "child did not end"
    return old


class SupervisorTest(ActorTest):
    def start(self, children, link=False, **kw):
        """Starts a supervisor (linked: the test traps exits); killed at cleanup."""
        sup = Supervisor(children, **kw)
        if link:
            trap_exit(True)
        pid = sup.start(link=link)

        def cleanup():
            unlink(pid)
            exit(pid, "kill")

        self.addCleanup(cleanup)
        return sup, pid

    def test_one_for_one_restarts_only_the_crashed_child(self):
        sup, pid = self.start([ChildSpec(c, worker) for c in "abc"], strategy="one_for_one")
        before = ids_and_pids(sup)
        self.assertEqual(list(before), ["a", "b", "c"])
        old_b = crash_child(sup, "b")
        after = ids_and_pids(sup)
        self.assertEqual(after["a"], before["a"])
        self.assertEqual(after["c"], before["c"])
        self.assertNotEqual(after["b"], old_b)
        self.assertTrue(is_alive(after["b"]))
        send(after["b"], ("ping", 7, self_pid()))
        self.assertEqual(receive(timeout=5), (after["b"], 7))
        self.assertEqual(self.reports(), ["RuntimeError('asked to crash')"])

    def test_one_for_all_restarts_all(self):
        sup, pid = self.start([ChildSpec(c, worker) for c in "abc"], strategy="one_for_all")
        before = ids_and_pids(sup)
        crash_child(sup, "b")
        after = ids_and_pids(sup)
        for c in "abc":
            self.assertNotEqual(after[c], before[c])
            self.assertFalse(is_alive(before[c]))
            self.assertTrue(is_alive(after[c]))

    def test_rest_for_one_restarts_the_crashed_and_later_children(self):
        sup, pid = self.start([ChildSpec(c, worker) for c in "abcd"], strategy="rest_for_one")
        before = ids_and_pids(sup)
        crash_child(sup, "b")
        after = ids_and_pids(sup)
        self.assertEqual(after["a"], before["a"])
        for c in "bcd":
            self.assertNotEqual(after[c], before[c])
            self.assertTrue(is_alive(after[c]))

    def test_restart_types(self):
        sup, pid = self.start([
            ChildSpec("perm", worker, restart="permanent"),
            ChildSpec("trans", worker, restart="transient"),
            ChildSpec("temp", worker, restart="temporary"),
        ], max_restarts=10)
        kids = ids_and_pids(sup)
        # a transient child that crashes is restarted
        crash_child(sup, "trans")
        kids2 = ids_and_pids(sup)
        self.assertNotEqual(kids2["trans"], kids["trans"])
        self.assertTrue(is_alive(kids2["trans"]))
        # ... but not after a normal exit
        ref = monitor(kids2["trans"])
        send(kids2["trans"], "stop")
        down_of(ref)
        self.assertIsNone(ids_and_pids(sup)["trans"])
        # a temporary child is never restarted (and leaves the list)
        crash_child(sup, "temp")
        self.assertEqual(list(ids_and_pids(sup)), ["perm", "trans"])
        # a permanent child is restarted even after a normal exit
        ref = monitor(kids["perm"])
        send(kids["perm"], "stop")
        down_of(ref)
        new_perm = ids_and_pids(sup)["perm"]
        self.assertNotEqual(new_perm, kids["perm"])
        self.assertTrue(is_alive(new_perm))

    def test_max_restarts_exceeded_shuts_the_supervisor_down(self):
        # linked: a monitor taken after start() could miss a supervisor that already gave up
        sup, pid = self.start([ChildSpec("ok", worker), ChildSpec("bad", crash_with, ("again",))],
                              link=True, max_restarts=3, max_seconds=10)
        self.assertEqual(receive(timeout=10), Exit(pid, "shutdown"))
        # 1 + 3 restarts = 4 crashes, then the report
        self.assertEqual(self.reports(), ["ValueError('again')"] * 4)
        self.assertIn("=SUPERVISOR REPORT==== supervisor %r shutting down: reached max restart intensity (3 restarts in 10 s)" % (pid,),
                      self.stderr.getvalue())
        with self.assertRaises(RuntimeError):
            which_children(pid)

    def test_shutdown_kills_the_children(self):
        sup, pid = self.start([ChildSpec("a", worker), ChildSpec("b", worker)])
        kids = ids_and_pids(sup)
        ref = monitor(pid)
        exit(pid, "shutdown")
        self.assertEqual(down_of(ref).reason, "shutdown")
        self.assertFalse(is_alive(kids["a"]) or is_alive(kids["b"]))

    def test_trapping_child_gets_time_to_clean_up(self):
        me = self_pid()

        def careful():
            trap_exit(True)
            send(me, "trapping")
            m = receive()
            send(me, ("cleaned up", m.reason))

        sup, pid = self.start([ChildSpec("c", careful)])
        self.assertEqual(receive(timeout=5), "trapping")
        ref = monitor(pid)
        exit(pid, "shutdown")
        self.assertEqual(receive(match=lambda m: type(m) is tuple, timeout=5), ("cleaned up", "shutdown"))
        self.assertEqual(down_of(ref).reason, "shutdown")

    def test_nested_supervisor_escalates_to_its_parent(self):
        sub = Supervisor([ChildSpec("w", worker)], max_restarts=1, max_seconds=30)
        top, top_pid = self.start([ChildSpec("sub", sub), ChildSpec("x", worker)], max_restarts=5, max_seconds=30)
        sub_pid = ids_and_pids(top)["sub"]
        x_pid = ids_and_pids(top)["x"]
        sub_ref = monitor(sub_pid)
        crash_child(sub_pid, "w")
        crash_child(sub_pid, "w")  # second restart within 30 s: sub gives up
        self.assertEqual(down_of(sub_ref).reason, "shutdown")
        new_sub = ids_and_pids(top)["sub"]
        self.assertNotEqual(new_sub, sub_pid)  # the parent restarted it
        self.assertTrue(is_alive(new_sub))
        self.assertEqual(ids_and_pids(top)["x"], x_pid)  # one_for_one: x untouched
        self.assertEqual(list(ids_and_pids(new_sub)), ["w"])

    def test_escalation_shuts_down_the_whole_tree(self):
        sub = Supervisor([ChildSpec("bad", crash_with, ("deep",))], max_restarts=1, max_seconds=30)
        top, top_pid = self.start([ChildSpec("x", worker), ChildSpec("sub", sub)], link=True, max_restarts=1, max_seconds=30)
        self.assertEqual(receive(timeout=10), Exit(top_pid, "shutdown"))
        # sub: 2 crashes per incarnation, 2 incarnations; then the top gives up
        self.assertEqual(len(self.reports()), 4)
        self.assertEqual(self.stderr.getvalue().count("=SUPERVISOR REPORT===="), 3)

    def test_invalid_specs(self):
        with self.assertRaises(ValueError):
            Supervisor([], strategy="one_for_some")
        with self.assertRaises(ValueError):
            Supervisor([ChildSpec("a", worker), ChildSpec("a", worker)])
        with self.assertRaises(ValueError):
            Supervisor([ChildSpec("a", worker, restart="sometimes")])
        with self.assertRaises(TypeError):
            Supervisor([ChildSpec("a", 42)])
        with self.assertRaises(TypeError):
            Supervisor(["not a spec"])
        sup = Supervisor([("a", worker, (), "temporary")], strategy="rest_for_one", max_restarts=0, max_seconds=1)
        self.assertEqual(sup.children[0], ChildSpec("a", worker, (), "temporary", 5.0))

    def test_fault_tolerance_under_one_for_one(self):
        """200 children, every tenth crashing repeatedly: the others lose no message."""
        me = self_pid()
        n, rounds, pings = 200, 5, 10
        sup, pid = self.start([ChildSpec(i, worker, (me,)) for i in range(n)],
                              strategy="one_for_one", max_restarts=10_000, max_seconds=60)
        kids = ids_and_pids(sup)
        crashers = [i for i in range(n) if i % 10 == 0]
        steady = [i for i in range(n) if i % 10 != 0]
        first = {i: kids[i] for i in crashers}
        for r in range(rounds):
            refs = [monitor(kids[i]) for i in crashers]
            for k in range(pings):
                for i in steady:
                    send(kids[i], ("ping", r * pings + k))
                if k == pings // 2:
                    for i in crashers:
                        send(kids[i], "crash")
            for ref in refs:
                self.assertIsNot(down_of(ref, timeout=10), TIMEOUT)
            kids = ids_and_pids(sup)
            for i in crashers:
                self.assertTrue(is_alive(kids[i]), "crasher %d not restarted" % i)
        got = {kids[i]: [] for i in steady}
        for _ in range(len(steady) * rounds * pings):
            m = receive(timeout=10)
            self.assertIsNot(m, TIMEOUT, "a message was lost")
            got[m[0]].append(m[1])
        expected = list(range(rounds * pings))
        for i in steady:
            self.assertEqual(got[kids[i]], expected, "child %d" % i)
        self.assertTrue(all(kids[i] != first[i] for i in crashers))
        self.assertEqual(len(self.reports()), len(crashers) * rounds)
        self.assertTrue(is_alive(pid))


# ---------------------------------------------------------------- the exit rule (subprocesses)


class ProgramExitTest(unittest.TestCase):
    def test_process_exits_when_main_returns(self):
        code, out, err = run_python("""
            from aithon.actors import spawn, receive
            def forever():
                while True:
                    receive()
            def busy():
                while True:
                    pass
            for _ in range(5):
                spawn(forever)
                spawn(busy)
            print("bye")
        """)
        self.assertEqual((code, out, err), (0, "bye\n", ""))

    def test_main_ended_by_a_linked_crash(self):
        code, out, err = run_python("""
            from aithon.actors import spawn_link, receive
            def bad():
                raise KeyError("k")
            print("before", end="")
            spawn_link(bad)
            receive()
            print("not reached")
        """)
        self.assertEqual(code, 1)
        self.assertEqual(out, "before")
        self.assertEqual(err, "=ERROR REPORT==== actor <0.1.0> crashed: KeyError('k')\nmain actor exited: KeyError\n")

    def test_busy_main_ended_by_an_exit_signal(self):
        code, out, err = run_python("""
            from aithon.actors import spawn, exit, self_pid, sleep
            def killer(main):
                sleep(0.1)
                exit(main, "boom")
            spawn(killer, self_pid())
            print("spinning", flush=True)
            while True:
                pass
        """)
        self.assertEqual((code, out, err), (1, "spinning\n", "main actor exited: boom\n"))

    def test_exit_one_arg_in_main(self):
        code, out, err = run_python("""
            from aithon.actors import exit
            print("a")
            exit("normal")
            print("b")
        """)
        self.assertEqual((code, out, err), (0, "a\n", ""))
        code, out, err = run_python("from aithon.actors import exit\nexit(('bad', 1))\n")
        self.assertEqual((code, out, err), (1, "", "main actor exited: ('bad', 1)\n"))

    def test_uncaught_exception_in_main(self):
        code, out, err = run_python("""
            from aithon.actors import spawn, receive
            spawn(receive)
            raise ValueError("main")
        """)
        self.assertEqual(code, 1)
        self.assertTrue(err.rstrip().endswith("ValueError: main"))

    def test_wait_idle_and_deterministic_output(self):
        src = """
            from aithon.actors import spawn, send, receive, self_pid, wait_idle
            def stage(i, nxt):
                while True:
                    m = receive()
                    if m is None:
                        if nxt is not None:
                            send(nxt, None)
                        return
                    print("stage", i, "got", m)
                    if nxt is not None:
                        send(nxt, m * 2)
            nxt = None
            for i in reversed(range(3)):
                nxt = spawn(stage, i, nxt)
            for m in range(3):
                send(nxt, m)
            send(nxt, None)
            print("idle:", wait_idle(timeout=10))
        """
        first = run_python(src)
        self.assertEqual(first[0], 0, first[2])
        lines = first[1].splitlines()
        self.assertEqual(lines[-1], "idle: True")
        self.assertEqual(sorted(lines[:-1]), sorted("stage %d got %d" % (i, m * 2 ** i) for i in range(3) for m in range(3)))
        # per stage, order is deterministic
        for i in range(3):
            self.assertEqual([l for l in lines if l.startswith("stage %d" % i)],
                             ["stage %d got %d" % (i, m * 2 ** i) for m in range(3)])

    def test_print_lines_do_not_tear(self):
        code, out, err = run_python("""
            from aithon.actors import spawn, wait_idle
            def chatty(i):
                for k in range(300):
                    print("actor", i, "line", k, sep=" ", end="\\n")
            for i in range(8):
                spawn(chatty, i)
            wait_idle(timeout=20)
        """)
        self.assertEqual((code, err), (0, ""))
        lines = out.splitlines()
        self.assertEqual(sorted(lines), sorted("actor %d line %d" % (i, k) for i in range(8) for k in range(300)))

    def test_traceback_option(self):
        code, out, err = run_python("""
            from aithon.actors import spawn_link, trap_exit, receive
            def bad():
                1 / 0
            trap_exit(True)
            spawn_link(bad)
            print(receive(timeout=5).reason)
        """, env_extra={"AITHON_ACTOR_TRACEBACK": "1"})
        self.assertEqual((code, out), (0, "division by zero\n"))
        self.assertTrue(err.startswith("=ERROR REPORT==== actor <0.1.0> crashed: ZeroDivisionError('division by zero')\nTraceback (most recent call last):\n"), err)
        self.assertTrue(err.endswith("ZeroDivisionError: division by zero\n"), err)


if __name__ == "__main__":
    unittest.main()
