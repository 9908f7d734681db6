# The make_counter pattern: independent counters with state in an object cell and in a C int,
# each surviving its creator and keeping its own count.
# Expected outputs recorded from Cython 3.3.0.

def make_counter(start=0):
    """
    >>> c = make_counter()
    >>> c(), c(), c()
    (1, 2, 3)
    >>> d = make_counter(10)
    >>> d(), c(), d()
    (11, 4, 12)
    """
    count = start
    def counter():
        nonlocal count
        count += 1
        return count
    return counter


def make_c_counter(int start, int step=1):
    """
    >>> c = make_c_counter(0)
    >>> [c() for _ in range(4)]
    [1, 2, 3, 4]
    >>> d = make_c_counter(100, -10)
    >>> d(), d()
    (90, 80)
    """
    cdef int count = start
    def counter():
        nonlocal count
        count += step
        return count
    return counter


def make_accumulator():
    """
    >>> add, get = make_accumulator()
    >>> add(1.5); add(2.25)
    >>> get()
    (3.75, 2)
    """
    cdef double total = 0
    cdef int n = 0
    def add(double x):
        nonlocal total, n
        total += x
        n += 1
    def get():
        return total, n
    return add, get
