# nonlocal of C-typed variables: int, double and bint rebound in the inner function; the
# creator sees the new values; Python values are converted to the declared type (a float truncated,
# an int too large for a C int an OverflowError).
# Expected outputs recorded from Cython 3.3.0.

def int_increment(int n):
    """
    >>> int_increment(4)
    4
    """
    cdef int count = 0
    def bump():
        nonlocal count
        count += 1
    cdef int i
    for i in range(n):
        bump()
    return count


def double_accumulate():
    """
    >>> double_accumulate()
    3.5
    """
    cdef double t = 0.5
    def add(double k):
        nonlocal t
        t += k
        return t
    add(1)
    add(2)
    return t


def bint_toggle():
    """
    >>> bint_toggle()
    (True, False, True)
    """
    cdef bint on = False
    def toggle():
        nonlocal on
        on = not on
        return on
    return toggle(), toggle(), toggle()


def int_from_python_value():
    """
    >>> int_from_python_value()
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    """
    cdef int k = 0
    def set_big(v):
        nonlocal k
        k = v
    set_big(2 ** 40)
    return k


def int_truncates_float():
    """
    >>> int_truncates_float()
    2
    """
    cdef int k = 0
    def set_float(v):
        nonlocal k
        k = v
    set_float(2.5)
    return k
