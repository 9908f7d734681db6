cdef extern int spam(void)
cdef extern int grail(int i, void v)
cdef extern int ok(void *p)

_ERRORS = """
1:21: Use spam() rather than spam(void) to declare a function with no arguments.
2:29: Use spam() rather than spam(void) to declare a function with no arguments.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
