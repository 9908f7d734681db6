# Lifetime of captured objects: an object captured by a closure lives as long as the closure,
# is freed when the last closure goes, and a recursive closure (a cycle through its own scope)
# is collected by the cycle GC.
# Expected outputs recorded from Cython 3.3.0.
import gc
import weakref


class Thing:
    pass


def make_reader():
    t = Thing()
    def read():
        return t
    return read, weakref.ref(t)


def freed_with_closure():
    """
    >>> freed_with_closure()
    (True, True)
    """
    f, r = make_reader()
    alive = r() is not None
    del f
    return alive, r() is None


def make_pair():
    t = Thing()
    def a():
        return t
    def b():
        return t
    return a, b, weakref.ref(t)


def shared_until_last():
    """
    >>> shared_until_last()
    (True, True, True)
    """
    a, b, r = make_pair()
    first = r() is not None
    del a
    second = r() is not None
    del b
    return first, second, r() is None


def make_cycle():
    t = Thing()
    def rec(int n):
        return t if n == 0 else rec(n - 1)
    return rec, weakref.ref(t)


def cycle_collected():
    """
    >>> cycle_collected()
    (True, True)
    """
    gc.collect()
    f, r = make_cycle()
    same = f(3) is r()
    del f
    gc.collect()
    return same, r() is None
