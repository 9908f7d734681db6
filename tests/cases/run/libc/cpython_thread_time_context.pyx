"""pyxc's cpython.pythread (thread-specific storage), cpython.time (the clocks as C functions,
localtime() as time.localtime() gives it), cpython.contextvars (get_value, get_value_no_default)
and cpython.complex (the builtin's C struct)."""
import time
import contextvars
from cpython.pythread cimport *
from cpython cimport time as ctime
from cpython.contextvars cimport PyContextVar_New, PyContextVar_New_with_default, get_value, get_value_no_default
from cpython.complex cimport complex


def tss_roundtrip(int n):
    """
    >>> tss_roundtrip(7)
    (True, 7, False)
    """
    cdef Py_tss_t key
    if PyThread_tss_create(&key) != 0:
        raise MemoryError()
    created = PyThread_tss_is_created(&key) != 0
    PyThread_tss_set(&key, <void *>&n)
    cdef int got = (<int *>PyThread_tss_get(&key))[0]
    PyThread_tss_delete(&key)
    return created, got, PyThread_tss_is_created(&key) != 0


def clocks():
    """
    >>> clocks()
    (True, True, True, True)
    """
    a = time.time()
    b = ctime.time()
    c = time.time()
    m1 = ctime.monotonic_ns()
    m2 = ctime.monotonic_ns()
    p = ctime.perf_counter()
    return a <= b <= c, m1 <= m2, p > 0, abs(ctime.time_ns() / 1e9 - time.time()) < 5


def local_date():
    """
    >>> local_date()
    True
    """
    for attempt in range(5):
        py = time.localtime()
        c = ctime.localtime()
        if py.tm_sec == c.tm_sec:
            break
    return (py.tm_year, py.tm_mon, py.tm_mday, py.tm_wday, py.tm_yday) == (c.tm_year, c.tm_mon, c.tm_mday, c.tm_wday, c.tm_yday)


VAR = PyContextVar_New("var", NULL)
VAR_WITH_DEFAULT = PyContextVar_New_with_default("var_wd", "own default")


def context_values():
    """
    >>> context_values()
    (None, 'given', 'own default', 'own default', None, 'given', 'set')
    """
    token = VAR.set("set")
    VAR.reset(token)
    out = (get_value(VAR), get_value(VAR, "given"), get_value(VAR_WITH_DEFAULT), get_value(VAR_WITH_DEFAULT, "given"),
           get_value_no_default(VAR_WITH_DEFAULT), get_value_no_default(VAR_WITH_DEFAULT, "given"))
    ctx = contextvars.copy_context()
    return out + (ctx.run(lambda: (VAR.set("set"), get_value(VAR))[1]),)


def complex_parts():
    """
    >>> complex_parts()
    (1.0, 2.0, (10+20j))
    """
    cdef complex c = complex(1, 2)
    re, im = c.cval.real, c.cval.imag
    c.cval.real, c.cval.imag = 10, 20
    return re, im, c
