# Exceptions and nogil code: `except -1 nogil` functions raising inside `with gil:` and their
# callers in `with nogil:` propagating the exception (the traceback names every level),
# `except? -1`, `except *`, the implicit exception spec of a nogil function and a void nogil
# function; `raise` and `assert` written directly in nogil code (Cython takes the GIL for them);
# a `noexcept nogil` function whose exception is reported as unraisable (after being shown to
# sys.excepthook); view indexing out of bounds and wraparound inside `with nogil:`, slicing a
# view with an out-of-range integer index or a zero step inside `with nogil:`; C integer
# and double division/modulo by zero and a C long division overflow inside `with nogil:`;
# try/finally inside `with nogil:`; try/except inside a `with gil:` block; an exception from a
# `with gil:` block caught by a try/except outside the `with nogil:`.
# Expected outputs recorded from Cython 3.3.0.

import sys
import traceback


cdef int checked(int x) except -1 nogil:
    if x < 0:
        with gil:
            raise ValueError("negative: %d" % x)
    return x * 2


cdef int maybe(int x) except? -1 nogil:
    if x < 0:
        with gil:
            raise ValueError("maybe negative")
    return x - 1


cdef int star(int x) except * nogil:
    if x < 0:
        with gil:
            raise KeyError(x)
    return x


cdef int implicit(int x) nogil:
    if x < 0:
        raise TypeError("raised without with gil")
    return x


cdef void void_raiser(int x) nogil:
    if x < 0:
        raise RuntimeError("void")


cdef int quiet(int x) noexcept nogil:
    if x < 0:
        with gil:
            raise ValueError("lost")
    return x


cdef int outer(int x) except -1 nogil:
    return checked(x) + 1


cdef int handled(int x) noexcept nogil:
    with gil:
        try:
            raise ValueError(x)
        except ValueError as e:
            x = len(e.args) + x
    return x


def names(f, *args):
    try:
        f(*args)
    except Exception as e:
        return type(e).__name__, str(e), [fs.name for fs in traceback.extract_tb(e.__traceback__)][1:]
    return 'no exception'


def call_checked(int x):
    """
    >>> call_checked(4)
    8
    >>> call_checked(-3)
    Traceback (most recent call last):
    ValueError: negative: -3
    >>> names(call_checked, -3)
    ('ValueError', 'negative: -3', ['nogil_exceptions.call_checked', 'nogil_exceptions.checked'])
    """
    cdef int r
    with nogil:
        r = checked(x)
    return r


def call_outer(int x):
    """
    >>> call_outer(1)
    3
    >>> names(call_outer, -1)
    ('ValueError', 'negative: -1', ['nogil_exceptions.call_outer', 'nogil_exceptions.outer', 'nogil_exceptions.checked'])
    """
    cdef int r
    with nogil:
        r = outer(x)
    return r


def call_variants(int x):
    """
    >>> call_variants(0)
    (-1, 0, 0)
    >>> names(call_variants, -2)
    ('ValueError', 'maybe negative', ['nogil_exceptions.call_variants', 'nogil_exceptions.maybe'])
    >>> call_variants(5)
    (4, 5, 5)
    """
    cdef int a, b, c
    with nogil:
        a = maybe(x)
        if x < 0:
            x = 0
        b = star(x)
        c = implicit(x)
    return a, b, c


def call_star(int x):
    """
    >>> names(call_star, -7)
    ('KeyError', '-7', ['nogil_exceptions.call_star', 'nogil_exceptions.star'])
    >>> names(call_star, -1)
    ('KeyError', '-1', ['nogil_exceptions.call_star', 'nogil_exceptions.star'])
    """
    cdef int r
    with nogil:
        r = star(x)
    return r


def call_implicit(int x):
    """
    >>> names(call_implicit, -1)
    ('TypeError', 'raised without with gil', ['nogil_exceptions.call_implicit', 'nogil_exceptions.implicit'])
    """
    cdef int r
    with nogil:
        r = implicit(x)
    return r


