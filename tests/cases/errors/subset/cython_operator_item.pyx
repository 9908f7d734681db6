from cython.operator cimport preincrement

def f(int x):
    cdef int *p = &x
    preincrement(p[0])
    return x

_ERRORS = """
5:18: cython.operator.preincrement of anything but a variable is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
