cdef int f(int n=len("ab")):
    return n

_ERRORS = """
1:20: non-literal default values are not supported by pyxc
"""
# pyxc's own message: evaluated defaults are supported in def functions (module-level, nested, methods of Python classes), not yet in cdef functions (STYLE rule 10).
