def f(x):
    cdef int y = z
    return q

_ERRORS = """
2:17: undeclared name not builtin: z
3:11: undeclared name not builtin: q
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
