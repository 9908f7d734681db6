# Context managers written as extension types, and typed managers.


cdef class Counter:
    cdef public int entered
    cdef public int exited
    cdef public object last
    cdef bint suppress

    def __init__(self, suppress=False):
        self.suppress = suppress
        self.last = 'unset'

    def __enter__(self):
        self.entered += 1
        return self.entered

    def __exit__(self, exc_type, exc, tb):
        self.exited += 1
        self.last = exc_type
        return self.suppress


def use_typed():
    """
    >>> use_typed()
    (1, 1, 1, None)
    """
    cdef Counter c = Counter()
    with c as n:
        pass
    return n, c.entered, c.exited, c.last


def suppressing_extension_type():
    """
    >>> suppressing_extension_type()
    (2, 2, <class 'KeyError'>)
    """
    c = Counter(True)
    for i in range(2):
        with c:
            raise KeyError(i)
    return c.entered, c.exited, c.last


def loop_with_c_counter(int n):
    """
    >>> loop_with_c_counter(4)
    (10, 4)
    """
    cdef Counter c = Counter()
    cdef int total = 0
    cdef int i
    for i in range(n):
        with c as k:
            total += k
    return total, c.exited
