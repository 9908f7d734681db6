def f(int x):
    with nogil:
        g = lambda: 1
    return x

_ERRORS = """
3:8: Assignment of Python object not allowed without gil
3:12: Constructing Python function not allowed without gil
3:20: Returning Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
