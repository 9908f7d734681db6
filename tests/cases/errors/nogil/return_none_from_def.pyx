def f(int x):
    with nogil:
        if x > 0:
            return
    return x

_ERRORS = """
4:12: Returning Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