def call_void(int x):
    """
    >>> call_void(1)
    1
    >>> names(call_void, -1)
    ('RuntimeError', 'void', ['nogil_exceptions.call_void', 'nogil_exceptions.void_raiser'])
    """
    with nogil:
        void_raiser(x)
    return x


def call_quiet(int x):
    """
    >>> seen = []
    >>> old_unraisable, old_except = sys.unraisablehook, sys.excepthook
    >>> sys.unraisablehook = lambda u: seen.append(('unraisable', type(u.exc_value).__name__, str(u.exc_value)))
    >>> sys.excepthook = lambda t, v, tb: seen.append(('excepthook', t.__name__, str(v)))
    >>> call_quiet(-1), call_quiet(3)
    (0, 3)
    >>> sys.unraisablehook, sys.excepthook = old_unraisable, old_except
    >>> seen
    [('excepthook', 'ValueError', 'lost'), ('unraisable', 'ValueError', 'lost')]
    """
    cdef int r
    with nogil:
        r = quiet(x)
    return r


def raise_directly(int x):
    """
    >>> raise_directly(1)
    1
    >>> names(raise_directly, -1)
    ('IndexError', 'direct -1', ['nogil_exceptions.raise_directly'])
    """
    with nogil:
        if x < 0:
            raise IndexError("direct %d" % x)
    return x


def assert_in_nogil(int x):
    """
    >>> assert_in_nogil(2)
    2
    >>> assert_in_nogil(-2)
    Traceback (most recent call last):
    AssertionError: must be positive
    >>> assert_in_nogil(0)
    Traceback (most recent call last):
    AssertionError
    """
    with nogil:
        assert x != 0
        assert x > 0, "must be positive"
    return x


def index_1d(double[:] v, Py_ssize_t i):
    """
    >>> from array import array
    >>> a = array('d', [1.0, 2.0, 3.0])
    >>> index_1d(a, 0), index_1d(a, 2), index_1d(a, -1), index_1d(a, -3)
    (1.0, 3.0, 3.0, 1.0)
    >>> index_1d(a, 3)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    >>> index_1d(a, -4)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    >>> names(index_1d, a, 10)
    ('IndexError', 'Out of bounds on buffer access (axis 0)', ['nogil_exceptions.index_1d'])
    """
    cdef double r
    with nogil:
        r = v[i]
    return r


def index_2d(double[:, :] m, Py_ssize_t i, Py_ssize_t j):
    """
    >>> from array import array
    >>> m = memoryview(array('d', [0.0, 1.0, 2.0, 3.0, 4.0, 5.0])).cast('B').cast('d', (2, 3))
    >>> index_2d(m, 1, 2), index_2d(m, -1, -1), index_2d(m, -2, -3)
    (5.0, 5.0, 0.0)
    >>> index_2d(m, 0, 3)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 1)
    >>> index_2d(m, 2, 0)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    >>> index_2d(m, 5, 5)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 1)
    >>> index_2d(m, 0, -4)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 1)
    """
    cdef double r
    with nogil:
        r = m[i, j]
    return r


