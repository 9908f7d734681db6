def f():
    cdef const int x = 1

_ERRORS = """
2:4: Assignment to const 'x'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
