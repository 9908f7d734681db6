cdef int f():
    yield 1

_ERRORS = """
2:4: 'yield' not supported here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