def store(double[:] v, Py_ssize_t i, double x):
    """
    >>> from array import array
    >>> a = array('d', [0.0, 0.0])
    >>> store(a, -1, 7.0)
    >>> a.tolist()
    [0.0, 7.0]
    >>> store(a, 2, 1.0)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    with nogil:
        v[i] = x


def slice_errors(double[:, :] m, Py_ssize_t i, Py_ssize_t j, Py_ssize_t step):
    """
    >>> from array import array
    >>> m = memoryview(array('d', [0.0, 1.0, 2.0, 3.0, 4.0, 5.0])).cast('B').cast('d', (2, 3))
    >>> slice_errors(m, 1, 2, 1), slice_errors(m, -2, -1, -2)
    ((3, 3.0, 2, 5.0, 3), (3, 0.0, 2, 5.0, 2))
    >>> slice_errors(m, 2, 0, 1)
    Traceback (most recent call last):
    IndexError: Index out of bounds (axis 0)
    >>> slice_errors(m, -3, 0, 1)
    Traceback (most recent call last):
    IndexError: Index out of bounds (axis 0)
    >>> slice_errors(m, 0, 3, 1)
    Traceback (most recent call last):
    IndexError: Index out of bounds (axis 1)
    >>> slice_errors(m, 0, 0, 0)
    Traceback (most recent call last):
    ValueError: Step may not be zero (axis 0)
    """
    cdef double[:] row, col, stepped
    with nogil:
        row = m[i, :]
        col = m[:, j]
        stepped = row[::step]
    return row.shape[0], row[0], col.shape[0], col[1], stepped.shape[0]


def int_div(int a, int b):
    """
    >>> int_div(-7, 2)
    (-4, 1)
    >>> int_div(7, 0)
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    >>> names(int_div, 1, 0)
    ('ZeroDivisionError', 'integer division or modulo by zero', ['nogil_exceptions.int_div'])
    """
    cdef int q, r
    with nogil:
        q = a // b
        r = a % b
    return q, r


def int_mod(int a, int b):
    """
    >>> int_mod(7, 0)
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    """
    cdef int r
    with nogil:
        r = a % b
    return r


def int_true_div(int a, int b):
    """
    >>> int_true_div(7, 2)
    3.5
    >>> int_true_div(7, 0)
    Traceback (most recent call last):
    ZeroDivisionError: float division
    """
    cdef double r
    with nogil:
        r = a / b
    return r


def long_div_overflow(long a, long b):
    """
    >>> long_div_overflow(-9223372036854775807 - 1, -1)
    Traceback (most recent call last):
    OverflowError: value too large to perform division
    >>> long_div_overflow(-9223372036854775807, -1)
    9223372036854775807
    """
    cdef long r
    with nogil:
        r = a // b
    return r


def double_ops(double a, double b, int which):
    """
    >>> double_ops(7.0, 2.0, 0), double_ops(7.0, 2.0, 1), double_ops(-7.0, 2.0, 2)
    (3.5, 3.0, 1.0)
    >>> double_ops(1.0, 0.0, 0)
    Traceback (most recent call last):
    ZeroDivisionError: float division
    >>> double_ops(1.0, 0.0, 1)
    Traceback (most recent call last):
    ZeroDivisionError: float division
    >>> double_ops(1.0, 0.0, 2)
    Traceback (most recent call last):
    ZeroDivisionError: float divmod()
    """
    cdef double r = 0.0
    with nogil:
        if which == 0:
            r = a / b
        elif which == 1:
            r = a // b
        else:
            r = a % b
    return r


def try_finally(int x):
    """
    >>> try_finally(3)
    (6, 1)
    >>> log = []
    >>> try_finally_logged(-1, log)
    Traceback (most recent call last):
    ValueError: negative: -1
    >>> log
    ['finally']
    >>> try_finally_logged(2, log), log
    (4, ['finally', 'finally'])
    """
    cdef int r = 0, done = 0
    with nogil:
        try:
            r = checked(x)
        finally:
            done += 1
    return r, done


def try_finally_logged(int x, list log):
    cdef int r = 0
    with nogil:
        try:
            r = checked(x)
        finally:
            with gil:
                log.append('finally')
    return r


def try_finally_break(int n):
    """
    >>> try_finally_break(10)
    (3, 4)
    """
    cdef int i, finals = 0, last = -1
    with nogil:
        for i in range(n):
            try:
                if i == 3:
                    break
                last = i
            finally:
                finals += 1
    return last + 1, finals


def caught_outside(int x):
    """
    >>> caught_outside(1)
    ('ok', 2)
    >>> caught_outside(-1)
    ('caught', 'from gil block -1', 1)
    """
    cdef int steps = 0
    try:
        with nogil:
            steps += 1
            if x < 0:
                with gil:
                    raise LookupError("from gil block %d" % x)
            steps += 1
    except LookupError as e:
        return 'caught', str(e), steps
    return 'ok', steps


def handled_inside(int x):
    """
    >>> handled_inside(5)
    (6, 6)
    """
    cdef int r
    with nogil:
        r = handled(x)
    return r, handled(x)
