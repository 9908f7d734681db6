# Recorded with Cython 3.3.0: python3 cython.py -3 -Wextra unused_locals.pyx
def f(int a, b):
    cdef int unused_c
    cdef double z = 1
    t = a + 1
    s = 2
    return s

_WARNINGS = """
4:16: Unused entry 'z'
5:4: Unused entry 't'
"""
