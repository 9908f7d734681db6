# A Python object cannot be a C varargs argument, of a function defined here or a header's;
# Cython names the position of the argument before it.
cdef extern from "stdio.h":
    int printf(const char *f, ...)

cdef grail(const char *blarg, ...):
    pass

def f(o):
    grail(b"xyz", 1, o)
    printf(b"x", o)

_ERRORS = """
10:18: Python object cannot be passed as a varargs parameter
11:11: Python object cannot be passed as a varargs parameter
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
