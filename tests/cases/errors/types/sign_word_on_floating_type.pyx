def f():
    cdef unsigned double d = 1
    cdef signed float s = 2
    return d + s

_ERRORS = """
2:9: Unrecognised type modifier combination
3:9: Unrecognised type modifier combination
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).
