def f(int x):
    with nogil:
        return x * 2

_ERRORS = """
3:8: Returning Python object not allowed without gil
3:17: Converting to Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
