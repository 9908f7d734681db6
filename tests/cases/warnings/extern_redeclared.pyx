# A header's function declared again by the module after a cimport declared it: the first
# declaration stands (its const result is what a call gives); Cython warns only when the two
# differ beyond const, at the second one's parameters.
from cpython.unicode cimport *

cdef extern from "Python.h":
    char* PyUnicode_AsUTF8AndSize(object obj, Py_ssize_t *l) except NULL
    int PyUnicode_GetLength(object o)

def f(s):
    cdef Py_ssize_t n = 0
    cdef const char *p = PyUnicode_AsUTF8AndSize(s, &n)
    return p[:n], PyUnicode_GetLength(s)

_WARNINGS = """
8:27: Function signature does not match previous declaration
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
