# Cython's lock types, cython.pymutex and cython.pythread_type_lock: as locals, module globals,
# extension type attributes and through pointers; `with lock:` releases on every way out (the end,
# return, break, an exception); acquire/release/locked work with and without the GIL, and under
# prange a lock makes an unsynchronised update exact. A generator may hold its own lock across a yield.
# Expected outputs recorded from Cython 3.3.0.

cimport cython
from cython.parallel cimport prange

cdef cython.pymutex global_lock
cdef cython.pythread_type_lock other_lock


cdef class Guarded:
    cdef cython.pymutex lock
    cdef public int value


cdef void bump(int *x) noexcept nogil:
    x[0] = x[0] + 1


cdef void locked_bump(cython.pymutex *lock, int *x) noexcept nogil:
    with lock[0]:
        bump(x)


def counted(int n):
    """
    >>> counted(4000)
    (4000, 4000, 4000, 4000)
    """
    cdef int a = 0, b = 0, c = 0, d = 0
    cdef int i
    cdef cython.pymutex lock
    cdef Guarded g = Guarded()
    for i in prange(n, nogil=True, num_threads=2):
        with lock:
            bump(&a)
        with global_lock:
            bump(&b)
        with g.lock:
            bump(&c)
        locked_bump(&lock, &d)
    return a, b, c, d


def manual(int n):
    """
    >>> manual(1000)
    1000
    """
    cdef int count = 0
    cdef int i
    for i in prange(n, nogil=True, num_threads=2):
        if i % 2 == 0:
            with gil:
                other_lock.acquire()
                bump(&count)
                other_lock.release()
        else:
            other_lock.acquire()
            bump(&count)
            other_lock.release()
    return count


def states():
    """
    >>> states()
    (True, False, True, False, True, False)
    """
    cdef cython.pymutex lock
    cdef bint can = lock.can_check_locked()
    before = lock.locked()
    with lock:
        inside = lock.locked()
    after = lock.locked()
    with nogil:
        lock.acquire()
        held = lock.locked()
        lock.release()
    return can, before, inside, after, held, lock.locked()


def released_on_exit(how):
    """
    >>> released_on_exit('return')
    (1, False)
    >>> released_on_exit('break')
    (2, False)
    >>> released_on_exit('raise')
    (3, False)
    """
    result = 0
    try:
        result = exits(how)
    except ValueError:
        result = 3
    return result, global_lock.locked()


cdef int exits(how) except -1:
    for i in range(3):
        with global_lock:
            if how == 'return':
                return 1
            if how == 'break':
                break
            raise ValueError(how)
    return 2


def attribute_lock():
    """
    >>> attribute_lock()
    (False, True, False)
    """
    cdef Guarded g = Guarded()
    before = g.lock.locked()
    g.lock.acquire()
    during = g.lock.locked()
    g.lock.release()
    return before, during, g.lock.locked()


def generator_lock():
    """
    >>> g = generator_lock()
    >>> next(g), next(g)
    (True, True)
    >>> list(g)
    [False]
    """
    cdef cython.pymutex m
    with m:
        yield m.locked()
        yield m.locked()
    yield m.locked()


def global_generator(value):
    """
    >>> g = global_generator(1)
    >>> next(g), locked_now()
    (1, True)
    >>> list(g), locked_now()
    ([], False)
    """
    with global_lock:
        yield value


def locked_now():
    return global_lock.locked()
