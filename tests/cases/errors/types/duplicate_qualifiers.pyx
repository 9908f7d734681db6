# const and volatile in any order, each once: a second one is Cython's error at the type.
cdef extern from *:
    cdef const const int a
    cdef const volatile int b
    cdef volatile const int c
    cdef volatile volatile int d

cdef const double const_twice = 1.0

def f(const const int x):
    return x

_ERRORS = """
3:9: Duplicate 'const'
6:9: Duplicate 'volatile'
10:6: Duplicate 'const'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
