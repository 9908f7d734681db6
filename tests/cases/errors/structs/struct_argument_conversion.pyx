cdef struct WP:
    int n
    void *ptr

def f(WP w):
    return w.n

def h(int *p):
    pass

_ERRORS = """
5:6: Cannot convert Python object argument to type 'WP'
8:6: Cannot convert Python object argument to type 'int *'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
