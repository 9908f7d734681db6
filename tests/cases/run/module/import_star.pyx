"""from m import * at module level: a module-level cdef variable of an imported name takes the
value, converted to its type and checked as an assignment is; an extension type's name, or a
variable of a pointer type, raises TypeError; every other public name becomes a global, looked up
at run time where the module does not declare it.

>>> pi_value(), tau_value() is not None, root(16.0)
(3.141592653589793, True, 4.0)
>>> 'pi' in globals(), 'tau' in globals(), 'sqrt' in globals(), '__name__' in globals()
(False, False, True, True)
>>> for failure in failures: print(failure)
TypeError: Expected list, got builtin_function_or_method
TypeError: Cannot overwrite C type kwlist
TypeError: Cannot convert Python object ST_MODE to int *
TypeError: an integer is required
>>> iskeyword('def'), heappush_value() is None, capwords('a b')
(True, True, 'A B')
"""
cdef double pi
cdef object tau = None
cdef list heappush = None
cdef int *ST_MODE = NULL
cdef int digits = 7

cdef class kwlist:
    pass

from math import *

failures = []

try:
    from heapq import *
except TypeError as e:
    failures.append(f"{type(e).__name__}: {e}")

try:
    from keyword import *
except TypeError as e:
    failures.append(f"{type(e).__name__}: {e}")

try:
    from stat import *
except TypeError as e:
    failures.append(f"{type(e).__name__}: {e}")

try:
    from string import *
except TypeError as e:
    failures.append(f"{type(e).__name__}: {e}")


def pi_value():
    return pi


def tau_value():
    return tau


def heappush_value():
    return heappush


def root(x):
    return sqrt(x)


def digits_value():
    """
    >>> digits_value()
    7
    """
    return digits
