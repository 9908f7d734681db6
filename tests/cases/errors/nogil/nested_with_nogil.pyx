def f(int x):
    with nogil:
        with nogil:
            x += 1
    return x

_ERRORS = """
3:13: Trying to release the GIL while it was previously released.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
