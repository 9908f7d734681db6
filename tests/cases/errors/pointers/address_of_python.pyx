def f(x, int n):
    cdef list l = [n]
    cdef object o = n
    p = &x
    q = &l
    r = &o
    return 0

_ERRORS = """
4:8: Cannot take address of Python variable 'x'
5:8: Cannot take address of Python variable 'l'
6:8: Cannot take address of Python variable 'o'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
