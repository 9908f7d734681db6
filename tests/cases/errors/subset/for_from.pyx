def f(int n):
    cdef int i
    for i from 0 <= i < n:
        pass

_ERRORS = """
3:4: 'for ... from' is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
