# Generators abandoned mid-way: dropping the last reference runs their finally blocks (closing
# them), objects they hold are freed, a generator in a reference cycle is collected by the GC
# and its finally runs, and a generator that is exhausted does not run finally twice.
# Expected outputs recorded from Cython 3.3.0.
import gc
import weakref


class Thing:
    pass


def guarded(log, obj):
    try:
        yield 1
        yield 2
    finally:
        log.append('finally')


def dropped():
    """
    >>> dropped()
    ['finally']
    """
    log = []
    g = guarded(log, None)
    next(g)
    del g
    return log


def frees_locals():
    """
    >>> frees_locals()
    (False, True)
    """
    t = Thing()
    r = weakref.ref(t)
    log = []
    g = guarded(log, t)
    next(g)
    del t
    alive = r() is None
    del g
    return alive, r() is None


def cycle():
    """
    >>> cycle()
    (['finally'], True)
    """
    gc.collect()
    log = []
    holder = Thing()
    g = guarded(log, holder)
    holder.gen = g
    next(g)
    r = weakref.ref(holder)
    del g, holder
    gc.collect()
    return log, r() is None


def exhausted_once():
    """
    >>> exhausted_once()
    ['finally']
    """
    log = []
    g = guarded(log, None)
    list(g)
    del g
    return log


def unstarted_dropped():
    """
    >>> unstarted_dropped()
    []
    """
    log = []
    g = guarded(log, None)
    del g
    return log
