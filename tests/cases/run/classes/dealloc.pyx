# __dealloc__: runs when the last reference goes, can read the C and object fields, runs once
# per instance (also for instances whose __init__ failed), and an exception raised in it is
# reported as unraisable (sys.unraisablehook, with the method's qualified name as the object;
# Cython also prints the traceback to stderr first) while the deallocation continues.
# Expected outputs recorded from Cython 3.3.0.
import sys

log = []


cdef class Res:
    cdef int id
    cdef double weight
    cdef object name

    def __init__(self, int id, name='r'):
        self.id = id
        self.weight = id * 0.5
        self.name = name

    def __dealloc__(self):
        log.append((self.id, self.weight, self.name))


cdef class FailingInit:
    cdef int id

    def __cinit__(self, int id):
        self.id = id

    def __init__(self, int id):
        raise ValueError('init failed')

    def __dealloc__(self):
        log.append(('dealloc', self.id))


cdef class Raises:
    cdef int id

    def __init__(self, int id):
        self.id = id

    def __dealloc__(self):
        log.append(('raising', self.id))
        raise RuntimeError('boom %d' % self.id)


def last_reference():
    """
    >>> last_reference()
    ([], [(1, 0.5, 'a')])
    """
    del log[:]
    r = Res(1, 'a')
    s = r
    del r
    before = list(log)
    del s
    return before, list(log)


def rebinding_releases():
    """
    >>> rebinding_releases()
    [(1, 0.5, 'r'), (2, 1.0, 'r')]
    """
    del log[:]
    cdef Res r = Res(1)
    r = Res(2)
    r = None
    return list(log)


def in_a_list():
    """
    >>> in_a_list()
    (0, [0, 1, 2])
    """
    del log[:]
    items = [Res(i) for i in range(3)]
    n = len(log)
    items = None
    return n, sorted([t[0] for t in log])


def temporary():
    """
    >>> temporary()
    (3, [(3, 1.5, 't')])
    """
    del log[:]
    cdef int i = Res(3, 't').id
    return i, list(log)


def failing_init():
    """
    >>> failing_init()
    ('init failed', [('dealloc', 5)])
    """
    del log[:]
    try:
        FailingInit(5)
    except ValueError as e:
        msg = str(e)
    return msg, list(log)


def raising_dealloc():
    """
    >>> raising_dealloc()
    dealloc.Raises.__dealloc__: RuntimeError: boom 1
    dealloc.Raises.__dealloc__: RuntimeError: boom 2
    [('raising', 1), ('raising', 2)]
    """
    del log[:]
    seen = []
    old = sys.unraisablehook
    sys.unraisablehook = lambda u: seen.append('%s: %s: %s' % (u.object, type(u.exc_value).__name__, u.exc_value))
    try:
        r = Raises(1)
        del r
        r = Raises(2)
        r = None
    finally:
        sys.unraisablehook = old
    for line in seen:
        print(line)
    return list(log)


def exception_in_flight_survives():
    """
    >>> exception_in_flight_survives()
    ('outer', [('raising', 4)])
    """
    del log[:]
    old = sys.unraisablehook
    sys.unraisablehook = lambda u: None
    try:
        try:
            r = Raises(4)
            raise KeyError('outer')
        except KeyError as e:
            del r
            return e.args[0], list(log)
    finally:
        sys.unraisablehook = old
